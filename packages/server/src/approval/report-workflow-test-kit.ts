import { sql } from "kysely";
import { expect } from "vitest";
import { expectStatus, startCampaignWorld, validKommuneAnswers, validTilbudAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import type { DialectName } from "../db/database.js";
import type { TestApp, TestClient } from "../test-support/test-app.js";

// Shared set-up for the report workflow's HTTP tests (summaries, approval, snapshots, comments, exports).

export interface WorkflowWorld extends CampaignWorld {
  /** a reviewer (reference group) of the campaign */
  reviewer: TestClient;
  /** a reviewer of another campaign only */
  otherReviewer: TestClient;
  /** the secretariat of another region */
  otherRegion: TestClient;
  /** the national board */
  national: TestClient;
  /** a second member of the campaign's secretariat */
  colleague: TestClient;
}

/** An open Hovedstaden campaign (29 municipalities, one offer) and every kind of user around it. */
export async function startWorkflowWorld(dialect: DialectName): Promise<WorkflowWorld> {
  const world = await startCampaignWorld(dialect);
  const { app, secretariat, campaignId } = world;
  const reviewerUser = await app.createUser({ role: "reviewer", name: "Rikke Referencegruppe" });
  expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/reviewers`, { userId: reviewerUser.id }), 201);
  const reviewer = app.client();
  expectStatus(await reviewer.post("/api/auth/login", { email: reviewerUser.email, password: reviewerUser.password }), 200);

  // a reviewer of another campaign of the same region
  const otherCampaign = await secretariat.post("/api/campaigns", { ...(await campaignBody(secretariat, campaignId)), title: "En anden kampagne" });
  expectStatus(otherCampaign, 201);
  const otherReviewerUser = await app.createUser({ role: "reviewer" });
  expectStatus(await secretariat.post(`/api/campaigns/${otherCampaign.body.campaign.id}/reviewers`, { userId: otherReviewerUser.id }), 201);
  const otherReviewer = app.client();
  expectStatus(await otherReviewer.post("/api/auth/login", { email: otherReviewerUser.email, password: otherReviewerUser.password }), 200);

  return {
    ...world,
    reviewer,
    otherReviewer,
    otherRegion: await app.login({ role: "secretariat", regionCode: "1081" }),
    national: await app.login({ role: "national" }),
    colleague: await app.login({ role: "secretariat", regionCode: "1084" }),
  };
}

async function campaignBody(secretariat: TestClient, campaignId: string) {
  const { body } = await secretariat.get(`/api/campaigns/${campaignId}`);
  const campaign = body.campaign;
  return {
    announcementId: campaign.announcementId,
    title: campaign.title,
    deadline: campaign.deadline,
    municipalityQuestionnaire: campaign.municipalityQuestionnaire,
    offerQuestionnaire: campaign.offerQuestionnaire,
  };
}

/** Municipalities whose names have æ, ø or å (Hørsholm, Tårnby …). */
export function danishNamed(world: CampaignWorld) {
  return world.municipalities.filter((m) => /[æøå]/i.test(m.name));
}

/** Two municipalities with æøå in their names and the offer submit; a third saves a draft. */
export async function submitAnswers(world: CampaignWorld): Promise<void> {
  const [a, b, c] = danishNamed(world);
  const submit = (token: string, answers: Record<string, unknown>) => world.respondent.post(`/api/respond/${token}/submit`, { baseRevision: 0, answers });
  expectStatus(await submit(a!.token, validKommuneAnswers), 200);
  expectStatus(await submit(b!.token, { ...validKommuneAnswers, futureOrganisation: "Vi vil styrke samarbejdet med Hvidovre Hospitals familieambulatorium." }), 200);
  expectStatus(await world.respondent.put(`/api/respond/${c!.token}/answers`, { baseRevision: 0, answers: { respondentUnit: "Kladde på Ærø-vis" } }), 200);
  expectStatus(await submit(world.offer.token, validTilbudAnswers), 200);
}

export type WorkflowTable = "report_summaries" | "approval_steps" | "approval_decisions" | "report_snapshots" | "report_comments" | "audit_log";

export async function countRows(app: TestApp, table: WorkflowTable): Promise<number> {
  const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(app.db);
  return Number(row.rows[0]?.n ?? 0);
}

/** Every table of the workflow counted: compare before and after a refused request. */
export async function workflowCounts(app: TestApp): Promise<Record<WorkflowTable, number>> {
  const tables: WorkflowTable[] = ["report_summaries", "approval_steps", "approval_decisions", "report_snapshots", "report_comments", "audit_log"];
  const counts = {} as Record<WorkflowTable, number>;
  for (const table of tables) counts[table] = await countRows(app, table);
  return counts;
}

/** A refused request: the status, the field it names, and nothing stored. */
export async function expectRefused(app: TestApp, request: () => Promise<{ status: number; body: any; text: string }>, status: number, field?: string): Promise<any> {
  const before = await workflowCounts(app);
  const response = await request();
  expect(response.status, response.text).toBe(status);
  if (field !== undefined) expect(response.body.error.field, response.text).toBe(field);
  expect(await workflowCounts(app)).toEqual(before);
  return response.body;
}
