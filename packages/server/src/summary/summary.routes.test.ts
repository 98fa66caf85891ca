import { afterEach, describe, expect, it } from "vitest";
import { countRows, expectRefused, startWorkflowWorld, type WorkflowWorld } from "../approval/report-workflow-test-kit.js";
import { auditActions } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

describe.each(dialects)("report summaries on %s", (dialect) => {
  let world: WorkflowWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  const path = (section = "") => `/api/campaigns/${world.campaignId}/summaries${section === "" ? "" : `/${section}`}`;

  it("lists every section of both questionnaires, saves versions and keeps the history", async () => {
    world = await startWorkflowWorld(dialect);
    const empty = await world.secretariat.get(path());
    expect(empty.status).toBe(200);
    expect(empty.body.summaries.map((s: { sectionId: string }) => s.sectionId)).toEqual(["maalgruppe", "tilbud", "samarbejde", "fremadrettet", "tilbud-profil", "screening"]);
    expect(empty.body.summaries[0]).toMatchObject({ text: "", version: 0, updatedBy: null, updatedAt: null, audience: "municipality", title: { da: expect.any(String) } });

    const text = "Målgruppen vokser i Tårnby og på Frederiksberg.\r\n\r\nSærligt behov for døgnpladser.";
    const first = await world.secretariat.put(path("maalgruppe"), { text, baseVersion: 0 });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ sectionId: "maalgruppe", version: 1, text: text.replace(/\r\n/g, "\n"), warnings: [] });
    expect(first.body.updatedBy.id).toBe(world.secretariat.user!.id);

    world.clock.advance(60_000);
    const second = await world.colleague.put(path("maalgruppe"), { text: "Ny tekst fra kollegaen – æøå.", baseVersion: 1 });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);

    const list = await world.reviewer.get(path());
    expect(list.body.summaries.find((s: { sectionId: string }) => s.sectionId === "maalgruppe")).toMatchObject({ version: 2, text: "Ny tekst fra kollegaen – æøå." });
    const versions = await world.national.get(`${path("maalgruppe")}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.body.versions[1].text).toBe(text.replace(/\r\n/g, "\n"));
    expect(await auditActions(world.app, world.campaignId)).toEqual(expect.arrayContaining(["summary.saved"]));
    expect((await auditActions(world.app, world.campaignId)).filter((a) => a === "summary.saved")).toHaveLength(2);
  });

  it("refuses a stale save with 409 stale_revision and the colleague's text, and stores nothing", async () => {
    world = await startWorkflowWorld(dialect);
    expect((await world.secretariat.put(path("samarbejde"), { text: "Første udkast om samarbejde.", baseVersion: 0 })).status).toBe(200);
    const body = await expectRefused(world.app, () => world.colleague.put(path("samarbejde"), { text: "Min egen version", baseVersion: 0 }), 409, "baseVersion");
    expect(body.error.code).toBe("stale_revision");
    expect(body.current).toMatchObject({ sectionId: "samarbejde", version: 1, text: "Første udkast om samarbejde." });
    // a base version from the future is stale too
    await expectRefused(world.app, () => world.colleague.put(path("samarbejde"), { text: "x", baseVersion: 7 }), 409, "baseVersion");
    expect(await countRows(world.app, "report_summaries")).toBe(1);
  });

  it("adds no version when the text is unchanged", async () => {
    world = await startWorkflowWorld(dialect);
    await world.secretariat.put(path("tilbud"), { text: "Samme tekst", baseVersion: 0 });
    const again = await world.secretariat.put(path("tilbud"), { text: "Samme tekst", baseVersion: 1 });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(1);
    const nothing = await world.secretariat.put(path("screening"), { text: "", baseVersion: 0 });
    expect(nothing.body.version).toBe(0);
    expect(await countRows(world.app, "report_summaries")).toBe(1);
  });

  it("saves text that looks like a CPR number, with a warning", async () => {
    world = await startWorkflowWorld(dialect);
    const response = await world.secretariat.put(path("fremadrettet"), { text: "Borgeren 010190-1234 er nævnt.", baseVersion: 0 });
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(1);
    expect(response.body.warnings).toEqual([{ field: "text", code: "cpr", message: { da: expect.stringContaining("CPR"), en: expect.stringContaining("CPR") }, index: 9, length: 11 }]);
  });

  it.each([
    ["an unknown section", "ukendt-afsnit", { text: "x", baseVersion: 0 }, "sectionId"],
    ["text over 20,000 characters", "maalgruppe", { text: "æ".repeat(20_001), baseVersion: 0 }, "text"],
    ["no baseVersion", "maalgruppe", { text: "x" }, "baseVersion"],
    ["a negative baseVersion", "maalgruppe", { text: "x", baseVersion: -1 }, "baseVersion"],
    ["text that is not a string", "maalgruppe", { text: 5, baseVersion: 0 }, "text"],
    ["an unknown field", "maalgruppe", { text: "x", baseVersion: 0, author: "me" }, "author"],
  ])("refuses %s with 400 naming the field, storing nothing", async (_name, section, body, field) => {
    world = await startWorkflowWorld(dialect);
    await expectRefused(world.app, () => world.secretariat.put(path(section), body), 400, field);
  });

  it("takes exactly 20,000 characters", async () => {
    world = await startWorkflowWorld(dialect);
    const response = await world.secretariat.put(path("maalgruppe"), { text: "ø".repeat(20_000), baseVersion: 0 });
    expect(response.status).toBe(200);
  });

  it("lets reviewers and the national board read, only the region's secretariat write", async () => {
    world = await startWorkflowWorld(dialect);
    const body = { text: "Forsøg", baseVersion: 0 };
    expect((await world.reviewer.get(path())).status).toBe(200);
    expect((await world.national.get(path())).status).toBe(200);
    expect((await world.otherReviewer.get(path())).status).toBe(404);
    expect((await world.otherRegion.get(path())).status).toBe(404);
    expect((await world.app.client().get(path())).status).toBe(401);
    await expectRefused(world.app, () => world.reviewer.put(path("maalgruppe"), body), 403);
    await expectRefused(world.app, () => world.national.put(path("maalgruppe"), body), 403);
    await expectRefused(world.app, () => world.otherReviewer.put(path("maalgruppe"), body), 404);
    await expectRefused(world.app, () => world.otherRegion.put(path("maalgruppe"), body), 404);
    await expectRefused(world.app, () => world.secretariat.put(path("maalgruppe"), body, { csrf: false }), 403);
    expect((await world.secretariat.get(`/api/campaigns/no-such-campaign/summaries`)).status).toBe(404);
  });
});
