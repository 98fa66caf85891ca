/** The pages of the app; a respondent link is /svar/<token>. */
export type Route = { page: "landing" } | { page: "secretariat" } | { page: "respond"; token: string } | { page: "notFound" };

export function routeFor(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "landing" };
  if (/^\/sekretariat\/?$/.test(pathname)) return { page: "secretariat" };
  const respond = /^\/svar\/([^/]+)\/?$/.exec(pathname);
  if (respond?.[1] !== undefined) {
    try {
      return { page: "respond", token: decodeURIComponent(respond[1]) };
    } catch {
      return { page: "notFound" };
    }
  }
  return { page: "notFound" };
}
