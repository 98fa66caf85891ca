import { routeFor } from "./route.js";

// A respondent's link opens a page whose code (the questionnaire, survey-core) is a chunk of its own, and whose
// data comes from GET /api/respond/<token>. Asked for one after the other, they cost two round trips before the
// first question shows; the entry asks for the data at once, while the chunk still loads, and the page takes that
// answer instead of asking again.

let early: { url: string; response: Promise<Response> } | undefined;

/** The address of a link's data, as the contract's `respondApi.open` makes it (a test holds the two together). */
export function respondDataUrl(token: string): string {
  return `/api/respond/${encodeURIComponent(token)}`;
}

/** Asks for the respondent page's data when `pathname` is a respondent link; anything else asks for nothing. */
export function startEarlyLoad(pathname: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): void {
  const route = routeFor(pathname);
  if (route.page !== "respond") return;
  const url = respondDataUrl(route.token);
  const response = fetchImpl(url, { method: "GET", headers: { accept: "application/json" }, cache: "no-store" });
  // whoever takes it handles a failure; until then it must not count as unhandled
  response.catch(() => undefined);
  early = { url, response };
}

/** The early answer for `url`, once: a later load (after a save, a retry) asks the server afresh. */
export function takeEarlyLoad(url: string): Promise<Response> | undefined {
  if (early === undefined || early.url !== url) return undefined;
  const { response } = early;
  early = undefined;
  return response;
}
