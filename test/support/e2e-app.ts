import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_STATIC_DIR, createApp } from "../../packages/server/src/app.js";
import type { Config } from "../../packages/server/src/config.js";
import { startTestApp, type TestApp, type TestClient } from "../../packages/server/src/test-support/test-app.js";

/**
 * The real server for browser tests: the app on a fresh SQLite database, serving the built front end, on an
 * ephemeral port. The server's own test harness (startTestApp) owns the database and signs people in; a second
 * app over the same database serves the front end (the app keeps no state between requests).
 */
export interface E2eServer {
  baseUrl: string;
  testApp: TestApp;
  secretariat: TestClient;
  close(): Promise<void>;
}

/** `config` overrides the test configuration (e.g. `oidc` for single sign-on through a local provider). */
export async function startE2eServer(options: { config?: Partial<Config> } = {}): Promise<E2eServer> {
  const testApp = await startTestApp("sqlite", options.config === undefined ? {} : { config: options.config });
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  server.on("request", createApp({ db: testApp.db, config: { ...testApp.config, port, publicUrl: baseUrl }, staticDir: DEFAULT_STATIC_DIR, checkResponses: true }));
  const secretariat = await testApp.login({ role: "secretariat", regionCode: "1084" });
  return {
    baseUrl,
    testApp,
    secretariat,
    close: async () => {
      await closeServer(server);
      await testApp.close();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

export interface InvitedMunicipality {
  respondentId: string;
  name: string;
  token: string;
}

export interface E2eCampaign {
  id: string;
  title: string;
  municipalities: InvitedMunicipality[];
}

function expectStatus(response: { status: number; text: string }, ...statuses: number[]): void {
  if (!statuses.includes(response.status)) throw new Error(`expected HTTP ${statuses.join(" or ")}, got ${response.status}: ${response.text}`);
}

/**
 * A campaign of the secretariat's region (Hovedstaden, 29 municipalities) through the real HTTP API: created,
 * every municipality invited, opened. Each test takes its own municipality, so responses never mix.
 */
export async function openCampaign(
  server: E2eServer,
  options: { questionnaire?: string; title?: string; deadline?: Date } = {},
): Promise<E2eCampaign> {
  const title = options.title ?? "Udsatte gravide med skadeligt rusmiddelforbrug – opfølgning 2026";
  const deadline = options.deadline ?? new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const created = await server.secretariat.post("/api/campaigns", {
    announcementId: "gravide-rusmiddel",
    title,
    deadline: deadline.toISOString(),
    municipalityQuestionnaire: { key: options.questionnaire ?? "kommune-2022", version: "1.0.0" },
  });
  expectStatus(created, 201);
  const id = created.body.campaign.id as string;
  const invited = await server.secretariat.post(`/api/campaigns/${id}/respondents/municipalities`);
  expectStatus(invited, 201);
  expectStatus(await server.secretariat.post(`/api/campaigns/${id}/status`, { status: "open" }), 200);
  const municipalities = (invited.body.invited as { respondent: { id: string; name: string }; link: { token: string } }[]).map((entry) => ({
    respondentId: entry.respondent.id,
    name: entry.respondent.name,
    token: entry.link.token,
  }));
  return { id, title, municipalities };
}

export async function revokeLink(server: E2eServer, campaign: E2eCampaign, respondent: InvitedMunicipality): Promise<void> {
  expectStatus(await server.secretariat.delete(`/api/campaigns/${campaign.id}/respondents/${respondent.respondentId}/link`), 204);
}

export async function closeCampaign(server: E2eServer, campaign: E2eCampaign): Promise<void> {
  expectStatus(await server.secretariat.post(`/api/campaigns/${campaign.id}/status`, { status: "closed" }), 200);
}

/** The saved state as the respondent API returns it (no browser involved). */
export async function savedAnswers(server: E2eServer, token: string): Promise<{ revision: number; status: string; answers: Record<string, unknown> }> {
  const response = await fetch(`${server.baseUrl}/api/respond/${token}`);
  const body = (await response.json()) as { response: { revision: number; status: string; answers: Record<string, unknown> } };
  return body.response;
}
