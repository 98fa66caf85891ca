import type { Insertable, Kysely } from "kysely";
import { prepareQuery } from "../db/prepared-query.js";
import type { CampaignStatus, Database, NewAuditEntry, ResponseRevisionsTable, ResponseStatus } from "../db/tables.js";

// The queries of the autosave, the one path every respondent's typing takes: prepared once (prepared-query.ts), and
// the read that everything else hangs on is a single join from the link's token hash to the current answers.

/** What a save needs to know, read in one query from the hash of the link's token. */
export interface SaveState {
  link_revoked_at: string | null;
  respondent_id: string;
  respondent_deadline: string | null;
  first_opened_at: string | null;
  last_activity_at: string | null;
  response_id: string;
  status: ResponseStatus;
  current_revision: number;
  questionnaire_key: string;
  questionnaire_version: string;
  campaign_id: string;
  campaign_status: CampaignStatus;
  campaign_deadline: string;
  announcement_id: string;
  /** the current revision's stored answers and fingerprint; null at revision 0 */
  answers_json: string | null;
  answers_sha256: string | null;
}

const saveStateByToken = prepareQuery<{ tokenHash: string }, SaveState>((db: Kysely<Database>, param) =>
  db
    .selectFrom("invite_links as l")
    .innerJoin("respondents as r", "r.id", "l.respondent_id")
    .innerJoin("responses as s", "s.respondent_id", "r.id")
    .innerJoin("campaigns as c", "c.id", "r.campaign_id")
    .leftJoin("response_revisions as v", (join) => join.onRef("v.response_id", "=", "s.id").onRef("v.revision", "=", "s.current_revision"))
    .select([
      "l.revoked_at as link_revoked_at",
      "r.id as respondent_id",
      "r.deadline as respondent_deadline",
      "r.first_opened_at",
      "r.last_activity_at",
      "s.id as response_id",
      "s.status",
      "s.current_revision",
      "s.questionnaire_key",
      "s.questionnaire_version",
      "c.id as campaign_id",
      "c.status as campaign_status",
      "c.deadline as campaign_deadline",
      "c.announcement_id",
      "v.answers_json",
      "v.answers_sha256",
    ])
    .where("l.token_hash", "=", param("tokenHash")),
);

/** The save state of the link whose token has this hash (revoked or not), or undefined for an unknown link. */
export async function findSaveState(db: Kysely<Database>, tokenHash: string): Promise<SaveState | undefined> {
  return (await saveStateByToken.rows(db, { tokenHash }))[0];
}

const insertRevisionQuery = prepareQuery<Insertable<ResponseRevisionsTable>, never>((db: Kysely<Database>, param) =>
  db.insertInto("response_revisions").values({
    id: param("id"),
    response_id: param("response_id"),
    revision: param("revision"),
    base_revision: param("base_revision"),
    kind: param("kind"),
    answers_json: param("answers_json"),
    answers_sha256: param("answers_sha256"),
    author: param("author"),
    created_at: param("created_at"),
  }),
);

/** Appends a revision; a unique violation when another save took the number first. */
export async function appendRevision(db: Kysely<Database>, row: Required<Insertable<ResponseRevisionsTable>>): Promise<void> {
  await insertRevisionQuery.rows(db, row);
}

const advanceQuery = prepareQuery<{ id: string; expected: number; revision: number; at: string }, never>((db: Kysely<Database>, param) =>
  db
    .updateTable("responses")
    .set({ current_revision: param("revision"), updated_at: param("at") })
    .where("id", "=", param("id"))
    .where("current_revision", "=", param("expected")),
);

/** Moves a response's head from `expected` to `revision`; false when another save moved it first. */
export async function advanceHead(db: Kysely<Database>, input: { id: string; expected: number; revision: number; at: string }): Promise<boolean> {
  return (await advanceQuery.changes(db, input)) > 0;
}

const activityQuery = prepareQuery<{ id: string; at: string }, never>((db: Kysely<Database>, param) =>
  db
    .updateTable("respondents")
    .set((eb) => ({ first_opened_at: eb.fn.coalesce("first_opened_at", eb.val(param("at"))), last_activity_at: param("at") }))
    .where("id", "=", param("id")),
);

/** Records activity through the link: the first opening once, the last activity every time. */
export async function touchActivity(db: Kysely<Database>, respondentId: string, at: string): Promise<void> {
  await activityQuery.rows(db, { id: respondentId, at });
}

type AuditRow = Required<Omit<NewAuditEntry, "id">>;

const auditQuery = prepareQuery<AuditRow, never>((db: Kysely<Database>, param) =>
  db.insertInto("audit_log").values({
    at: param("at"),
    actor: param("actor"),
    action: param("action"),
    campaign_id: param("campaign_id"),
    subject_type: param("subject_type"),
    subject_id: param("subject_id"),
    details_json: param("details_json"),
  }),
);

/** Appends an audit entry (audit.service's recordAudit, without building the query each time). */
export async function appendAudit(db: Kysely<Database>, entry: AuditRow): Promise<void> {
  await auditQuery.rows(db, entry);
}
