import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { integrityProblems } from "../backup/sqlite-backup.js";
import { createCampaignBody, validKommuneAnswers } from "../campaign/campaign-test-kit.js";
import { runCli } from "../cli.js";
import { openDatabase } from "../db/database.js";
import { hashToken } from "../invite/invite-token.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";

// Issue 14, item 9: the real server as a child process on a SQLite file, under autosave and submit load, killed with
// SIGKILL at random moments and started again. Every save it acknowledged with a 2xx must be stored, every
// submission it acknowledged submitted, and the file must pass PRAGMA integrity_check.

const KILLS = 4;
const RESPONDENTS = 6;
/** Respondents 0…SUBMITTERS-1 submit after a few saves (more for each), the others only save. */
const SUBMITTERS = 4;

interface Acknowledged {
  token: string;
  /** the last save answered with 200: its revision and the answers sent */
  save?: { revision: number; answers: Record<string, unknown> };
  submitted: boolean;
}

/** Wait that is random but printed, so a failing run can be told apart from a lucky one. */
const randomMs = (min: number, max: number) => Math.round(min + Math.random() * (max - min));

describe("the server killed with SIGKILL under load", () => {
  let dir: string | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.kill();
    server = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`keeps every acknowledged save and submission through ${KILLS} kills, and the file passes the integrity check`, async () => {
    dir = mkdtempSync(join(tmpdir(), "afrapport-crash-"));
    const path = join(dir, "crash.sqlite");
    const linkKey = randomBytes(32).toString("base64");
    const password = "crash-test-password-123";
    const created = await runCli(["create-user", "--email", "sek@example.dk", "--name", "Sekretariat", "--role", "secretariat", "--region", "1084", "--password", password], { DATABASE_URL: `sqlite:${path}` }, { out: () => {}, err: () => {} });
    expect(created).toBe(0);

    server = await startServerProcess(path, { linkKey });
    let base = server.url;
    const tokens = await openCampaign(base, password);

    const acks: Acknowledged[] = tokens.slice(0, RESPONDENTS).map((token) => ({ token, submitted: false }));
    let running = true;
    let up = true;
    let acknowledgedSaves = 0;
    const unexpected: string[] = [];

    const respondentLoop = async (ack: Acknowledged, index: number) => {
      let revision = 0;
      let saves = 0;
      let resync = false;
      while (running && !ack.submitted) {
        if (!up) {
          await sleep(20);
          continue;
        }
        try {
          if (resync) {
            // The last request got no answer: it may or may not have been stored. Ask where the response stands.
            const state = await fetch(`${base}/api/respond/${ack.token}`);
            const body = (await state.json()) as { response: { revision: number; status: string } };
            if (state.status !== 200) throw new Error(`state ${state.status}`);
            revision = body.response.revision;
            if (body.response.status === "submitted") return; // submitted by a request whose answer was lost
            resync = false;
          }
          const submit = index < SUBMITTERS && saves >= 2 + index;
          const answers = { ...validKommuneAnswers, respondentUnit: `Forvaltning ${index}, gem ${saves + 1}`, targetGroupCount: { "2017": saves, "2018": index, "2019": 1 } };
          const response = await fetch(`${base}/api/respond/${ack.token}/${submit ? "submit" : "answers"}`, {
            method: submit ? "POST" : "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ baseRevision: revision, answers }),
          });
          const text = await response.text();
          if (response.status !== 200) {
            unexpected.push(`${submit ? "submit" : "save"} ${index}: ${response.status} ${text.slice(0, 200)}`);
            resync = true;
            continue;
          }
          const body = JSON.parse(text) as { revision: number };
          revision = body.revision;
          saves++;
          if (submit) ack.submitted = true;
          else {
            ack.save = { revision, answers };
            acknowledgedSaves++;
          }
        } catch {
          // Connection refused or reset: the server is down or was killed while this request was in flight.
          resync = true;
          await sleep(20);
        }
      }
    };
    const loops = acks.map((ack, index) => respondentLoop(ack, index));

    // Each round: let the load run until it has saved a dozen times more, wait a random moment, SIGKILL. The
    // server is started again after every kill but the last, which leaves the file as a crash leaves it.
    const kills: string[] = [];
    for (let kill = 1; kill <= KILLS; kill++) {
      const before = acknowledgedSaves;
      await waitUntil(() => acknowledgedSaves >= before + 12, 60_000);
      const delay = randomMs(0, 400);
      await sleep(delay);
      up = false;
      await server.kill();
      kills.push(`kill ${kill}: ${delay} ms after the 12th save of the round, ${acknowledgedSaves} saves and ${acks.filter((a) => a.submitted).length} submissions acknowledged in all`);
      if (kill === KILLS) break;
      server = await startServerProcess(path, { linkKey });
      base = server.url;
      up = true;
    }
    server = undefined;
    running = false;
    await Promise.all(loops);

    expect(unexpected, kills.join("; ")).toEqual([]);
    expect(acks.filter((a) => a.submitted).length, "submissions acknowledged").toBeGreaterThan(0);
    expect(integrityProblems(path)).toEqual([]);

    const handle = openDatabase({ dialect: "sqlite", path });
    try {
      for (const ack of acks) {
        const link = await handle.db.selectFrom("invite_links").select("respondent_id").where("token_hash", "=", hashToken(ack.token)).executeTakeFirstOrThrow();
        const response = await handle.db.selectFrom("responses").selectAll().where("respondent_id", "=", link.respondent_id).executeTakeFirstOrThrow();
        if (ack.submitted) expect(response.status, `${ack.token}: ${kills.join("; ")}`).toBe("submitted");
        if (ack.save === undefined) continue;
        expect(response.current_revision).toBeGreaterThanOrEqual(ack.save.revision);
        const stored = await handle.db
          .selectFrom("response_revisions")
          .select("answers_json")
          .where("response_id", "=", response.id)
          .where("revision", "=", ack.save.revision)
          .executeTakeFirst();
        expect(stored === undefined ? undefined : JSON.parse(stored.answers_json), `revision ${ack.save.revision}: ${kills.join("; ")}`).toEqual(ack.save.answers);
      }
    } finally {
      await handle.close();
    }
  }, 180_000);
});

async function openCampaign(base: string, password: string): Promise<string[]> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "sek@example.dk", password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as any;
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  // The server runs on the real clock: a deadline a month from now keeps the campaign open.
  const campaign = await post("/api/campaigns", { ...createCampaignBody, deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() });
  const id = campaign.campaign.id as string;
  const invited = await post(`/api/campaigns/${id}/respondents/municipalities`);
  await post(`/api/campaigns/${id}/status`, { status: "open" });
  return (invited.invited as Array<{ link: { token: string } }>).map((entry) => entry.link.token);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not reached within ${timeoutMs} ms`);
    await sleep(10);
  }
}
