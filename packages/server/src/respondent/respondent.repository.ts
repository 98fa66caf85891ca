import type { Insertable, Kysely } from "kysely";
import type { Database, RespondentRow, RespondentsTable, ResponseStatus } from "../db/tables.js";

// The only place that queries respondents.

export async function insertRespondent(db: Kysely<Database>, row: Insertable<RespondentsTable>): Promise<void> {
  await db.insertInto("respondents").values(row).execute();
}

/** The respondent with this id in this campaign, or undefined (a respondent of another campaign is not found). */
export async function findRespondent(db: Kysely<Database>, campaignId: string, respondentId: string): Promise<RespondentRow | undefined> {
  return db
    .selectFrom("respondents")
    .selectAll()
    .where("id", "=", respondentId)
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
}

export async function findRespondentById(db: Kysely<Database>, respondentId: string): Promise<RespondentRow | undefined> {
  return db.selectFrom("respondents").selectAll().where("id", "=", respondentId).executeTakeFirst();
}

export async function invitedKommuneCodes(db: Kysely<Database>, campaignId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("respondents")
    .select("kommune_code")
    .where("campaign_id", "=", campaignId)
    .where("kommune_code", "is not", null)
    .execute();
  return new Set(rows.flatMap((row) => (row.kommune_code === null ? [] : [row.kommune_code])));
}

export interface BoardRow extends RespondentRow {
  response_id: string;
  status: ResponseStatus;
  current_revision: number;
  submitted_at: string | null;
  response_updated_at: string;
  active_link_since: string | null;
}

/** Every respondent of a campaign with its response and whether it has a working link; municipalities first. */
export async function listBoard(db: Kysely<Database>, campaignId: string): Promise<BoardRow[]> {
  const rows = await db
    .selectFrom("respondents")
    .innerJoin("responses", "responses.respondent_id", "respondents.id")
    .selectAll("respondents")
    .select((eb) => [
      "responses.id as response_id",
      "responses.status",
      "responses.current_revision",
      "responses.submitted_at",
      "responses.updated_at as response_updated_at",
      eb
        .selectFrom("invite_links")
        .select((inner) => inner.fn.max("invite_links.created_at").as("since"))
        .whereRef("invite_links.respondent_id", "=", "respondents.id")
        .where("invite_links.revoked_at", "is", null)
        .as("active_link_since"),
    ])
    .where("respondents.campaign_id", "=", campaignId)
    .execute();
  const kindOrder = (kind: string) => (kind === "municipality" ? 0 : 1);
  return (rows as BoardRow[]).sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.kommune_code ?? "").localeCompare(b.kommune_code ?? "") || a.name.localeCompare(b.name, "da"),
  );
}

/** Records activity through the link: the first opening once, the last activity every time. */
export async function recordActivity(db: Kysely<Database>, respondentId: string, at: string): Promise<void> {
  await db
    .updateTable("respondents")
    .set((eb) => ({ first_opened_at: eb.fn.coalesce("first_opened_at", eb.val(at)), last_activity_at: at }))
    .where("id", "=", respondentId)
    .execute();
}

export async function setRespondentDeadline(db: Kysely<Database>, respondentId: string, deadline: string): Promise<void> {
  await db.updateTable("respondents").set({ deadline }).where("id", "=", respondentId).execute();
}
