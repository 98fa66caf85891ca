import { afterEach, describe, expect, it } from "vitest";
import { countRows, expectRefused, startWorkflowWorld, type WorkflowWorld } from "../approval/report-workflow-test-kit.js";
import { auditActions, createCampaignBody } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

describe.each(dialects)("review comments on %s", (dialect) => {
  let world: WorkflowWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  const path = () => `/api/campaigns/${world.campaignId}/comments`;

  it("takes comments from the reference group and the secretariat on responses and sections; the secretariat resolves", async () => {
    world = await startWorkflowWorld(dialect);
    const tarnby = world.municipalities.find((m) => m.name === "Tårnby")!;
    const onResponse = await world.reviewer.post(path(), { target: { type: "response", respondentId: tarnby.respondentId }, text: "Tallene for 2018 ser høje ud – kan Tårnby bekræfte dem?" });
    expect(onResponse.status, onResponse.text).toBe(201);
    expect(onResponse.body).toMatchObject({
      target: { type: "response", respondentId: tarnby.respondentId, respondentName: "Tårnby" },
      text: "Tallene for 2018 ser høje ud – kan Tårnby bekræfte dem?",
      author: { id: world.reviewer.user!.id, name: "Rikke Referencegruppe", role: "reviewer" },
      resolvedAt: null,
      resolvedBy: null,
      warnings: [],
    });
    world.clock.advance(1000);
    const onSection = await world.secretariat.post(path(), { target: { type: "section", sectionId: "screening" }, text: "Vi tilføjer tærsklerne i afsnittet." });
    expect(onSection.status).toBe(201);
    expect(onSection.body.author.role).toBe("secretariat");

    const list = await world.national.get(path());
    expect(list.status).toBe(200);
    expect(list.body.comments.map((c: { id: string }) => c.id)).toEqual([onResponse.body.id, onSection.body.id]);
    expect(list.body.comments[0]).not.toHaveProperty("warnings");

    world.clock.advance(1000);
    const resolved = await world.colleague.post(`${path()}/${onResponse.body.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ id: onResponse.body.id, resolvedAt: new Date(world.clock.now()).toISOString(), resolvedBy: { id: world.colleague.user!.id } });
    expect(resolved.body.text).toBe(onResponse.body.text);
    // again: nothing changes, the first resolution stands
    world.clock.advance(1000);
    const again = await world.secretariat.post(`${path()}/${onResponse.body.id}/resolve`);
    expect(again.status).toBe(200);
    expect(again.body.resolvedBy.id).toBe(world.colleague.user!.id);
    const actions = await auditActions(world.app, world.campaignId);
    expect(actions.filter((a) => a === "comment.created")).toHaveLength(2);
    expect(actions.filter((a) => a === "comment.resolved")).toHaveLength(1);
  });

  it("warns about CPR-like text in a comment and saves it", async () => {
    world = await startWorkflowWorld(dialect);
    const response = await world.reviewer.post(path(), { target: { type: "section", sectionId: "maalgruppe" }, text: "Se sagen om 2512891234." });
    expect(response.status).toBe(201);
    expect(response.body.warnings).toMatchObject([{ field: "text", code: "cpr", index: 12, length: 10 }]);
  });

  it("refuses comments from a reviewer of another campaign (404), the national board and other regions, and resolving by reviewers", async () => {
    world = await startWorkflowWorld(dialect);
    const body = { target: { type: "section", sectionId: "maalgruppe" }, text: "Kommentar" };
    await expectRefused(world.app, () => world.otherReviewer.post(path(), body), 404);
    await expectRefused(world.app, () => world.otherRegion.post(path(), body), 404);
    await expectRefused(world.app, () => world.national.post(path(), body), 403);
    await expectRefused(world.app, () => world.reviewer.post(path(), body, { csrf: false }), 403);
    expect((await world.otherReviewer.get(path())).status).toBe(404);
    expect((await world.otherRegion.get(path())).status).toBe(404);
    expect((await world.app.client().get(path())).status).toBe(401);

    const created = await world.reviewer.post(path(), body);
    await expectRefused(world.app, () => world.reviewer.post(`${path()}/${created.body.id}/resolve`), 403);
    await expectRefused(world.app, () => world.national.post(`${path()}/${created.body.id}/resolve`), 403);
    await expectRefused(world.app, () => world.otherRegion.post(`${path()}/${created.body.id}/resolve`), 404);
    await expectRefused(world.app, () => world.secretariat.post(`${path()}/no-such-comment/resolve`), 404);
    // a comment is not found through another campaign of the same secretariat
    const other = await world.secretariat.post("/api/campaigns", { ...createCampaignBody, title: "Anden" });
    await expectRefused(world.app, () => world.secretariat.post(`/api/campaigns/${other.body.campaign.id}/comments/${created.body.id}/resolve`), 404);
    expect(await countRows(world.app, "report_comments")).toBe(1);
  });

  it.each([
    ["empty text", { target: { type: "section", sectionId: "maalgruppe" }, text: "   " }, "text"],
    ["text over 5,000 characters", { target: { type: "section", sectionId: "maalgruppe" }, text: "å".repeat(5001) }, "text"],
    ["an unknown section", { target: { type: "section", sectionId: "budget" }, text: "Hej" }, "target.sectionId"],
    ["an unknown target type", { target: { type: "campaign" }, text: "Hej" }, "target.type"],
    ["a response target without respondentId", { target: { type: "response" }, text: "Hej" }, "target.respondentId"],
    ["no target", { text: "Hej" }, "target"],
    ["an unknown field", { target: { type: "section", sectionId: "maalgruppe" }, text: "Hej", pinned: true }, "pinned"],
  ])("refuses %s with 400 naming the field, storing nothing", async (_name, body, field) => {
    world = await startWorkflowWorld(dialect);
    await expectRefused(world.app, () => world.reviewer.post(path(), body), 400, field);
  });

  it("refuses a respondent of another campaign as target", async () => {
    world = await startWorkflowWorld(dialect);
    const other = await world.secretariat.post("/api/campaigns", { ...createCampaignBody, title: "Anden" });
    const invited = await world.secretariat.post(`/api/campaigns/${other.body.campaign.id}/respondents/offers`, { name: "Andet tilbud", operator: "private" });
    expect(invited.status).toBe(201);
    const body = { target: { type: "response", respondentId: invited.body.respondent.id }, text: "Hej" };
    await expectRefused(world.app, () => world.reviewer.post(path(), body), 400, "target.respondentId");
  });
});
