import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { auditActions, createCampaignBody, startCampaignWorld, storedState, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import type { TestClient } from "../test-support/test-app.js";
import { dialects } from "../test-support/dialects.js";
import { samples } from "./file-samples.js";

function form(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  if (file) data.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
  return data;
}

function upload(client: TestClient, token: string, data: FormData) {
  return client.raw(`/api/respond/${token}/attachments`, { method: "POST", body: data });
}

describe.each(dialects)("attachments on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  it("stores a file for a file question, lists it, lets the answer refer to it, serves it as a download and deletes it", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const uploaded = await upload(world.respondent, token, form({ question: "cooperationAgreements" }, { name: "Samarbejdsaftale Ærø.pdf", bytes: samples.pdf, type: "text/html" }));
    expect(uploaded.status, uploaded.text).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String),
      name: "Samarbejdsaftale Ærø.pdf",
      size: samples.pdf.byteLength,
      contentType: "application/pdf",
      sha256: createHash("sha256").update(samples.pdf).digest("hex"),
      question: "cooperationAgreements",
    });
    const id = uploaded.body.id as string;
    expect((await world.respondent.get(`/api/respond/${token}`)).body.attachments).toEqual([uploaded.body]);

    const answer = { cooperationAgreements: [{ name: "Samarbejdsaftale Ærø.pdf", type: "application/pdf", content: `attachment:${id}` }] };
    const saved = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 0, answers: answer });
    expect(saved.status, saved.text).toBe(200);

    const download = await world.respondent.raw(`/api/respond/${token}/attachments/${id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="Samarbejdsaftale Aeroe.pdf"; filename*=UTF-8''Samarbejdsaftale%20%C3%86r%C3%B8.pdf`,
    );
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-security-policy")).toBe("sandbox");
    expect(Buffer.from(download.text, "latin1").length).toBeGreaterThan(0);

    const bySecretariat = await world.secretariat.raw(`/api/campaigns/${world.campaignId}/attachments/${id}`);
    expect(bySecretariat.status).toBe(200);
    expect(bySecretariat.headers.get("content-disposition")).toMatch(/^attachment;/);

    expect((await world.respondent.delete(`/api/respond/${token}/attachments/${id}`)).status).toBe(204);
    expect((await world.respondent.raw(`/api/respond/${token}/attachments/${id}`)).status).toBe(404);
    // the answer that referred to it can still be saved unchanged afterwards
    expect((await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 1, answers: { ...answer, respondentUnit: "A" } })).status).toBe(200);
    const actions = await auditActions(world.app, world.campaignId);
    expect(actions).toEqual(expect.arrayContaining(["attachment.uploaded", "attachment.deleted"]));
  });

  it("accepts every allowed type with a matching extension", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    for (const [name, bytes] of [
      ["a.docx", samples.docx],
      ["a.doc", samples.doc],
      ["a.odt", samples.odt],
      ["a.xlsx", samples.xlsx],
      ["a.png", samples.png],
      ["a.JPG", samples.jpeg],
    ] as const) {
      const response = await upload(world.respondent, token, form({ question: "cooperationAgreements" }, { name, bytes }));
      expect(response.status, `${name}: ${response.text}`).toBe(201);
    }
  });

  it.each([
    ["HTML renamed to .pdf", "aftale.pdf", samples.html, 415],
    ["a PDF renamed to .docx", "aftale.docx", samples.pdf, 415],
    ["an executable", "program.exe", samples.exe, 415],
    ["an HTML page", "side.html", samples.html, 415],
    ["a file without extension", "aftale", samples.pdf, 415],
    ["an empty file", "tom.pdf", new Uint8Array(), 400],
  ])("refuses %s, storing nothing", async (_name, fileName, bytes, status) => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const response = await upload(world.respondent, token, form({ question: "cooperationAgreements" }, { name: fileName, bytes }));
    expect(response.status, response.text).toBe(status);
    expect(response.body.error.field).toBe("file");
    expect((await storedState(world.app, token)).attachmentCount).toBe(0);
  });

  it("refuses a file larger than the limit with 413, storing nothing", async () => {
    world = await startCampaignWorld(dialect, { config: { maxUploadBytes: 1024 } });
    const { token } = world.municipalities[0]!;
    const big = Buffer.concat([samples.pdf, Buffer.alloc(2048, 0x20)]);
    const response = await upload(world.respondent, token, form({ question: "cooperationAgreements" }, { name: "stor.pdf", bytes: big }));
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
    expect((await storedState(world.app, token)).attachmentCount).toBe(0);
    const small = await upload(world.respondent, token, form({ question: "cooperationAgreements" }, { name: "lille.pdf", bytes: samples.pdf }));
    expect(small.status).toBe(201);
  });

  it.each([
    ["a question that is not a file question", { question: "respondentUnit" }, true, "question"],
    ["an unknown question", { question: "nope" }, true, "question"],
    ["no question", {}, true, "question"],
    ["an unknown field", { question: "cooperationAgreements", note: "x" }, true, "note"],
    ["no file", { question: "cooperationAgreements" }, false, "file"],
  ])("refuses %s with 400 naming the field", async (_name, fields, withFile, field) => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const data = form(fields as Record<string, string>, withFile ? { name: "a.pdf", bytes: samples.pdf } : undefined);
    const response = await upload(world.respondent, token, data);
    expect(response.status, response.text).toBe(400);
    expect(response.body.error.field).toBe(field);
    expect((await storedState(world.app, token)).attachmentCount).toBe(0);
  });

  it("refuses two files in one upload and a JSON body", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const data = form({ question: "cooperationAgreements" }, { name: "a.pdf", bytes: samples.pdf });
    data.append("file", new Blob([new Uint8Array(samples.pdf)]), "b.pdf");
    expect((await upload(world.respondent, token, data)).status).toBe(400);
    expect((await world.respondent.post(`/api/respond/${token}/attachments`, { question: "cooperationAgreements" })).status).toBe(400);
    expect((await storedState(world.app, token)).attachmentCount).toBe(0);
  });

  it("keeps respondents apart: another respondent's token can neither read nor delete a file, nor refer to it", async () => {
    world = await startCampaignWorld(dialect);
    const [a, b] = world.municipalities;
    const uploaded = await upload(world.respondent, a!.token, form({ question: "cooperationAgreements" }, { name: "a.pdf", bytes: samples.pdf }));
    const id = uploaded.body.id as string;
    const read = await world.respondent.raw(`/api/respond/${b!.token}/attachments/${id}`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe("not_found");
    expect((await world.respondent.delete(`/api/respond/${b!.token}/attachments/${id}`)).status).toBe(404);
    const refer = await world.respondent.put(`/api/respond/${b!.token}/answers`, {
      baseRevision: 0,
      answers: { cooperationAgreements: [{ name: "a.pdf", type: "application/pdf", content: `attachment:${id}` }] },
    });
    expect(refer.status).toBe(400);
    expect((await storedState(world.app, a!.token)).attachmentCount).toBe(1);
    expect((await storedState(world.app, b!.token)).revisions).toEqual([]);
    expect((await world.respondent.raw(`/api/respond/${a!.token}/attachments/${id}`)).status).toBe(200);
  });

  it("lets only the campaign's own secretariat and reviewers download through the campaign", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const uploaded = await upload(world.respondent, token, form({ question: "cooperationAgreements" }, { name: "a.pdf", bytes: samples.pdf }));
    const id = uploaded.body.id as string;
    const path = `/api/campaigns/${world.campaignId}/attachments/${id}`;

    const ownReviewer = await world.app.createUser({ role: "reviewer" });
    await world.secretariat.post(`/api/campaigns/${world.campaignId}/reviewers`, { userId: ownReviewer.id });
    const ownClient = world.app.client();
    await ownClient.post("/api/auth/login", { email: ownReviewer.email, password: ownReviewer.password });
    expect((await ownClient.raw(path)).status).toBe(200);

    const other = await world.secretariat.post("/api/campaigns", createCampaignBody);
    const otherReviewer = await world.app.createUser({ role: "reviewer" });
    await world.secretariat.post(`/api/campaigns/${other.body.campaign.id}/reviewers`, { userId: otherReviewer.id });
    const otherClient = world.app.client();
    await otherClient.post("/api/auth/login", { email: otherReviewer.email, password: otherReviewer.password });
    expect((await otherClient.raw(path)).status).toBe(404);
    // the file through the other campaign's id
    expect((await otherClient.raw(`/api/campaigns/${other.body.campaign.id}/attachments/${id}`)).status).toBe(404);
    expect((await world.secretariat.raw(`/api/campaigns/${other.body.campaign.id}/attachments/${id}`)).status).toBe(404);
    const otherRegion = await world.app.login({ role: "secretariat", regionCode: "1082" });
    expect((await otherRegion.raw(path)).status).toBe(404);
    expect((await world.app.client().raw(path)).status).toBe(401);
  });

  it("refuses uploads and deletions once the response is submitted (409)", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.offer;
    const uploaded = await upload(world.respondent, token, form({ question: "competences" }, { name: "a.pdf", bytes: samples.pdf }));
    expect(uploaded.status).toBe(400);
    const { token: kommune } = world.municipalities[0]!;
    const file = await upload(world.respondent, kommune, form({ question: "cooperationAgreements" }, { name: "a.pdf", bytes: samples.pdf }));
    await world.respondent.post(`/api/respond/${kommune}/submit`, {
      baseRevision: 0,
      answers: { targetGroupCount: { "2017": 0, "2018": 1, "2019": 0 }, refersToOffers: false, cooperationForms: ["none"], futureOrganisation: "Plan" },
    });
    const late = await upload(world.respondent, kommune, form({ question: "cooperationAgreements" }, { name: "b.pdf", bytes: samples.pdf }));
    expect(late.status).toBe(409);
    expect((await world.respondent.delete(`/api/respond/${kommune}/attachments/${file.body.id}`)).status).toBe(409);
    expect((await storedState(world.app, kommune)).attachmentCount).toBe(1);
  });
});
