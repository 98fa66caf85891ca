import type { ApiError } from "../api/api-error.js";
import type { ReportMessages } from "../../i18n/report-da.js";

/**
 * A failure in words for the person, in the page's language. The server's own message is English and technical,
 * so it is never shown; its code and status choose the sentence.
 */
export function errorText(error: ApiError, r: ReportMessages): string {
  if (error.status === 0 || error.code === "network") return r.errorNetwork;
  if (error.status === 403) return r.errorForbidden;
  if (error.status === 404) return r.errorNotFound;
  if (error.status >= 500) return r.errorServer;
  return r.errorServer;
}
