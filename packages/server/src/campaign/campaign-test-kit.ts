import { sql } from "kysely";
import type { Config } from "../config.js";
import type { DialectName } from "../db/database.js";
import { hashToken } from "../invite/invite-token.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";

// Shared set-up for the campaign domain's HTTP tests: a controllable clock, a campaign, invited respondents.

export const T0 = new Date("2026-11-23T10:00:00.000Z");
export const DEADLINE = "2026-12-18T12:00:00.000Z";

export interface Clock {
  now: () => Date;
  advance(ms: number): void;
  set(date: Date | string): void;
}

export function testClock(start: Date = T0): Clock {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
    set: (date) => {
      time = new Date(date).getTime();
    },
  };
}

export const createCampaignBody = {
  announcementId: "gravide-rusmiddel",
  title: "Udsatte gravide med skadeligt rusmiddelbrug – afrapportering 2019",
  deadline: DEADLINE,
  municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
  offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
};

/** A complete, valid municipality answer (kommune-2019) without attachments. */
export const validKommuneAnswers = {
  respondentUnit: "Social- og Sundhedsforvaltningen",
  targetGroupCount: { "2017": 4, "2018": 6, "2019": 5 },
  refersToOffers: false,
  cooperationForms: ["none"],
  futureOrganisation: "Kommunen vil indgå aftale med nabokommunerne om køb af pladser.",
};

/** A complete, valid offer answer (tilbud-2019). */
export const validTilbudAnswers = {
  offerName: "Døgnbehandlingstilbud for gravide",
  operator: "private",
  legalBasis: ["sel-101", "sel-107"],
  placeCount: 8,
  effortDescription: "Døgnbehandling under graviditeten og op til et år efter fødslen.",
  citizensPerYear: { "2017": 5, "2018": 7, "2019": 6 },
  staffCount: 12,
  staffExperienceYears: 6,
  competences: { familie: "internal", svangerskab: "external", rusmiddel: "internal", psykiatri: "external" },
};

export interface InvitedLink {
  respondentId: string;
  name: string;
  kommuneCode: string | null;
  token: string;
  url: string;
}

export interface CampaignWorld {
  app: TestApp;
  clock: Clock;
  secretariat: TestClient;
  campaignId: string;
  municipalities: InvitedLink[];
  offer: InvitedLink;
  /** the respondent client: no cookies, only the token */
  respondent: TestClient;
}

export function expectStatus(response: { status: number; text: string }, status: number): void {
  if (response.status !== status) throw new Error(`expected HTTP ${status}, got ${response.status}: ${response.text}`);
}

/** An app with a Hovedstaden secretariat, an open campaign, all 29 municipalities and one offer invited. */
export async function startCampaignWorld(
  dialect: DialectName,
  options: { status?: "draft" | "open"; config?: Partial<Config> } = {},
): Promise<CampaignWorld> {
  const clock = testClock();
  const app = await startTestApp(dialect, { now: clock.now, ...(options.config ? { config: options.config } : {}) });
  const secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
  const created = await secretariat.post("/api/campaigns", createCampaignBody);
  expectStatus(created, 201);
  const campaignId = created.body.campaign.id as string;
  const invited = await secretariat.post(`/api/campaigns/${campaignId}/respondents/municipalities`);
  expectStatus(invited, 201);
  const offer = await secretariat.post(`/api/campaigns/${campaignId}/respondents/offers`, { name: "Døgnbehandlingstilbud for gravide", operator: "private" });
  expectStatus(offer, 201);
  if ((options.status ?? "open") === "open") expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/status`, { status: "open" }), 200);
  const toLink = (entry: { respondent: { id: string; name: string; kommuneCode: string | null }; link: { token: string; url: string } }): InvitedLink => ({
    respondentId: entry.respondent.id,
    name: entry.respondent.name,
    kommuneCode: entry.respondent.kommuneCode,
    token: entry.link.token,
    url: entry.link.url,
  });
  return {
    app,
    clock,
    secretariat,
    campaignId,
    municipalities: invited.body.invited.map(toLink),
    offer: toLink(offer.body),
    respondent: app.client(),
  };
}

/** What is stored for a respondent: revision rows, head revision and status, straight from the database. */
export async function storedState(app: TestApp, token: string) {
  const link = await app.db.selectFrom("invite_links").select("respondent_id").where("token_hash", "=", hashToken(token)).executeTakeFirstOrThrow();
  const response = await app.db.selectFrom("responses").selectAll().where("respondent_id", "=", link.respondent_id).executeTakeFirstOrThrow();
  const revisions = await app.db
    .selectFrom("response_revisions")
    .select(["revision", "kind", "answers_json"])
    .where("response_id", "=", response.id)
    .orderBy("revision")
    .execute();
  const attachments = await app.db
    .selectFrom("attachments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("response_id", "=", response.id)
    .executeTakeFirstOrThrow();
  return {
    status: response.status,
    revision: response.current_revision,
    revisions: revisions.map((r) => ({ revision: r.revision, kind: r.kind, answers: JSON.parse(r.answers_json) as Record<string, unknown> })),
    attachmentCount: Number(attachments.n),
  };
}

export async function auditActions(app: TestApp, campaignId: string): Promise<string[]> {
  const rows = await app.db.selectFrom("audit_log").select("action").where("campaign_id", "=", campaignId).orderBy("id").execute();
  return rows.map((r) => r.action);
}

export async function countRows(app: TestApp, table: "campaigns" | "respondents" | "invite_links" | "deadline_extensions" | "campaign_reviewers"): Promise<number> {
  const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(app.db);
  return Number(row.rows[0]?.n ?? 0);
}
