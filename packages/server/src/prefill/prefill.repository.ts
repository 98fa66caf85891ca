import type { Insertable, Kysely } from "kysely";
import type { CampaignRow, Database, RespondentKind, ResponsePrefillsTable, ResponseStatus } from "../db/tables.js";

// The only place that queries what pre-filling needs: the region's earlier campaigns, the respondents of two
// campaigns with their responses, the answers to take, and the pre-fill records. Every function takes a Kysely
// handle, so it runs alike inside and outside a transaction.

/** The campaigns of a region created before `before`, other than `exceptId`; newest first. */
export async function listEarlierCampaigns(db: Kysely<Database>, regionCode: string, before: string, exceptId: string): Promise<CampaignRow[]> {
  return db
    .selectFrom("campaigns")
    .selectAll()
    .where("region_code", "=", regionCode)
    .where("created_at", "<", before)
    .where("id", "!=", exceptId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/** How many responses of each campaign hold answers (saved or submitted). */
export async function countAnsweredResponses(db: Kysely<Database>, campaignIds: string[]): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("responses")
    .select((eb) => ["campaign_id", eb.fn.countAll<number>().as("n")])
    .where("campaign_id", "in", campaignIds)
    .where("current_revision", ">", 0)
    .groupBy("campaign_id")
    .execute();
  return new Map(rows.map((row) => [row.campaign_id, Number(row.n)]));
}

/** A respondent with its response, as pre-filling compares and fills them. */
export interface RespondentResponseRow {
  respondent_id: string;
  name: string;
  kind: RespondentKind;
  kommune_code: string | null;
  operator: string | null;
  response_id: string;
  status: ResponseStatus;
  current_revision: number;
  questionnaire_key: string;
  questionnaire_version: string;
  response_updated_at: string;
}

/** Every respondent of a campaign with its response; municipalities first, then by code and name. */
export async function listRespondentResponses(db: Kysely<Database>, campaignId: string): Promise<RespondentResponseRow[]> {
  return db
    .selectFrom("respondents")
    .innerJoin("responses", "responses.respondent_id", "respondents.id")
    .select([
      "respondents.id as respondent_id",
      "respondents.name",
      "respondents.kind",
      "respondents.kommune_code",
      "respondents.operator",
      "responses.id as response_id",
      "responses.status",
      "responses.current_revision",
      "responses.questionnaire_key",
      "responses.questionnaire_version",
      "responses.updated_at as response_updated_at",
    ])
    .where("respondents.campaign_id", "=", campaignId)
    .orderBy("respondents.kind")
    .orderBy("respondents.kommune_code")
    .orderBy("respondents.name")
    .orderBy("respondents.id")
    .execute();
}

/** The answers (JSON) of a response's newest revision of kind submit, else of its current revision; undefined before the first save. */
export async function latestAnswersJson(db: Kysely<Database>, responseId: string, currentRevision: number): Promise<string | undefined> {
  const submitted = await db
    .selectFrom("response_revisions")
    .select("answers_json")
    .where("response_id", "=", responseId)
    .where("kind", "=", "submit")
    .orderBy("revision", "desc")
    .limit(1)
    .executeTakeFirst();
  if (submitted !== undefined) return submitted.answers_json;
  if (currentRevision === 0) return undefined;
  const current = await db
    .selectFrom("response_revisions")
    .select("answers_json")
    .where("response_id", "=", responseId)
    .where("revision", "=", currentRevision)
    .executeTakeFirst();
  return current?.answers_json;
}

export async function insertPrefill(db: Kysely<Database>, row: Insertable<ResponsePrefillsTable>): Promise<void> {
  await db.insertInto("response_prefills").values(row).execute();
}

export type PrefillRecordRow = Pick<ResponsePrefillsTable, "from_campaign_id" | "revision" | "carried_json" | "dropped_json"> & {
  from_campaign_title: string;
};

/** The pre-fill of a response with the title of the campaign it came from, or undefined. */
export async function findPrefill(db: Kysely<Database>, responseId: string): Promise<PrefillRecordRow | undefined> {
  return db
    .selectFrom("response_prefills")
    .innerJoin("campaigns", "campaigns.id", "response_prefills.from_campaign_id")
    .select([
      "response_prefills.from_campaign_id",
      "response_prefills.revision",
      "response_prefills.carried_json",
      "response_prefills.dropped_json",
      "campaigns.title as from_campaign_title",
    ])
    .where("response_prefills.response_id", "=", responseId)
    .executeTakeFirst();
}

/** A campaign of the region by id, or undefined (another region's campaign is not found either). */
export async function findCampaignInRegion(db: Kysely<Database>, campaignId: string, regionCode: string): Promise<CampaignRow | undefined> {
  return db.selectFrom("campaigns").selectAll().where("id", "=", campaignId).where("region_code", "=", regionCode).executeTakeFirst();
}
