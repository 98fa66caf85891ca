import { offerKey } from "@afrapport/schema";
import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { accessClients, auditOf, mailState } from "../outbox/mail-test-kit.js";
import { dialects } from "../test-support/dialects.js";

interface OfferRow {
  name: string;
  operator?: string;
  legalBasis?: string[];
  location?: string;
}

const FAMILIE = offerKey("Familieambulatoriet, Rigshospitalet", "regional");
const SKOVLY_HJEM = offerKey("Skovly Behandlingshjem", "private");
const SKOVLY = offerKey("Skovly", "private");
const DOEGN = offerKey("Døgnbehandlingstilbud for gravide", "private");

describe.each(dialects)("offers named by the municipalities on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const base = () => `/api/campaigns/${world.campaignId}/named-offers`;
  const answersWith = (offers: OfferRow[]) => ({ ...validKommuneAnswers, refersToOffers: true, offersUsed: offers });
  const submit = async (index: number, offers: OfferRow[]) => {
    const res = await world.respondent.post(`/api/respond/${world.municipalities[index]!.token}/submit`, { baseRevision: 0, answers: answersWith(offers) });
    expect(res.status, res.text).toBe(200);
  };
  const draft = async (index: number, offers: OfferRow[]) => {
    const res = await world.respondent.put(`/api/respond/${world.municipalities[index]!.token}/answers`, { baseRevision: 0, answers: { refersToOffers: true, offersUsed: offers } });
    expect(res.status, res.text).toBe(200);
  };

  /** Four municipalities name offers: two spell Familieambulatoriet differently, one names Skovly shortly, one the offer invited by hand. */
  async function named() {
    await submit(0, [
      { name: "Familieambulatoriet, Rigshospitalet", operator: "regional", legalBasis: ["sundl-141"], location: "København" },
      { name: "Skovly Behandlingshjem A/S", operator: "private", legalBasis: ["sel-101", "sel-107"], location: "Hillerød" },
    ]);
    await draft(1, [
      { name: "familieambulatoriet  rigshospitalet", operator: "regional", legalBasis: ["sel-101"], location: "København Ø" },
      { name: "Skovly behandlingshjem", operator: "private", legalBasis: ["sel-107"] },
      { name: "Ukendt sted" },
    ]);
    await submit(2, [{ name: "Døgnbehandlingstilbud for gravide", operator: "private", legalBasis: ["sel-107"] }]);
    await submit(3, [{ name: "Skovly", operator: "private", legalBasis: ["sel-108"], location: "Hillerød" }]);
  }
  const byKey = (offers: { key: string }[], key: string) => offers.find((o) => o.key === key) as any;

  describe("GET …/named-offers", () => {
    it("collects the offers of submitted answers and drafts, de-duplicated by key, marked by who named them and whether invited", async () => {
      world = await startCampaignWorld(dialect);
      expect((await world.secretariat.get(base())).body).toEqual({ offers: [] });
      await named();
      const res = await world.secretariat.get(base());
      expect(res.status, res.text).toBe(200);
      const offers = res.body.offers as any[];
      expect(offers.map((o) => o.key)).toEqual([DOEGN, FAMILIE, SKOVLY, SKOVLY_HJEM, offerKey("Ukendt sted", "")]);
      const [a, b, c] = world.municipalities;
      expect(byKey(offers, FAMILIE)).toEqual({
        key: FAMILIE,
        name: "Familieambulatoriet, Rigshospitalet",
        spellings: ["Familieambulatoriet, Rigshospitalet", "familieambulatoriet rigshospitalet"],
        operator: "regional",
        legalBasis: ["sundl-141", "sel-101"],
        location: ["København", "København Ø"],
        namedBy: [
          { respondentId: a!.respondentId, name: a!.name, submitted: true },
          { respondentId: b!.respondentId, name: b!.name, submitted: false },
        ].sort((x, y) => x.name.localeCompare(y.name, "da")),
        mergedKeys: [],
        invitedRespondentId: null,
      });
      // the offer the secretariat invited by hand, under the same name and operator
      expect(byKey(offers, DOEGN)).toMatchObject({ invitedRespondentId: world.offer.respondentId, namedBy: [{ respondentId: c!.respondentId, submitted: true }] });
      expect(byKey(offers, offerKey("Ukendt sted", ""))).toMatchObject({ operator: "", namedBy: [{ submitted: false }] });
    });

    it("is read by the campaign's readers and hidden from others", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      const clients = await accessClients(world);
      expect((await clients.reviewer.get(base())).body.offers).toHaveLength(5);
      expect((await clients.national.get(base())).body.offers).toHaveLength(5);
      expect((await clients.otherRegion.get(base())).status).toBe(404);
      expect((await clients.otherReviewer.get(base())).status).toBe(404);
      expect((await world.secretariat.get(`/api/campaigns/nope/named-offers`)).status).toBe(404);
    });
  });

  describe("merges", () => {
    it("show a key under another, resolve chains, are undone, and are audited", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      const merged = await world.secretariat.post(`${base()}/merge`, { from: SKOVLY, into: SKOVLY_HJEM });
      expect(merged.status, merged.text).toBe(201);
      const group = byKey(merged.body.offers, SKOVLY_HJEM);
      expect(group).toMatchObject({ name: "Skovly Behandlingshjem A/S", mergedKeys: [SKOVLY], legalBasis: ["sel-101", "sel-107", "sel-108"], location: ["Hillerød"] });
      expect(group.spellings).toEqual(["Skovly Behandlingshjem A/S", "Skovly behandlingshjem", "Skovly"]);
      expect(group.namedBy).toHaveLength(3);
      expect(byKey(merged.body.offers, SKOVLY)).toBeUndefined();
      expect((await world.secretariat.post(`${base()}/merge`, { from: SKOVLY, into: SKOVLY_HJEM })).status).toBe(200);

      // a chain: Skovly → Skovly Behandlingshjem → Familieambulatoriet (for the test's sake)
      const chained = await world.secretariat.post(`${base()}/merge`, { from: SKOVLY_HJEM, into: FAMILIE });
      expect(chained.status).toBe(201);
      expect(byKey(chained.body.offers, FAMILIE).mergedKeys).toEqual([SKOVLY, SKOVLY_HJEM].sort());
      expect(byKey(chained.body.offers, FAMILIE).name).toBe("Familieambulatoriet, Rigshospitalet");

      const undone = await world.secretariat.delete(`${base()}/merge/${encodeURIComponent(SKOVLY_HJEM)}`);
      expect(undone.status, undone.text).toBe(200);
      expect(byKey(undone.body.offers, SKOVLY_HJEM).mergedKeys).toEqual([SKOVLY]);
      expect(byKey(undone.body.offers, FAMILIE).mergedKeys).toEqual([]);
      expect((await world.secretariat.delete(`${base()}/merge/${encodeURIComponent(SKOVLY_HJEM)}`)).status).toBe(404);

      expect((await auditOf(world.app, "named_offer.merged")).map((e) => e.details)).toEqual([
        { from: SKOVLY, into: SKOVLY_HJEM },
        { from: SKOVLY_HJEM, into: FAMILIE },
      ]);
      expect((await auditOf(world.app, "named_offer.unmerged")).map((e) => e.details)).toEqual([{ from: SKOVLY_HJEM, into: FAMILIE }]);
    });

    it.each([
      ["a merge into itself", () => ({ from: SKOVLY, into: SKOVLY }), 400, "into"],
      ["a merge that closes a circle", () => ({ from: SKOVLY_HJEM, into: SKOVLY }), 400, "into"],
      ["a key already merged elsewhere", () => ({ from: SKOVLY, into: FAMILIE }), 409, "from"],
      ["a key nobody named", () => ({ from: "ingen|private", into: FAMILIE }), 400, "from"],
      ["an into nobody named", () => ({ from: FAMILIE, into: "ingen|private" }), 400, "into"],
      ["a missing into", () => ({ from: FAMILIE }), 400, "into"],
      ["an unknown field", () => ({ from: FAMILIE, into: SKOVLY, note: "x" }), 400, "note"],
      ["a key that is not text", () => ({ from: 1, into: SKOVLY }), 400, "from"],
    ])("refuses %s, changing nothing", async (_name, body, status, field) => {
      world = await startCampaignWorld(dialect);
      await named();
      expect((await world.secretariat.post(`${base()}/merge`, { from: SKOVLY, into: SKOVLY_HJEM })).status).toBe(201);
      const before = await mailState(world.app);
      const res = await world.secretariat.post(`${base()}/merge`, body());
      expect(res.status, res.text).toBe(status);
      expect(res.body.error.field).toBe(field);
      expect(await mailState(world.app)).toEqual(before);
    });

    it("are only for the campaign's secretariat: 403 for readers, 404 for others", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      expect((await world.secretariat.post(`${base()}/merge`, { from: SKOVLY, into: SKOVLY_HJEM })).status).toBe(201);
      const clients = await accessClients(world);
      const before = await mailState(world.app);
      const merge = { from: FAMILIE, into: DOEGN };
      const unmerge = `${base()}/merge/${encodeURIComponent(SKOVLY)}`;
      for (const client of [clients.reviewer, clients.national]) {
        expect((await client.post(`${base()}/merge`, merge)).status).toBe(403);
        expect((await client.delete(unmerge)).status).toBe(403);
      }
      for (const client of [clients.otherRegion, clients.otherReviewer]) {
        expect((await client.post(`${base()}/merge`, merge)).status).toBe(404);
        expect((await client.delete(unmerge)).status).toBe(404);
      }
      expect(await mailState(world.app)).toEqual(before);
    });
  });

  describe("POST …/named-offers/invite", () => {
    it("invites the chosen offers in one step with links shown once, queues a mail where an email is given, and skips the rest with reasons", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      expect((await world.secretariat.post(`${base()}/merge`, { from: SKOVLY, into: SKOVLY_HJEM })).status).toBe(201);
      const res = await world.secretariat.post(`${base()}/invite`, {
        keys: [FAMILIE, SKOVLY, DOEGN, "ingen|", offerKey("Ukendt sted", ""), SKOVLY_HJEM],
        contacts: { [FAMILIE]: { contactName: "Jordemoder Jensen", contactEmail: "Familie@Example.dk" } },
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body.invited.map((i: { key: string }) => i.key)).toEqual([FAMILIE, SKOVLY_HJEM]);
      expect(res.body.skipped).toEqual([
        { key: DOEGN, reason: "already-invited" },
        { key: "ingen|", reason: "unknown-key" },
        { key: offerKey("Ukendt sted", ""), reason: "no-operator" },
        { key: SKOVLY_HJEM, reason: "duplicate" },
      ]);
      const [familie, skovly] = res.body.invited;
      expect(familie).toMatchObject({ name: "Familieambulatoriet, Rigshospitalet", invitationQueued: true });
      expect(skovly).toMatchObject({ name: "Skovly Behandlingshjem A/S", invitationQueued: false });
      expect(familie.link.url).toBe(`${world.app.baseUrl}/svar/${familie.link.token}`);
      expect((await world.respondent.get(`/api/respond/${familie.link.token}`)).status).toBe(200);

      const respondent = await world.app.db.selectFrom("respondents").selectAll().where("id", "=", familie.respondentId).executeTakeFirstOrThrow();
      expect(respondent).toMatchObject({
        kind: "offer",
        name: "Familieambulatoriet, Rigshospitalet",
        operator: "regional",
        legal_basis: "sundl-141, sel-101",
        contact_name: "Jordemoder Jensen",
        contact_email: "familie@example.dk",
      });
      const response = await world.app.db.selectFrom("responses").selectAll().where("respondent_id", "=", familie.respondentId).executeTakeFirstOrThrow();
      expect(response).toMatchObject({ questionnaire_key: "tilbud-2019", status: "draft", current_revision: 0 });

      // the mail carries the link just shown, and goes to the contact
      const outbox = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages;
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({ kind: "invitation", respondentId: familie.respondentId, to: "familie@example.dk" });
      expect(outbox[0].body).toContain(familie.link.url);
      expect(outbox[0].body).toContain("Kære Jordemoder Jensen");
      expect(outbox[0].body).toContain("har nævnt Familieambulatoriet, Rigshospitalet som et tilbud");

      const offers = (await world.secretariat.get(base())).body.offers;
      expect(byKey(offers, FAMILIE).invitedRespondentId).toBe(familie.respondentId);
      expect(byKey(offers, SKOVLY_HJEM).invitedRespondentId).toBe(skovly.respondentId);
      const board = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/respondents`)).body.respondents;
      expect(board.filter((r: { kind: string }) => r.kind === "offer")).toHaveLength(3);
      expect((await auditOf(world.app, "named_offer.invited")).map((e) => e.details.key)).toEqual([FAMILIE, SKOVLY_HJEM]);
      expect((await auditOf(world.app, "respondent.invited")).filter((e) => e.details.kind === "offer")).toHaveLength(3);

      // again: nothing new, every key skipped as already invited – also the merged key
      const before = await mailState(world.app);
      const again = await world.secretariat.post(`${base()}/invite`, { keys: [FAMILIE, SKOVLY] });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ invited: [], skipped: [{ key: FAMILIE, reason: "already-invited" }, { key: SKOVLY, reason: "already-invited" }] });
      expect(await mailState(world.app)).toEqual(before);
    });

    it("invites a key once when two requests race", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      const [x, y] = await Promise.all([
        world.secretariat.post(`${base()}/invite`, { keys: [FAMILIE] }),
        world.secretariat.post(`${base()}/invite`, { keys: [FAMILIE] }),
      ]);
      expect([x.status, y.status].sort()).toEqual([200, 201]);
      const rows = await world.app.db.selectFrom("named_offer_invites").selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(await world.app.db.selectFrom("respondents").select("id").where("name", "=", "Familieambulatoriet, Rigshospitalet").execute()).toHaveLength(1);
    });

    it.each([
      ["no keys", {}, "keys"],
      ["an empty list", { keys: [] }, "keys"],
      ["a key that is not text", { keys: [7] }, "keys.0"],
      ["a contact for an offer not invited", { keys: [FAMILIE], contacts: { [SKOVLY]: { contactName: "X" } } }, `contacts.${SKOVLY}`],
      ["a bad contact email", { keys: [FAMILIE], contacts: { [FAMILIE]: { contactEmail: "nej" } } }, `contacts.${FAMILIE}.contactEmail`],
      ["an unknown field", { keys: [FAMILIE], send: true }, "send"],
    ])("refuses %s with 400 naming the field, inviting nobody", async (_name, body, field) => {
      world = await startCampaignWorld(dialect);
      await named();
      const before = await mailState(world.app);
      const res = await world.secretariat.post(`${base()}/invite`, body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.field).toBe(field);
      expect(await mailState(world.app)).toEqual(before);
    });

    it("is refused (409) in a closed campaign and in one without an offer questionnaire", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" })).status).toBe(200);
      const before = await mailState(world.app);
      expect((await world.secretariat.post(`${base()}/invite`, { keys: [FAMILIE] })).status).toBe(409);
      expect(await mailState(world.app)).toEqual(before);

      const { offerQuestionnaire: _none, ...withoutOffers } = createCampaignBody;
      const created = await world.secretariat.post("/api/campaigns", withoutOffers);
      expect(created.status).toBe(201);
      const res = await world.secretariat.post(`/api/campaigns/${created.body.campaign.id}/named-offers/invite`, { keys: [FAMILIE] });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/no questionnaire for offers/);
    });

    it("is only for the campaign's secretariat: 403 for readers, 404 for others", async () => {
      world = await startCampaignWorld(dialect);
      await named();
      const clients = await accessClients(world);
      const before = await mailState(world.app);
      for (const client of [clients.reviewer, clients.national]) expect((await client.post(`${base()}/invite`, { keys: [FAMILIE] })).status).toBe(403);
      for (const client of [clients.otherRegion, clients.otherReviewer]) expect((await client.post(`${base()}/invite`, { keys: [FAMILIE] })).status).toBe(404);
      expect(await mailState(world.app)).toEqual(before);
    });
  });
});
