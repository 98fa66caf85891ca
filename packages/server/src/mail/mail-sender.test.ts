import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { LINK_REMOVED } from "../outbox/outbox-body.js";
import { auditOf } from "../outbox/mail-test-kit.js";
import { createTestDatabase, dialects } from "../test-support/dialects.js";
import { runMailHousekeeping } from "./mail-housekeeping.js";
import { sendDueMail, smtpTransport, type MailTransport } from "./mail-sender.js";
import { startSmtpServer, type SmtpTestServer } from "./smtp-test-server.js";

const FROM = "Afrapport <afrapport@example.dk>";

describe.each(dialects)("sending the outbox over SMTP on %s", (dialect) => {
  let world: CampaignWorld;
  let smtp: SmtpTestServer | undefined;
  let transport: MailTransport | undefined;
  afterEach(async () => {
    transport?.close();
    await smtp?.close();
    await world?.app.close();
    smtp = transport = undefined;
  });

  const outbox = async () => (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages as any[];
  const contact = async (index: number, email: string) => {
    const res = await world.secretariat.patch(`/api/campaigns/${world.campaignId}/respondents/${world.municipalities[index]!.respondentId}`, { contactEmail: email });
    expect(res.status, res.text).toBe(200);
  };
  const send = (options: { maxAttempts?: number } = {}) =>
    sendDueMail({ db: world.app.db, transport: transport!, from: FROM, links: world.app.config, now: world.clock.now, log: () => undefined, ...options });

  it("sends what is due once, to a real SMTP server, and then forgets the links", async () => {
    world = await startCampaignWorld(dialect);
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url);
    const [a, b, c] = world.municipalities;
    await contact(0, "a@example.dk");
    await contact(1, "b@example.dk");
    expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/reminders`, { respondentIds: [a!.respondentId, c!.respondentId], note: "Husk fristen." })).status).toBe(201);

    expect(await send()).toEqual({ sent: 3, failed: 0 });
    expect(smtp.received).toHaveLength(3);
    const toA = smtp.received.filter((m) => m.to[0] === "a@example.dk");
    expect(toA.map((m) => m.subject.split(":")[0]).sort()).toEqual(["Påmindelse", "Spørgeskema"]);
    const reminder = toA.find((m) => m.subject.startsWith("Påmindelse"))!;
    expect(reminder.from).toBe("afrapport@example.dk");
    expect(reminder.headers.get("from")).toBe(FROM);
    expect(reminder.headers.get("auto-submitted")).toBe("auto-generated");
    expect(reminder.subject).toBe(`Påmindelse: ${(await world.secretariat.get(`/api/campaigns/${world.campaignId}`)).body.campaign.title} – svarfrist 18. december 2026 kl. 13.00`);
    expect(reminder.text).toContain("Vi mangler stadig besvarelsen fra");
    // the municipality is stored by its name alone; the mail addresses it as "… Kommune"
    expect(reminder.text).toMatch(/^Kære \S.* (Kommune|Regionskommune)\n/);
    expect(reminder.text).toContain("Husk fristen.");
    // the link in the mail works
    const token = /\/svar\/([A-Za-z0-9_-]{43})/.exec(reminder.text)![1]!;
    expect((await world.respondent.get(`/api/respond/${token}`)).status).toBe(200);
    expect(smtp.received.some((m) => m.to[0] === "b@example.dk" && m.subject.startsWith("Spørgeskema"))).toBe(true);

    const messages = await outbox();
    const sent = messages.filter((m) => m.sentAt !== null);
    expect(sent).toHaveLength(3);
    for (const message of sent) {
      expect(message).toMatchObject({ sentBy: "smtp", error: null, attempts: 1 });
      expect(message.body).toContain(LINK_REMOVED);
      expect(message.body).not.toMatch(/\/svar\//);
    }
    // no address for c: it waits, with its link, for the secretariat to copy
    const waiting = messages.find((m) => m.respondentId === c!.respondentId)!;
    expect(waiting).toMatchObject({ to: null, sentAt: null, attempts: 0 });
    expect(waiting.body).toMatch(/\/svar\/[A-Za-z0-9_-]{43}/);
    const stored = await world.app.db.selectFrom("outbox").select(["link_url", "sent_at"]).execute();
    expect(stored.filter((r) => r.sent_at !== null).every((r) => r.link_url === null)).toBe(true);
    expect(await auditOf(world.app, "outbox.sent")).toHaveLength(3);

    // the status board counts the reminders sent
    const board = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/respondents`)).body.respondents as any[];
    expect(board.find((r) => r.id === a!.respondentId).remindersSent).toBe(1);
    expect(board.find((r) => r.id === b!.respondentId).remindersSent).toBe(0);
    expect(board.find((r) => r.id === c!.respondentId).remindersSent).toBe(0);

    expect(await send()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(3);
  });

  it("records a refused recipient, tries again after a while, and stops after the last attempt", async () => {
    world = await startCampaignWorld(dialect);
    smtp = await startSmtpServer({ rejectRecipient: /^bad@/ });
    transport = smtpTransport(smtp.url);
    await contact(0, "bad@example.dk");

    expect(await send({ maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
    let [message] = await outbox();
    expect(message).toMatchObject({ sentAt: null, attempts: 1 });
    expect(message.error).toMatch(/550/);
    expect(message.scheduledFor).toBe(new Date(world.clock.now().getTime() + 15 * 60_000).toISOString());
    expect(message.body).toMatch(/\/svar\//);

    expect(await send({ maxAttempts: 2 })).toEqual({ sent: 0, failed: 0 }); // not due again yet
    world.clock.advance(16 * 60_000);
    expect(await send({ maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
    world.clock.advance(16 * 60_000);
    expect(await send({ maxAttempts: 2 })).toEqual({ sent: 0, failed: 0 }); // gave up
    [message] = await outbox();
    expect(message).toMatchObject({ sentAt: null, attempts: 2 });
    const failures = await auditOf(world.app, "outbox.send_failed");
    expect(failures.map((f) => f.details.attempt)).toEqual([1, 2]);
    expect(failures[0]!.actor).toBe("system");
    expect(smtp.received).toEqual([]);

    // the secretariat sends it itself and marks it sent
    const marked = await world.secretariat.post(`/api/campaigns/${world.campaignId}/outbox/${message.id}/mark-sent`);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ sentBy: world.secretariat.user!.id, error: null });
  });

  it("never throws: a dead SMTP server is an error on the message, a dead database the run's error", async () => {
    world = await startCampaignWorld(dialect);
    const dead = await startSmtpServer();
    await dead.close();
    transport = smtpTransport(dead.url);
    await contact(0, "a@example.dk");
    const result = await send();
    expect(result).toEqual({ sent: 0, failed: 1 });
    expect((await outbox())[0].error).toMatch(/ECONNREFUSED|connect/i);

    const gone = await createTestDatabase(dialect);
    await gone.drop();
    const logged: string[] = [];
    const broken = await sendDueMail({ db: gone.db, transport, from: FROM, links: world.app.config, now: world.clock.now, log: (m) => logged.push(m) });
    expect(broken.sent).toBe(0);
    expect(broken.error).toBeTruthy();
    expect(logged.join(" ")).toContain("Sending mail stopped");
  });

  it("sends nothing without SMTP, in a closed campaign, or to a respondent that submitted", async () => {
    world = await startCampaignWorld(dialect);
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url);
    await contact(0, "a@example.dk");
    await contact(1, "b@example.dk");
    expect(await sendDueMail({ db: world.app.db, transport: null, from: null, links: world.app.config, now: world.clock.now })).toEqual({ sent: 0, failed: 0 });

    expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" })).status).toBe(200);
    expect(await send()).toEqual({ sent: 0, failed: 0 });
    expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "open" })).status).toBe(200);
    const a = world.municipalities[0]!;
    const { validKommuneAnswers } = await import("../campaign/campaign-test-kit.js");
    expect((await world.respondent.post(`/api/respond/${a.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers })).status).toBe(200);
    expect(await send()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.to[0])).toEqual(["b@example.dk"]);
  });

  it("sends each message once when two runs overlap", async () => {
    world = await startCampaignWorld(dialect);
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url);
    for (let i = 0; i < 4; i++) await contact(i, `k${i}@example.dk`);
    const [x, y] = await Promise.all([send(), send()]);
    expect(x.sent + y.sent).toBe(4);
    expect(smtp.received).toHaveLength(4);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(4);
  });

  it("housekeeping queues the scheduled reminders that are due and sends them, once", async () => {
    world = await startCampaignWorld(dialect);
    smtp = await startSmtpServer();
    const env = { SMTP_URL: smtp.url, MAIL_FROM: FROM };
    await contact(0, "a@example.dk");
    expect((await world.secretariat.put(`/api/campaigns/${world.campaignId}/reminder-schedule`, { daysBefore: [7, 2] })).status).toBe(200);
    const run = () => runMailHousekeeping({ db: world.app.db, links: world.app.config, env, log: () => undefined }, world.clock.now());

    // 25 days before the deadline: only the invitation is due
    expect(await run()).toEqual({ queued: 0, sent: 1, failed: 0 });
    world.clock.set("2026-12-12T00:00:00.000Z"); // 6½ days before
    expect(await run()).toEqual({ queued: 30, sent: 1, failed: 0 });
    expect(await run()).toEqual({ queued: 0, sent: 0, failed: 0 });
    world.clock.set("2026-12-17T00:00:00.000Z"); // 1½ days before
    expect(await run()).toEqual({ queued: 30, sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.subject.split(":")[0])).toEqual(["Spørgeskema", "Påmindelse", "Påmindelse"]);

    const logged: string[] = [];
    const misconfigured = await runMailHousekeeping({ db: world.app.db, links: world.app.config, env: { SMTP_URL: smtp.url }, log: (m) => logged.push(m) }, world.clock.now());
    expect(misconfigured).toEqual({ queued: 0, sent: 0, failed: 0 });
    expect(logged.join(" ")).toContain("MAIL_FROM");
  });
});
