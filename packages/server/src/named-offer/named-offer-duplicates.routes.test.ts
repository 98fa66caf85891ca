import { duplicateGroupKey, offerKey } from "@afrapport/schema";
import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { accessClients, auditOf } from "../outbox/mail-test-kit.js";
import { dialects } from "../test-support/dialects.js";

interface OfferRow {
  name: string;
  operator?: string;
  legalBasis?: string[];
  location?: string;
}

const SOLHJEM_APS = offerKey("Opholdsstedet Solhjem ApS", "private");
const SOLHJEM = offerKey("Solhjem", "private");
const SOLHJEM_STED = offerKey("Opholdssted Solhjem", "private");
const SOLHJEM_KOMMUNAL = offerKey("Solhjem", "municipal");
const SKOVLY_AND = offerKey("Skovly & Engly", "regional");
const SKOVLY_OG = offerKey("Skovly og Engly", "regional");
const KASTANJE = offerKey("Kastanjehuset", "private");

describe.each(dialects)("suggested offer duplicates on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const base = () => `/api/campaigns/${world.campaignId}/named-offers`;
  const submit = async (index: number, offers: OfferRow[]) => {
    const answers = { ...validKommuneAnswers, refersToOffers: true, offersUsed: offers };
    const res = await world.respondent.post(`/api/respond/${world.municipalities[index]!.token}/submit`, { baseRevision: 0, answers });
    expect(res.status, res.text).toBe(200);
  };

  /** Seven spellings of three offers, a namesake of another operator, and an offer alone. */
  async function named() {
    await submit(0, [
      { name: "Opholdsstedet Solhjem ApS", operator: "private", legalBasis: ["sel-107"], location: "Holbæk" },
      { name: "Skovly & Engly", operator: "regional", legalBasis: ["sel-101"] },
      { name: "Kastanjehuset", operator: "private", legalBasis: ["sel-101"] },
    ]);
    await submit(1, [
      { name: "Solhjem", operator: "private", legalBasis: ["sel-107"], location: "Holbæk Kommune" },
      { name: "Skovly og Engly", operator: "regional", legalBasis: ["sel-101"] },
    ]);
    await submit(2, [
      { name: "Opholdssted Solhjem", operator: "private", legalBasis: ["sel-108"] },
      { name: "Solhjem", operator: "municipal", legalBasis: ["sel-108"] },
      { name: "Solhjem", operator: "private", legalBasis: ["sel-107"], location: "Holbæk" },
    ]);
  }
  const keysOf = (groups: { offers: { key: string }[] }[]) => groups.map((g) => g.offers.map((o) => o.key).sort());

  it("lists each likely group once, the most named first, with what differs; other operators apart", async () => {
    world = await startCampaignWorld(dialect);
    expect((await world.secretariat.get(`${base()}/duplicates`)).body).toEqual({ groups: [] });
    await named();
    const res = await world.secretariat.get(`${base()}/duplicates`);
    expect(res.status, res.text).toBe(200);
    expect(keysOf(res.body.groups).sort()).toEqual([[SKOVLY_AND, SKOVLY_OG].sort(), [SOLHJEM_APS, SOLHJEM, SOLHJEM_STED].sort()].sort());
    const solhjem = res.body.groups.find((g: { offers: { key: string }[] }) => g.offers.some((o) => o.key === SOLHJEM));
    expect(solhjem.offers[0].key).toBe(SOLHJEM); // named by two municipalities
    expect(solhjem.differences).toEqual(["name", "location"]);
    expect(solhjem.groupKey).toBe(duplicateGroupKey([SOLHJEM_APS, SOLHJEM, SOLHJEM_STED]));
    expect(keysOf(res.body.groups).flat()).not.toContain(SOLHJEM_KOMMUNAL);
    expect(keysOf(res.body.groups).flat()).not.toContain(KASTANJE);
    const clients = await accessClients(world);
    expect((await clients.reviewer.get(`${base()}/duplicates`)).status).toBe(200);
    expect((await clients.otherRegion.get(`${base()}/duplicates`)).status).toBe(404);
  });

  it("merges a whole group into the chosen spelling in one step, audited", async () => {
    world = await startCampaignWorld(dialect);
    await named();
    const merged = await world.secretariat.post(`${base()}/merge-group`, { keys: [SOLHJEM, SOLHJEM_APS, SOLHJEM_STED], into: SOLHJEM_APS });
    expect(merged.status, merged.text).toBe(201);
    const offer = merged.body.offers.find((o: { key: string }) => o.key === SOLHJEM_APS);
    expect(offer).toMatchObject({ name: "Opholdsstedet Solhjem ApS", mergedKeys: [SOLHJEM, SOLHJEM_STED].sort(), legalBasis: ["sel-107", "sel-108"] });
    expect(offer.namedBy).toHaveLength(3);
    expect(merged.body.offers.some((o: { key: string }) => o.key === SOLHJEM || o.key === SOLHJEM_STED)).toBe(false);
    expect((await auditOf(world.app, "named_offer.merged")).map((e) => e.details)).toEqual([
      { from: SOLHJEM, into: SOLHJEM_APS, group: true },
      { from: SOLHJEM_STED, into: SOLHJEM_APS, group: true },
    ]);
    // the group is no longer suggested
    expect(keysOf((await world.secretariat.get(`${base()}/duplicates`)).body.groups)).toEqual([[SKOVLY_AND, SKOVLY_OG].sort()]);
    // a merged key cannot be merged again: nothing changes
    const again = await world.secretariat.post(`${base()}/merge-group`, { keys: [SOLHJEM, KASTANJE], into: KASTANJE });
    expect(again.status, again.text).toBe(409);
    expect(again.body.error.field).toBe("keys.0");
    expect(await auditOf(world.app, "named_offer.merged")).toHaveLength(2);
  });

  it("dismisses a group so it is not suggested again", async () => {
    world = await startCampaignWorld(dialect);
    await named();
    const dismissed = await world.secretariat.post(`${base()}/duplicates/dismiss`, { keys: [SKOVLY_OG, SKOVLY_AND] });
    expect(dismissed.status, dismissed.text).toBe(201);
    expect(keysOf(dismissed.body.groups)).toEqual([[SOLHJEM_APS, SOLHJEM, SOLHJEM_STED].sort()]);
    expect((await world.secretariat.post(`${base()}/duplicates/dismiss`, { keys: [SKOVLY_AND, SKOVLY_OG] })).status).toBe(200);
    expect(keysOf((await world.secretariat.get(`${base()}/duplicates`)).body.groups)).toHaveLength(1);
    expect(await auditOf(world.app, "named_offer.duplicates_dismissed")).toHaveLength(1);
    const clients = await accessClients(world);
    expect((await clients.reviewer.post(`${base()}/duplicates/dismiss`, { keys: [SOLHJEM, SOLHJEM_APS] })).status).toBe(403);
  });

  it.each([
    ["one key", { keys: [SOLHJEM], into: SOLHJEM }, 400, "keys"],
    ["a repeated key", { keys: [SOLHJEM, SOLHJEM], into: SOLHJEM }, 400, "keys.1"],
    ["an into outside the group", { keys: [SOLHJEM, SOLHJEM_APS], into: KASTANJE }, 400, "into"],
    ["a key nobody named", { keys: [SOLHJEM, "ingen|private"], into: SOLHJEM }, 400, "keys.1"],
    ["no into", { keys: [SOLHJEM, SOLHJEM_APS] }, 400, "into"],
    ["an unknown field", { keys: [SOLHJEM, SOLHJEM_APS], into: SOLHJEM, all: true }, 400, "all"],
  ])("refuses a group merge with %s, merging nothing", async (_name, body, status, field) => {
    world = await startCampaignWorld(dialect);
    await named();
    const res = await world.secretariat.post(`${base()}/merge-group`, body);
    expect(res.status, res.text).toBe(status);
    expect(res.body.error.field).toBe(field);
    expect(await auditOf(world.app, "named_offer.merged")).toEqual([]);
    expect((await world.app.db.selectFrom("offer_merges").selectAll().execute()).length).toBe(0);
  });

  it("lets only the secretariat merge a group", async () => {
    world = await startCampaignWorld(dialect);
    await named();
    const clients = await accessClients(world);
    const body = { keys: [SOLHJEM, SOLHJEM_APS], into: SOLHJEM };
    expect((await clients.reviewer.post(`${base()}/merge-group`, body)).status).toBe(403);
    expect((await clients.otherRegion.post(`${base()}/merge-group`, body)).status).toBe(404);
  });
});
