import type { ApiError } from "../api/api-error.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";

/**
 * A failed request in words for the person: a lost connection, an ended session, a refusal, a conflict; for a
 * validation error the server's own message is shown behind a Danish lead, since it names the field's rule.
 * Pages with their own wording for a code (a wrong password, a stale text) check the code first.
 */
export function apiErrorMessage(error: ApiError, w: WorkspaceMessages): string {
  if (error.status === 0) return w.errorNetwork;
  if (error.status === 401) return w.errorSessionEnded;
  if (error.status === 403) return w.errorForbidden;
  if (error.status === 404) return w.errorNotFound;
  if (error.status === 409) return error.message === "" ? w.errorConflict : w.errorGeneric(error.message);
  if (error.status >= 500) return w.errorServer;
  return error.message === "" ? w.errorServer : w.errorGeneric(error.message);
}
