import type { Insertable, Kysely } from "kysely";
import type {
  Database,
  ResponseRevisionRow,
  ResponseRevisionsTable,
  ResponseRow,
  ResponsesTable,
  ResponseStatus,
  RevisionKind,
} from "../db/tables.js";

// The only place that queries responses and their revisions. Revisions are only ever appended.

export async function insertResponse(db: Kysely<Database>, row: Insertable<ResponsesTable>): Promise<void> {
  await db.insertInto("responses").values(row).execute();
}

export async function findResponseOfRespondent(db: Kysely<Database>, respondentId: string): Promise<ResponseRow | undefined> {
  return db.selectFrom("responses").selectAll().where("respondent_id", "=", respondentId).executeTakeFirst();
}

export async function findRevision(db: Kysely<Database>, responseId: string, revision: number): Promise<ResponseRevisionRow | undefined> {
  return db
    .selectFrom("response_revisions")
    .selectAll()
    .where("response_id", "=", responseId)
    .where("revision", "=", revision)
    .executeTakeFirst();
}

/** The newest revision of a kind (e.g. the last submission), or undefined. */
export async function latestRevisionOfKind(
  db: Kysely<Database>,
  responseId: string,
  kind: RevisionKind,
): Promise<ResponseRevisionRow | undefined> {
  return db
    .selectFrom("response_revisions")
    .selectAll()
    .where("response_id", "=", responseId)
    .where("kind", "=", kind)
    .orderBy("revision", "desc")
    .limit(1)
    .executeTakeFirst();
}

export type RevisionSummaryRow = Omit<ResponseRevisionRow, "answers_json"> & { author_name: string | null };

/** The history of a response, oldest first, without the answers themselves. */
export async function listRevisions(db: Kysely<Database>, responseId: string): Promise<RevisionSummaryRow[]> {
  return db
    .selectFrom("response_revisions")
    .leftJoin("users", "users.id", "response_revisions.author")
    .select([
      "response_revisions.id",
      "response_revisions.response_id",
      "response_revisions.revision",
      "response_revisions.base_revision",
      "response_revisions.kind",
      "response_revisions.answers_sha256",
      "response_revisions.author",
      "users.name as author_name",
      "response_revisions.created_at",
    ])
    .where("response_revisions.response_id", "=", responseId)
    .orderBy("response_revisions.revision")
    .execute();
}

export async function countRevisions(db: Kysely<Database>, responseId: string): Promise<number> {
  const row = await db
    .selectFrom("response_revisions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("response_id", "=", responseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Appends a revision. Throws a unique violation (see db/unique-violation.ts) when another save took the number first. */
export async function insertRevision(db: Kysely<Database>, row: Insertable<ResponseRevisionsTable>): Promise<void> {
  await db.insertInto("response_revisions").values(row).execute();
}

/**
 * Moves a response's head to a new revision, only if it is still at `expectedRevision`. Returns false when another
 * save moved it first (the caller retries).
 */
export async function advanceResponse(
  db: Kysely<Database>,
  responseId: string,
  expectedRevision: number,
  patch: { current_revision: number; updated_at: string; status?: ResponseStatus; submitted_at?: string },
): Promise<boolean> {
  const result = await db
    .updateTable("responses")
    .set(patch)
    .where("id", "=", responseId)
    .where("current_revision", "=", expectedRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface CampaignAnswersRow {
  response_id: string;
  respondent_id: string;
  respondent_name: string;
  kind: string;
  kommune_code: string | null;
  first_opened_at: string | null;
  questionnaire_key: string;
  questionnaire_version: string;
  status: ResponseStatus;
  current_revision: number;
  submitted_at: string | null;
  answers_json: string | null;
}

/** Every response of a campaign with its current answers (null before the first save); optionally only one status. */
export async function listCampaignAnswers(
  db: Kysely<Database>,
  campaignId: string,
  filter: { status?: ResponseStatus } = {},
): Promise<CampaignAnswersRow[]> {
  let query = db
    .selectFrom("responses")
    .innerJoin("respondents", "respondents.id", "responses.respondent_id")
    .leftJoin("response_revisions", (join) =>
      join
        .onRef("response_revisions.response_id", "=", "responses.id")
        .onRef("response_revisions.revision", "=", "responses.current_revision"),
    )
    .select([
      "responses.id as response_id",
      "respondents.id as respondent_id",
      "respondents.name as respondent_name",
      "respondents.kind",
      "respondents.kommune_code",
      "respondents.first_opened_at",
      "responses.questionnaire_key",
      "responses.questionnaire_version",
      "responses.status",
      "responses.current_revision",
      "responses.submitted_at",
      "response_revisions.answers_json",
    ])
    .where("responses.campaign_id", "=", campaignId);
  if (filter.status !== undefined) query = query.where("responses.status", "=", filter.status);
  return query.orderBy("respondents.kind").orderBy("respondents.kommune_code").orderBy("respondents.name").execute();
}
