import { ReceiptSchema } from "@afrapport/schema/api";
import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { receiptNumber } from "./receipt-number.js";

// Issue 13 (5): the receipt showed "Version 12" (a count of autosaves) and a 64-character hash to quote on the
// phone. A receipt now carries a short number derived from the submission.

describe("receiptNumber", () => {
  it("is two groups of four characters without look-alikes, the same for the same submission", () => {
    const number = receiptNumber("0b6f3c1e-6a43-4d7e-9a55-2f1d8c0e4b71", 12);
    expect(number).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(receiptNumber("0b6f3c1e-6a43-4d7e-9a55-2f1d8c0e4b71", 12)).toBe(number);
    expect(ReceiptSchema.shape.receiptNumber.safeParse(number).success).toBe(true);
  });

  it("differs between responses and between submissions of one response", () => {
    const numbers = new Set<string>();
    for (let i = 0; i < 200; i++) numbers.add(receiptNumber(`response-${i}`, 2));
    numbers.add(receiptNumber("response-0", 5));
    expect(numbers.size).toBe(201);
  });

  it("never uses I, L, O or U, whatever the hash", () => {
    const letters = new Set<string>();
    for (let i = 0; i < 500; i++) for (const c of receiptNumber(`r${i}`, i).replace("-", "")) letters.add(c);
    expect([...letters].filter((c) => "ILOU".includes(c))).toEqual([]);
    expect(letters.size).toBe(32);
  });
});

describe.each(dialects)("the receipt number over HTTP on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const url = (token: string, path = "") => `/api/respond/${token}${path}`;

  it("is the same on submitting and on reading the receipt, and differs for two respondents with the same answers", async () => {
    world = await startCampaignWorld(dialect);
    const [first, second] = [world.municipalities[0]!, world.municipalities[1]!];
    const one = await world.respondent.post(url(first.token, "/submit"), { baseRevision: 0, answers: validKommuneAnswers });
    const two = await world.respondent.post(url(second.token, "/submit"), { baseRevision: 0, answers: validKommuneAnswers });
    expect([one.status, two.status], `${one.text} ${two.text}`).toEqual([200, 200]);
    expect(ReceiptSchema.parse(one.body.receipt).receiptNumber).toBe(receiptNumber(one.body.receipt.responseId, one.body.receipt.revision));
    expect(one.body.receipt.answersSha256).toBe(two.body.receipt.answersSha256);
    expect(one.body.receipt.receiptNumber).not.toBe(two.body.receipt.receiptNumber);
    expect((await world.respondent.get(url(first.token, "/receipt"))).body.receipt.receiptNumber).toBe(one.body.receipt.receiptNumber);
  });

  it("changes when a reopened response is submitted again", async () => {
    world = await startCampaignWorld(dialect);
    const first = world.municipalities[0]!;
    const before = await world.respondent.post(url(first.token, "/submit"), { baseRevision: 0, answers: validKommuneAnswers });
    const reopened = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/reopen`, { reason: "Tallene skal rettes" });
    expect(reopened.status, reopened.text).toBe(200);
    const after = await world.respondent.post(url(first.token, "/submit"), { baseRevision: reopened.body.revision, answers: validKommuneAnswers });
    expect(after.status, after.text).toBe(200);
    expect(after.body.receipt.receiptNumber).not.toBe(before.body.receipt.receiptNumber);
  });
});
