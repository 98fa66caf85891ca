import { QuestionnaireDraftSchema, type QuestionnaireDraft } from "@afrapport/schema";
import type { DraftRevision, DraftView, PersonRef } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { sharedRegions } from "./draft-access.js";
import { draftFindings } from "./draft-content.js";
import { userNames, type DraftRevisionHeadRow, type DraftRevisionRow, type DraftRow } from "./draft.repository.js";

// How drafts look on the wire: the whole draft with its findings, a listing's summary, a revision of the history.

export function parseContent(row: Pick<DraftRevisionRow, "content_json">): QuestionnaireDraft {
  return QuestionnaireDraftSchema.parse(JSON.parse(row.content_json));
}

function person(id: string | null, names: Map<string, string>): PersonRef | null {
  return id === null ? null : { id, name: names.get(id) ?? null };
}

/** The draft as the builder opens it: its current content and what validateQuestionnaire finds in it. */
export async function toDraftView(db: Kysely<Database>, draft: DraftRow, current: DraftRevisionRow): Promise<DraftView> {
  const content = parseContent(current);
  const names = await userNames(db, [draft.created_by, current.author]);
  return {
    id: draft.id,
    announcementId: draft.announcement_id,
    key: draft.key,
    revision: current.revision,
    content,
    findings: draftFindings(content, draft.announcement_id, draft.key),
    basedOn: draft.based_on,
    regionCode: draft.region_code,
    sharedWith: sharedRegions(draft.shared_json),
    createdAt: draft.created_at,
    createdBy: person(draft.created_by, names),
    updatedAt: draft.updated_at,
    updatedBy: person(current.author, names),
    // Only open drafts reach the builder for editing; a published or discarded one is history to read.
    access: draft.closed_at === null ? "edit" : "read",
  };
}

export function toDraftRevision(row: DraftRevisionHeadRow): DraftRevision {
  return {
    revision: row.revision,
    baseRevision: row.base_revision,
    kind: row.kind,
    restoredFrom: row.restored_from,
    author: row.author === null ? null : { id: row.author, name: row.author_name },
    createdAt: row.created_at,
    sha256: row.content_sha256,
    findings: row.findings,
  };
}

