/**
 * The workspace's addresses, in Danish like the rest of the app:
 *   /sekretariat/log-ind                       sign in (?tilbage=<path> to return to)
 *   /sekretariat, /sekretariat/kampagner       the campaigns
 *   /sekretariat/kampagner/ny                  create a campaign
 *   /sekretariat/kampagner/:id[/:tab[/...]]    one campaign, on one of its tabs (status when none)
 *   /sekretariat/spoergeskemaer                 the announcements with their questionnaires and drafts
 *   /sekretariat/spoergeskemaer/kladder/:id     one questionnaire draft in the editor
 *   /sekretariat/spoergeskemaer/:a/:key/:v      one published questionnaire version, read only
 *   /national[/...]                            the national board's overview
 *   /sekretariat/brugere                       the users (admins only)
 *   /adgangskode/:token                        an invited person chooses a password (no sign-in needed)
 */
export type WorkspaceRoute =
  | { page: "login"; returnTo: string | null }
  | { page: "campaigns" }
  | { page: "createCampaign" }
  | { page: "campaign"; campaignId: string; tab: string; rest: string[] }
  | { page: "questionnaires" }
  | { page: "draft"; draftId: string }
  | { page: "questionnaireVersion"; announcementId: string; key: string; version: string }
  | { page: "national"; rest: string[] }
  | { page: "users" }
  | { page: "setPassword"; token: string }
  | { page: "notFound" };

export const loginPath = "/sekretariat/log-ind";
export const campaignsPath = "/sekretariat/kampagner";
export const createCampaignPath = "/sekretariat/kampagner/ny";
export const nationalPath = "/national";
export const questionnairesPath = "/sekretariat/spoergeskemaer";
export const usersPath = "/sekretariat/brugere";
export const setPasswordSegment = "adgangskode";
const draftsSegment = "kladder";
export const defaultCampaignTab = "status";

export function campaignPath(campaignId: string, tab: string = defaultCampaignTab, ...rest: string[]): string {
  return [campaignsPath, campaignId, tab, ...rest].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join("/");
}

const pathOf = (...parts: string[]) => [questionnairesPath, ...parts.map((part) => encodeURIComponent(part))].join("/");

/** One questionnaire draft in the editor. */
export function draftPath(draftId: string): string {
  return pathOf(draftsSegment, draftId);
}

/** The element id of an announcement's section on the questionnaires page. */
export const announcementAnchor = (announcementId: string) => `udmelding-${announcementId}`;

/** The questionnaires page, scrolled to one announcement (its questionnaires and drafts). */
export function announcementPath(announcementId: string): string {
  return `${questionnairesPath}#${announcementAnchor(announcementId)}`;
}

/** One published questionnaire version, read only. */
export function questionnaireVersionPath(announcementId: string, key: string, version: string): string {
  return pathOf(announcementId, key, version);
}

/** Whether the app should hand this address to the workspace. */
export function isWorkspacePath(pathname: string): boolean {
  return /^\/(sekretariat|national|adgangskode)(\/|$)/.test(pathname);
}

export function workspaceRouteFor(pathname: string, search = ""): WorkspaceRoute {
  const parts = pathname.split("/").filter((part) => part !== "");
  let decoded: string[];
  try {
    decoded = parts.map((part) => decodeURIComponent(part));
  } catch {
    return { page: "notFound" };
  }
  const [root, section, id, tab, ...rest] = decoded;
  if (root === "national") return { page: "national", rest: decoded.slice(1) };
  if (root === setPasswordSegment) return section !== undefined && id === undefined ? { page: "setPassword", token: section } : { page: "notFound" };
  if (root !== "sekretariat") return { page: "notFound" };
  if (section === undefined) return { page: "campaigns" };
  if (section === "log-ind" && id === undefined) return { page: "login", returnTo: safeReturnTo(new URLSearchParams(search).get("tilbage")) };
  if (section === "spoergeskemaer") return questionnairesRoute(decoded.slice(2));
  if (section === "brugere") return id === undefined ? { page: "users" } : { page: "notFound" };
  if (section !== "kampagner") return { page: "notFound" };
  if (id === undefined) return { page: "campaigns" };
  if (id === "ny" && tab === undefined) return { page: "createCampaign" };
  return { page: "campaign", campaignId: id, tab: tab ?? defaultCampaignTab, rest };
}

/**
 * Under /sekretariat/spoergeskemaer: the list, a draft (kladder/:id) or a version (:announcement/:key/:version).
 * "kladder" takes two segments and a version three, so an announcement whose id is "kladder" does not clash.
 */
function questionnairesRoute(parts: string[]): WorkspaceRoute {
  const [first, second, third] = parts;
  if (first === undefined) return { page: "questionnaires" };
  if (first === draftsSegment && second !== undefined && parts.length === 2) return { page: "draft", draftId: second };
  if (second !== undefined && third !== undefined && parts.length === 3) return { page: "questionnaireVersion", announcementId: first, key: second, version: third };
  return { page: "notFound" };
}

/** A return address only inside the workspace (never another site, never the sign-in page itself). */
export function safeReturnTo(value: string | null): string | null {
  if (value === null || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (!isWorkspacePath(value.split("?")[0]!) || value.startsWith(loginPath) || value.startsWith(`/${setPasswordSegment}`)) return null;
  return value;
}

/** The sign-in address that comes back to `pathname` afterwards. */
export function loginPathFor(returnTo: string): string {
  const safe = safeReturnTo(returnTo);
  return safe === null || safe === campaignsPath ? loginPath : `${loginPath}?tilbage=${encodeURIComponent(safe)}`;
}

/** Where a user lands after signing in, when no return address was given. */
export function homePathFor(role: string): string {
  return role === "national" ? nationalPath : campaignsPath;
}
