import { randomUUID } from "node:crypto";
import type { Audience, QuestionnaireDraft } from "@afrapport/schema";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import type { Database, DraftRevisionKind } from "../db/tables.js";
import { contentJson, draftFindings, sha256 } from "./draft-content.js";
import { insertDraft, insertDraftRevision, type DraftRevisionRow, type DraftRow } from "./draft.repository.js";

export interface NewDraft {
  announcementId: string;
  key: string;
  audience: Audience;
  content: QuestionnaireDraft;
  /** the published version it starts from */
  basedOn: string | null;
  regionCode: string | null;
  kind: Extract<DraftRevisionKind, "create" | "import">;
  /** extra facts for the audit entry */
  details?: Record<string, unknown>;
}

/**
 * Inserts a draft with its first revision and audits it. Runs inside the caller's transaction, so a copied
 * announcement and its drafts come into being together or not at all.
 */
export async function insertNewDraft(trx: Kysely<Database>, user: SessionUser, input: NewDraft, now: Date): Promise<{ draft: DraftRow; revision: DraftRevisionRow }> {
  const at = now.toISOString();
  const draft: DraftRow = {
    id: randomUUID(),
    announcement_id: input.announcementId,
    key: input.key,
    audience: input.audience,
    region_code: input.regionCode,
    shared_json: "[]",
    based_on: input.basedOn,
    current_revision: 1,
    created_by: user.id,
    created_at: at,
    updated_at: at,
    closed_at: null,
    published_version_id: null,
  };
  const json = contentJson(input.content);
  const findings = draftFindings(input.content, input.announcementId, input.key).length;
  const revision: DraftRevisionRow = {
    draft_id: draft.id,
    revision: 1,
    base_revision: null,
    kind: input.kind,
    restored_from: null,
    content_json: json,
    content_sha256: sha256(json),
    findings,
    author: user.id,
    created_at: at,
  };
  await insertDraft(trx, draft);
  await insertDraftRevision(trx, revision);
  await recordAudit(
    trx,
    {
      actor: user.id,
      action: input.kind === "import" ? "draft.imported" : "draft.created",
      subjectType: "questionnaire_draft",
      subjectId: draft.id,
      details: {
        announcementId: input.announcementId,
        key: input.key,
        audience: input.audience,
        basedOn: input.basedOn,
        revision: 1,
        contentSha256: revision.content_sha256,
        findings,
        ...input.details,
      },
    },
    now,
  );
  return { draft, revision };
}
