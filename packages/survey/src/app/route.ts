/** The pages of the app; a respondent link is /svar/<token>; /sekretariat/*, /national/* and /adgangskode/* are the workspace's own. */
export type Route = { page: "landing" } | { page: "workspace" } | { page: "respond"; token: string } | { page: "notFound" };

export function routeFor(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "landing" };
  // /adgangskode/<token>: an invited person chooses a password, in the workspace's frame (it signs them in)
  if (/^\/(sekretariat|national|adgangskode)(\/|$)/.test(pathname)) return { page: "workspace" };
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
