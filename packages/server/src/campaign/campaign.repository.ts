import type { Insertable, Kysely } from "kysely";
import type {
  CampaignRow,
  CampaignsTable,
  CampaignUpdate,
  Database,
  DeadlineExtensionsTable,
  ResponseStatus,
  UserRole,
} from "../db/tables.js";

// The only place that queries campaigns, their reviewers and their deadline history.
// Every function takes a Kysely handle, so it runs alike inside and outside a transaction.

export type CampaignScope = { kind: "all" } | { kind: "region"; regionCode: string } | { kind: "reviewer"; userId: string };

export async function insertCampaign(db: Kysely<Database>, row: Insertable<CampaignsTable>): Promise<void> {
  await db.insertInto("campaigns").values(row).execute();
}

export async function findCampaign(db: Kysely<Database>, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom("campaigns").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listCampaigns(db: Kysely<Database>, scope: CampaignScope): Promise<CampaignRow[]> {
  let query = db.selectFrom("campaigns").selectAll("campaigns");
  if (scope.kind === "region") query = query.where("campaigns.region_code", "=", scope.regionCode);
  if (scope.kind === "reviewer") {
    query = query
      .innerJoin("campaign_reviewers", "campaign_reviewers.campaign_id", "campaigns.id")
      .where("campaign_reviewers.user_id", "=", scope.userId);
  }
  return query.orderBy("campaigns.created_at", "desc").orderBy("campaigns.id").execute();
}

/** Updates a campaign; with `expectedStatus`, only while it still has that status. Returns whether a row changed. */
export async function updateCampaign(
  db: Kysely<Database>,
  id: string,
  patch: CampaignUpdate,
  expected: { status?: CampaignRow["status"]; deadline?: string } = {},
): Promise<boolean> {
  let query = db.updateTable("campaigns").set(patch).where("id", "=", id);
  if (expected.status !== undefined) query = query.where("status", "=", expected.status);
  if (expected.deadline !== undefined) query = query.where("deadline", "=", expected.deadline);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface RespondentProgressRow {
  campaign_id: string;
  status: ResponseStatus;
  first_opened_at: string | null;
  current_revision: number;
}

/** One row per respondent of the given campaigns, enough to count them by state. */
export async function respondentProgress(db: Kysely<Database>, campaignIds: string[]): Promise<RespondentProgressRow[]> {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom("respondents")
    .innerJoin("responses", "responses.respondent_id", "respondents.id")
    .select(["respondents.campaign_id", "responses.status", "respondents.first_opened_at", "responses.current_revision"])
    .where("respondents.campaign_id", "in", campaignIds)
    .execute();
}

// ——— reviewers ———

export interface ReviewerRow {
  user_id: string;
  email: string;
  name: string;
  organisation: string | null;
  password_hash: string;
  disabled_at: string | null;
  added_at: string;
}

export async function isReviewer(db: Kysely<Database>, campaignId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("campaign_reviewers")
    .select("user_id")
    .where("campaign_id", "=", campaignId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds a reviewer; returns false when the user already was one. */
export async function insertReviewer(db: Kysely<Database>, campaignId: string, userId: string, addedAt: string): Promise<boolean> {
  const result = await db
    .insertInto("campaign_reviewers")
    .values({ campaign_id: campaignId, user_id: userId, added_at: addedAt })
    .onConflict((oc) => oc.columns(["campaign_id", "user_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteReviewer(db: Kysely<Database>, campaignId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("campaign_reviewers")
    .where("campaign_id", "=", campaignId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listReviewers(db: Kysely<Database>, campaignId: string): Promise<ReviewerRow[]> {
  return db
    .selectFrom("campaign_reviewers")
    .innerJoin("users", "users.id", "campaign_reviewers.user_id")
    // the hash only to tell an invited reviewer (none yet) from an active one; it never leaves the service
    .select(["campaign_reviewers.user_id", "users.email", "users.name", "users.organisation", "users.password_hash", "users.disabled_at", "campaign_reviewers.added_at"])
    .where("campaign_reviewers.campaign_id", "=", campaignId)
    .orderBy("campaign_reviewers.added_at")
    .orderBy("users.email")
    .execute();
}

export interface UserRef {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled_at: string | null;
}

export async function findUserRef(db: Kysely<Database>, by: { id: string } | { email: string }): Promise<UserRef | undefined> {
  let query = db.selectFrom("users").select(["id", "email", "name", "role", "disabled_at"]);
  query = "id" in by ? query.where("id", "=", by.id) : query.where("email", "=", by.email.toLowerCase());
  return query.executeTakeFirst();
}

// ——— deadline history ———

export async function insertDeadlineExtension(db: Kysely<Database>, row: Insertable<DeadlineExtensionsTable>): Promise<void> {
  await db.insertInto("deadline_extensions").values(row).execute();
}

export interface DeadlineExtensionView {
  id: string;
  respondent_id: string | null;
  respondent_name: string | null;
  previous_deadline: string | null;
  new_deadline: string;
  reason: string;
  extended_by: string;
  extended_by_name: string | null;
  extended_at: string;
}

export async function listDeadlineExtensions(db: Kysely<Database>, campaignId: string): Promise<DeadlineExtensionView[]> {
  return db
    .selectFrom("deadline_extensions")
    .leftJoin("users", "users.id", "deadline_extensions.extended_by")
    .leftJoin("respondents", "respondents.id", "deadline_extensions.respondent_id")
    .select([
      "deadline_extensions.id",
      "deadline_extensions.respondent_id",
      "respondents.name as respondent_name",
      "deadline_extensions.previous_deadline",
      "deadline_extensions.new_deadline",
      "deadline_extensions.reason",
      "deadline_extensions.extended_by",
      "users.name as extended_by_name",
      "deadline_extensions.extended_at",
    ])
    .where("deadline_extensions.campaign_id", "=", campaignId)
    .orderBy("deadline_extensions.extended_at")
    .orderBy("deadline_extensions.id")
    .execute();
}
