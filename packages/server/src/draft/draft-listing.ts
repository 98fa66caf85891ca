import type { DraftSummary } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import type { Database } from "../db/tables.js";
import { sharedRegions } from "./draft-access.js";
import { listOpenDrafts, type OpenDraftListingRow } from "./draft.repository.js";

/**
 * The open drafts a user may open, newest change first: an admin every draft, a secretariat those of its region and
 * those shared with it, anyone else none. The draft feature's listing, and the announcement views' drafts; it
 * imports nothing but the draft feature's own repository, so the catalogue can use it without a loop.
 */
export async function visibleDraftSummaries(db: Kysely<Database>, user: SessionUser, announcementIds?: readonly string[]): Promise<DraftSummary[]> {
  if (user.role !== "admin" && (user.role !== "secretariat" || user.regionCode === null)) return [];
  const rows = await listOpenDrafts(db, { announcementIds, regionCode: user.role === "admin" ? undefined : user.regionCode! });
  return rows.map(toDraftSummary);
}

export function toDraftSummary(row: OpenDraftListingRow): DraftSummary {
  return {
    id: row.id,
    announcementId: row.announcement_id,
    key: row.key,
    audience: row.audience,
    title: draftTitle(row.title_json),
    revision: row.current_revision,
    basedOn: row.based_on,
    regionCode: row.region_code,
    sharedWith: sharedRegions(row.shared_json),
    updatedAt: row.updated_at,
    updatedBy: row.author === null ? null : { id: row.author, name: row.author_name },
    findings: row.findings ?? 0,
  };
}

function draftTitle(json: string | null): { da?: string; en?: string } {
  if (json === null) return {};
  const value: unknown = JSON.parse(json);
  if (value === null || typeof value !== "object") return {};
  const { da, en } = value as Record<string, unknown>;
  return { ...(typeof da === "string" ? { da } : {}), ...(typeof en === "string" ? { en } : {}) };
}
