/** The pages of the app; a respondent link is /svar/<token>; /sekretariat/* and /national/* are the workspace's own. */
export type Route = { page: "landing" } | { page: "workspace" } | { page: "respond"; token: string } | { page: "notFound" };

export function routeFor(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "landing" };
  if (/^\/(sekretariat|national)(\/|$)/.test(pathname)) return { page: "workspace" };
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
