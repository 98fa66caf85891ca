import type { SessionUser } from "../auth/current-user.js";

/**
 * Who may open a questionnaire draft: an admin every draft, a secretariat the drafts of its region and those shared
 * with its region. Nobody else sees drafts at all (they read published versions), so a draft they may not open is
 * answered as if it did not exist (404), never 403: its existence is not theirs to know either.
 */
export function mayOpenDraft(user: SessionUser, draft: { region_code: string | null; shared_json: string }): boolean {
  if (user.role === "admin") return true;
  if (user.role !== "secretariat" || user.regionCode === null) return false;
  return draft.region_code === user.regionCode || sharedRegions(draft.shared_json).includes(user.regionCode);
}

/** Whether the user may change who the draft is shared with: its own region's secretariat or an admin. */
export function mayShareDraft(user: SessionUser, draft: { region_code: string | null }): boolean {
  return user.role === "admin" || (user.role === "secretariat" && user.regionCode !== null && draft.region_code === user.regionCode);
}

/** Whether the user may start drafts at all, and for which region they would be (null: an admin's). */
export function draftRegionOf(user: SessionUser): { ok: true; regionCode: string | null } | { ok: false } {
  if (user.role === "admin") return { ok: true, regionCode: null };
  if (user.role === "secretariat" && user.regionCode !== null) return { ok: true, regionCode: user.regionCode };
  return { ok: false };
}

export function sharedRegions(sharedJson: string): string[] {
  const value: unknown = JSON.parse(sharedJson);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
