import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { expectStatus, startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import type { Database } from "../db/tables.js";
import { hashToken, inviteUrl } from "../invite/invite-token.js";
import { sendDueMail, type OutgoingMail } from "../mail/mail-sender.js";
import { scheduleDueReminders } from "../reminder/reminder.service.js";
import { dialects } from "../test-support/dialects.js";
import { LINK_UNAVAILABLE, LINK_WITHDRAWN } from "./outbox-body.js";
import { sealWaitingLinks } from "./outbox-links.js";

// Issue 14, item 2: outbox.link_url held every unsent invitation's and reminder's whole link, and each one worked,
// although the README said only the token's sha256 was kept. Now no table holds a working link.

/** Every text value of every table, read through the database's own catalogue, so a new table is scanned too. */
async function allText(db: Kysely<Database>): Promise<Array<{ where: string; text: string }>> {
  const found: Array<{ where: string; text: string }> = [];
  for (const table of await db.introspection.getTables()) {
    for (const column of table.columns) {
      if (!/char|text|clob|json/i.test(column.dataType)) continue;
      const rows = await sql<{ v: unknown }>`select ${sql.ref(column.name)} as v from ${sql.table(table.name)}`.execute(db);
      for (const row of rows.rows) if (typeof row.v === "string") found.push({ where: `${table.name}.${column.name}`, text: row.v });
    }
  }
  return found;
}

/**
 * Every string stored anywhere that opens a response: each 43-character base64url window of each text (a token
 * can hide inside a longer run, e.g. a URL or an encoding), checked against the working links' hashes.
 */
async function workingTokensAtRest(db: Kysely<Database>): Promise<string[]> {
  const active = new Set((await db.selectFrom("invite_links").select("token_hash").where("revoked_at", "is", null).execute()).map((r) => r.token_hash));
  const hits: string[] = [];
  for (const { where, text } of await allText(db)) {
    for (const run of text.match(/[A-Za-z0-9_-]{43,}/g) ?? []) {
      for (let i = 0; i + 43 <= run.length; i++) {
        const candidate = run.slice(i, i + 43);
        if (active.has(hashToken(candidate))) hits.push(`${where}: ${candidate}`);
      }
    }
  }
  return hits;
}

const tokenOf = (text: string) => /\/svar\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe.each(dialects)("no working link at rest on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  async function queueMail(): Promise<void> {
    const { secretariat, campaignId, municipalities } = world;
    for (const [i, m] of municipalities.slice(0, 5).entries()) {
      expectStatus(await secretariat.patch(`/api/campaigns/${campaignId}/respondents/${m.respondentId}`, { contactEmail: `kontakt${i}@kommune.dk` }), 200);
    }
    expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/reminders`, { note: "Husk fristen" }), 201);
    expectStatus(await secretariat.put(`/api/campaigns/${campaignId}/reminder-schedule`, { daysBefore: [7] }), 200);
    world.clock.set("2026-12-12T08:00:00.000Z");
    expect(await scheduleDueReminders({ db: world.app.db, links: world.app.config }, world.clock.now())).toBeGreaterThan(0);
    // Days later the first session has ended; a colleague of the same secretariat signs in.
    world.secretariat = await world.app.login({ role: "secretariat", regionCode: "1084" });
  }

  it("keeps no string that opens a response in any table after invitations and reminders, and every link in a mail works", async () => {
    world = await startCampaignWorld(dialect);
    await queueMail();
    const { db } = world.app;
    const messages = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages as Array<{ id: string; body: string; to: string | null }>;
    expect(messages.length).toBeGreaterThan(50);
    expect(await workingTokensAtRest(db)).toEqual([]);

    // The scan can fail: a working token written into any text column is found.
    const shown = tokenOf(messages[0]!.body)!;
    await db.updateTable("respondents").set({ contact_name: `Se ${inviteUrl("https://x.example", shown)}` }).where("id", "=", world.municipalities[6]!.respondentId).execute();
    expect(await workingTokensAtRest(db)).toEqual([`respondents.contact_name: ${shown}`]);
    await db.updateTable("respondents").set({ contact_name: null }).where("id", "=", world.municipalities[6]!.respondentId).execute();

    // Each waiting mail, as its secretariat sees it, carries a working link.
    for (const message of messages.slice(0, 8)) {
      const token = tokenOf(message.body);
      expect(token, message.body).toBeDefined();
      expect((await world.respondent.get(`/api/respond/${token}`)).status).toBe(200);
    }

    // Sent by SMTP: the mail carries a working link, and afterwards the database holds nothing of it.
    const sent: OutgoingMail[] = [];
    const transport = { send: async (mail: OutgoingMail) => void sent.push(mail), close: () => undefined };
    const result = await sendDueMail({ db, transport, from: "afrapport@region.dk", links: world.app.config, now: world.clock.now, log: () => undefined });
    expect(result.sent).toBeGreaterThan(0);
    for (const mail of sent) expect((await world.respondent.get(`/api/respond/${tokenOf(mail.text)}`)).status).toBe(200);
    // Marked sent by hand, the same.
    const waiting = messages.find((m) => m.to === null)!;
    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/outbox/${waiting.id}/mark-sent`), 200);
    expect((await world.respondent.get(`/api/respond/${tokenOf(waiting.body)}`)).status).toBe(200);
    const after = await db.selectFrom("outbox").select(["link_url", "link_sealed"]).where("sent_at", "is not", null).execute();
    expect(after.length).toBe(result.sent + 1);
    expect(after.every((r) => r.link_url === null && r.link_sealed === null)).toBe(true);
    expect(await workingTokensAtRest(db)).toEqual([]);
  });

  it("seals the plain links of a database from before, keeping each link as it was", async () => {
    world = await startCampaignWorld(dialect);
    await queueMail();
    const { db, config } = world.app;
    const list = async () => (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages as Array<{ id: string; body: string }>;
    const [first] = await list();
    const link = tokenOf(first!.body)!;
    // As an older version stored it: the whole link in link_url, nothing sealed.
    await db.updateTable("outbox").set({ link_url: inviteUrl(config.publicUrl, link), link_sealed: null }).where("id", "=", first!.id).execute();
    expect(await workingTokensAtRest(db)).toEqual([`outbox.link_url: ${link}`]);

    expect(await sealWaitingLinks(db, config, world.clock.now())).toEqual({ sealed: 1, replaced: 0, dropped: 0 });
    expect(await workingTokensAtRest(db)).toEqual([]);
    expect(tokenOf((await list()).find((m) => m.id === first!.id)!.body)).toBe(link);
    expect(await sealWaitingLinks(db, config, world.clock.now())).toEqual({ sealed: 0, replaced: 0, dropped: 0 });
  });

  it("gives waiting mail a new link when the key changed, leaving the old link working, and none when the link was withdrawn", async () => {
    world = await startCampaignWorld(dialect);
    await queueMail();
    const { db, config } = world.app;
    const list = async () => (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages as Array<{ id: string; body: string; respondentId: string }>;
    const before = await list();
    const waiting = (await db.selectFrom("outbox").select("id").where("sent_at", "is", null).execute()).length;
    const [kept, withdrawn] = before;
    const keptToken = tokenOf(kept!.body)!;
    expectStatus(await world.secretariat.delete(`/api/campaigns/${world.campaignId}/respondents/${withdrawn!.respondentId}/link`), 204);

    // Another key: what the old one sealed cannot be read…
    world.app.config.linkKey = randomBytes(32);
    expect((await list()).find((m) => m.id === kept!.id)!.body).toContain(LINK_UNAVAILABLE);
    // …until the next start gives each such mail a new link.
    const withdrawnCount = (await db.selectFrom("outbox").select("id").where("sent_at", "is", null).where("respondent_id", "=", withdrawn!.respondentId).execute()).length;
    expect(await sealWaitingLinks(db, config, world.clock.now())).toEqual({ sealed: 0, replaced: waiting - withdrawnCount, dropped: withdrawnCount });
    const after = await list();
    const newToken = tokenOf(after.find((m) => m.id === kept!.id)!.body)!;
    expect(newToken).not.toBe(keptToken);
    expect((await world.respondent.get(`/api/respond/${newToken}`)).status).toBe(200);
    expect((await world.respondent.get(`/api/respond/${keptToken}`)).status).toBe(200);
    expect(after.find((m) => m.id === withdrawn!.id)!.body).toContain(LINK_WITHDRAWN);
    expect(await workingTokensAtRest(db)).toEqual([]);
  });

  it("refuses a sealed link copied onto another message", async () => {
    world = await startCampaignWorld(dialect);
    await queueMail();
    const { db } = world.app;
    const [a, b] = await db.selectFrom("outbox").select(["id", "link_sealed"]).where("sent_at", "is", null).orderBy("id").limit(2).execute();
    await db.updateTable("outbox").set({ link_sealed: a!.link_sealed }).where("id", "=", b!.id).execute();
    const messages = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages as Array<{ id: string; body: string }>;
    expect(messages.find((m) => m.id === b!.id)!.body).toContain(LINK_UNAVAILABLE);
    expect(messages.find((m) => m.id === a!.id)!.body).toMatch(/\/svar\/[A-Za-z0-9_-]{43}/);
  });
});
