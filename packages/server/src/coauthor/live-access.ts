import type { SessionUser } from "../auth/current-user.js";
import { mayOpenDraft, sharedRegions } from "../draft/draft-access.js";

/**
 * What a user may do with a draft written together: edit it (whoever may open it, draft-access.ts), or follow it
 * live read-only and comment – a reviewer of the draft's region or of a region it is shared with (the reference
 * group that will judge the questionnaire). Anyone else gets nothing, answered as if the draft did not exist.
 */
export function liveAccess(user: SessionUser, draft: { region_code: string | null; shared_json: string }): "edit" | "comment" | null {
  if (mayOpenDraft(user, draft)) return "edit";
  if (user.role === "reviewer" && user.regionCode !== null && (draft.region_code === user.regionCode || sharedRegions(draft.shared_json).includes(user.regionCode))) {
    return "comment";
  }
  return null;
}
