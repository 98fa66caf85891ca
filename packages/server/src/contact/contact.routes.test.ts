import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, expectStatus, startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { accessClients, auditOf, mailState } from "../outbox/mail-test-kit.js";
import { dialects } from "../test-support/dialects.js";

/** An XLSX file of contacts as a secretariat keeps one: a title row, a header, e-mails as hyperlinks. */
async function contactsWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kontakter");
  sheet.addRow(["Kommune", "Kontaktperson", "E-mail"]);
  sheet.addRow(["Albertslund", "Mette Hansen", { text: "mette@albertslund.dk", hyperlink: "mailto:mette@albertslund.dk" }]);
  sheet.addRow([]);
  sheet.addRow([101, "Jens Jensen", "jj@kk.dk"]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

describe.each(dialects)("contacts in bulk on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const contactsPath = () => `/api/campaigns/${world.campaignId}/contacts`;
  const respondentOf = (code: string) => world.municipalities.find((m) => m.kommuneCode === code)!;

  it("reads the first sheet of an XLSX file as rows of text, and refuses what is not one, naming the field", async () => {
    world = await startCampaignWorld(dialect);
    const read = await world.secretariat.post("/api/contact-sheets", { fileName: "kontakter.xlsx", contentBase64: await contactsWorkbook() });
    expect(read.status, read.text).toBe(200);
    expect(read.body).toEqual({
      sheetName: "Kontakter",
      rows: [
        ["Kommune", "Kontaktperson", "E-mail"],
        ["Albertslund", "Mette Hansen", "mette@albertslund.dk"],
        ["101", "Jens Jensen", "jj@kk.dk"],
      ],
    });

    const csv = await world.secretariat.post("/api/contact-sheets", { fileName: "k.xlsx", contentBase64: Buffer.from("Kommune;Navn\n").toString("base64") });
    expect(csv.status).toBe(400);
    expect(csv.body.error).toMatchObject({ code: "validation_failed", field: "contentBase64" });
    const zipButNotXlsx = await world.secretariat.post("/api/contact-sheets", { fileName: "k.xlsx", contentBase64: Buffer.from("PK\u0003\u0004garbage").toString("base64") });
    expect(zipButNotXlsx.status).toBe(400);
    expect(zipButNotXlsx.body.error.field).toBe("contentBase64");
    const notBase64 = await world.secretariat.post("/api/contact-sheets", { fileName: "k.xlsx", contentBase64: "ikke base64!" });
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.error.field).toBe("contentBase64");
    const tooLarge = await world.secretariat.post("/api/contact-sheets", { fileName: "k.xlsx", contentBase64: "A".repeat(700_000) });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.field).toBe("contentBase64");
    const noName = await world.secretariat.post("/api/contact-sheets", { fileName: " ", contentBase64: "" });
    expect(noName.status).toBe(400);
    expect(noName.body.error.field).toBe("fileName");

    const { national } = await accessClients(world);
    expect((await national.post("/api/contact-sheets", { fileName: "k.xlsx", contentBase64: await contactsWorkbook() })).status).toBe(403);
    expect((await world.app.client().post("/api/contact-sheets", { fileName: "k.xlsx", contentBase64: "" })).status).toBe(401);
  });

  it("saves many contacts at once, readdresses unsent mail, queues no invitation, and remembers them for the region's next campaign", async () => {
    world = await startCampaignWorld(dialect);
    const albertslund = respondentOf("165");
    const koebenhavn = respondentOf("101");
    // a reminder waiting without an address gets Albertslund's new one
    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/reminders`, { respondentIds: [albertslund.respondentId] }), 201);

    const saved = await world.secretariat.put(contactsPath(), {
      contacts: [
        { kommuneCode: "165", contactName: " Mette Hansen ", contactEmail: " Mette@Albertslund.DK " },
        { kommuneCode: "101", contactEmail: "jj@kk.dk" },
      ],
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.remembered).toBe(2);
    expect(saved.body.respondents).toEqual([
      expect.objectContaining({ id: albertslund.respondentId, contactName: "Mette Hansen", contactEmail: "mette@albertslund.dk" }),
      expect.objectContaining({ id: koebenhavn.respondentId, contactName: null, contactEmail: "jj@kk.dk" }),
    ]);
    const outbox = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages;
    expect(outbox.map((m: { kind: string; to: string | null }) => [m.kind, m.to])).toEqual([["reminder", "mette@albertslund.dk"]]);
    const [audit] = await auditOf(world.app, "respondent.contacts_imported");
    expect(audit!.details).toMatchObject({ given: 2, readdressedMessages: 1 });

    // saving the same again changes nothing it remembers
    expect((await world.secretariat.put(contactsPath(), { contacts: [{ kommuneCode: "165", contactName: "Mette Hansen", contactEmail: "mette@albertslund.dk" }] })).body.remembered).toBe(0);
    // a contact set by hand is remembered too
    expectStatus(await world.secretariat.patch(`/api/campaigns/${world.campaignId}/respondents/${respondentOf("151").respondentId}`, { contactEmail: "bo@balk.dk" }), 200);

    // the region's next campaign starts with them; nothing is mailed
    const next = await world.secretariat.post("/api/campaigns", { ...createCampaignBody, title: "Opfølgning 2022" });
    expectStatus(next, 201);
    const nextId = next.body.campaign.id as string;
    const invited = await world.secretariat.post(`/api/campaigns/${nextId}/respondents/municipalities`);
    expectStatus(invited, 201);
    const withAddress = invited.body.invited
      .filter((i: { respondent: { contactEmail: string | null } }) => i.respondent.contactEmail !== null)
      .map((i: { respondent: { kommuneCode: string; contactName: string | null; contactEmail: string } }) => [i.respondent.kommuneCode, i.respondent.contactName, i.respondent.contactEmail]);
    expect(withAddress).toEqual([
      ["101", null, "jj@kk.dk"],
      ["151", null, "bo@balk.dk"],
      ["165", "Mette Hansen", "mette@albertslund.dk"],
    ]);
    expect((await world.secretariat.get(`/api/campaigns/${nextId}/outbox`)).body.messages).toEqual([]);
    const remembered = await world.secretariat.get(`/api/campaigns/${nextId}/contacts/remembered`);
    expect(remembered.status).toBe(200);
    expect(remembered.body.contacts.map((c: { kommuneCode: string; kommuneName: string }) => [c.kommuneCode, c.kommuneName])).toEqual([
      ["101", "København"],
      ["151", "Ballerup"],
      ["165", "Albertslund"],
    ]);

    // another region's secretariat neither sees them nor gets them
    const { otherRegion, national } = await accessClients(world);
    const theirs = await otherRegion.post("/api/campaigns", createCampaignBody);
    const theirInvite = await otherRegion.post(`/api/campaigns/${theirs.body.campaign.id}/respondents/municipalities`);
    expect(theirInvite.body.invited.every((i: { respondent: { contactEmail: string | null } }) => i.respondent.contactEmail === null)).toBe(true);
    expect((await otherRegion.get(`/api/campaigns/${theirs.body.campaign.id}/contacts/remembered`)).body.contacts).toEqual([]);
    expect((await otherRegion.get(`/api/campaigns/${nextId}/contacts/remembered`)).status).toBe(404);
    expect((await national.get(`/api/campaigns/${nextId}/contacts/remembered`)).status).toBe(403);
  });

  it("refuses every bad contact naming its field, and saves nothing then", async () => {
    world = await startCampaignWorld(dialect);
    const before = await mailState(world.app);
    const refuse = async (body: unknown, field: string) => {
      const res = await world.secretariat.put(contactsPath(), body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.field).toBe(field);
      return res;
    };
    await refuse({ contacts: [{ kommuneCode: "165", contactEmail: "not-an-address" }] }, "contacts.0.contactEmail");
    await refuse({ contacts: [{ kommuneCode: "165", contactName: "M", contactEmail: "m@a.dk" }, { kommuneCode: "1650", contactEmail: "x@a.dk" }] }, "contacts.1.kommuneCode");
    await refuse({ contacts: [{ kommuneCode: "165" }] }, "contacts.0.contactEmail");
    await refuse({ contacts: [{ kommuneCode: "165", contactEmail: "m@a.dk", phone: "1234" }] }, "contacts.0.phone");
    await refuse({ contacts: [{ kommuneCode: "165", contactName: "x".repeat(201), contactEmail: "m@a.dk" }] }, "contacts.0.contactName");
    await refuse({ contacts: [] }, "contacts");
    await refuse({}, "contacts");
    const aarhus = await refuse({ contacts: [{ kommuneCode: "165", contactEmail: "m@a.dk" }, { kommuneCode: "751", contactEmail: "a@aarhus.dk" }] }, "contacts.1.kommuneCode");
    expect(aarhus.body.error.message).toContain("Aarhus is not invited in this campaign");
    const twice = await refuse({ contacts: [{ kommuneCode: "165", contactEmail: "m@a.dk" }, { kommuneCode: "165", contactEmail: "n@a.dk" }] }, "contacts.1.kommuneCode");
    expect(twice.body.error.message).toContain("given twice");
    expect(await mailState(world.app)).toEqual(before);
    expect(await world.app.db.selectFrom("region_contacts").selectAll().execute()).toEqual([]);

    const { otherRegion, reviewer, national } = await accessClients(world);
    const one = { contacts: [{ kommuneCode: "165", contactEmail: "m@a.dk" }] };
    expect((await otherRegion.put(contactsPath(), one)).status).toBe(404);
    expect((await reviewer.put(contactsPath(), one)).status).toBe(403);
    expect((await national.put(contactsPath(), one)).status).toBe(403);
    expect((await world.app.client().put(contactsPath(), one)).status).toBe(401);
    expect((await world.secretariat.put(`/api/campaigns/no-such/contacts`, one)).status).toBe(404);
  });
});
