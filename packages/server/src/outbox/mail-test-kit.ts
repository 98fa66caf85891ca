import { sql } from "kysely";
import { createCampaignBody, expectStatus, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import type { TestApp, TestClient } from "../test-support/test-app.js";

// Shared set-up for the tests of mail, reminders, named offers and the national view.

export interface AccessClients {
  /** the secretariat of another region: must not learn the campaign exists (404) */
  otherRegion: TestClient;
  /** a reviewer of another campaign (404) */
  otherReviewer: TestClient;
  /** a reviewer of this campaign: reads, never writes */
  reviewer: TestClient;
  /** the national board: reads every campaign, writes none */
  national: TestClient;
}

export async function accessClients(world: CampaignWorld): Promise<AccessClients> {
  const { app, secretariat, campaignId } = world;
  const otherRegion = await app.login({ role: "secretariat", regionCode: "1083" });
  const other = await otherRegion.post("/api/campaigns", createCampaignBody);
  expectStatus(other, 201);
  const otherReviewerUser = await app.createUser({ role: "reviewer" });
  expectStatus(await otherRegion.post(`/api/campaigns/${other.body.campaign.id}/reviewers`, { userId: otherReviewerUser.id }), 201);
  const reviewerUser = await app.createUser({ role: "reviewer" });
  expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/reviewers`, { userId: reviewerUser.id }), 201);
  const signIn = async (user: { email: string; password: string }) => {
    const client = app.client();
    expectStatus(await client.post("/api/auth/login", { email: user.email, password: user.password }), 200);
    return client;
  };
  return {
    otherRegion,
    otherReviewer: await signIn(otherReviewerUser),
    reviewer: await signIn(reviewerUser),
    national: await app.login({ role: "national" }),
  };
}

/** Everything stored about mail, links and merges, to show a refused request changed nothing. */
export async function mailState(app: TestApp): Promise<Record<string, unknown>> {
  const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(app.db)).rows[0]?.n ?? 0);
  return {
    outbox: await app.db.selectFrom("outbox").selectAll().orderBy("id").execute(),
    respondents: await app.db.selectFrom("respondents").selectAll().orderBy("id").execute(),
    schedules: await app.db.selectFrom("reminder_schedules").selectAll().execute(),
    merges: await app.db.selectFrom("offer_merges").selectAll().orderBy("from_key").execute(),
    namedOfferInvites: await app.db.selectFrom("named_offer_invites").selectAll().execute(),
    inviteLinks: await count("invite_links"),
    audit: await count("audit_log"),
  };
}

export async function auditOf(app: TestApp, action: string) {
  const rows = await app.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details_json) as Record<string, unknown> }));
}
