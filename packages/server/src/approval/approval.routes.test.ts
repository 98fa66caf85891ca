import { afterEach, describe, expect, it } from "vitest";
import { auditActions, createCampaignBody, expectStatus } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { countRows, danishNamed, expectRefused, startWorkflowWorld, submitAnswers, type WorkflowWorld } from "./report-workflow-test-kit.js";

describe.each(dialects)("approval path and snapshots on %s", (dialect) => {
  let world: WorkflowWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  const base = () => `/api/campaigns/${world.campaignId}`;
  const decide = (body: Record<string, unknown>, client = world.secretariat) => client.post(`${base()}/approval/decisions`, body);
  const council = (body: Record<string, unknown>, client = world.secretariat) => client.put(`${base()}/approval/councils`, body);
  const plan = (body: Record<string, unknown>, client = world.secretariat) => client.put(`${base()}/approval/plans`, body);
  const recordAllCouncils = async () => {
    const { councils } = (await world.secretariat.get(`${base()}/approval`)).body.councils;
    for (const { code } of councils) expectStatus(await council({ council: code, decision: "approved", date: "2026-12-14" }), 200);
  };

  it("starts with the region's default path, as a draft", async () => {
    world = await startWorkflowWorld(dialect);
    const response = await world.reviewer.get(`${base()}/approval`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      steps: [
        "Faglig referencegruppe",
        "Socialdirektørforum",
        "K29",
        "KKR Hovedstaden",
        "Kommunalbestyrelser og regionsråd",
        "Sendt til Socialstyrelsen",
      ].map((name, i) => ({ position: i + 1, name, plannedFrom: null, plannedTo: null, decidedOn: null, overdue: false, councils: i === 4 })),
      customSteps: false,
      decisions: [],
      state: "draft",
      nextStep: { position: 1, name: "Faglig referencegruppe" },
      allowedSteps: [1],
      reportChangedSinceLastSnapshot: false,
      councils: expect.objectContaining({ step: 5, started: false, missing: 30 }),
    });
    const syddanmark = await world.app.login({ role: "secretariat", regionCode: "1083" });
    const created = await syddanmark.post("/api/campaigns", createCampaignBody);
    expectStatus(created, 201);
    const steps = (await syddanmark.get(`/api/campaigns/${created.body.campaign.id}/approval`)).body.steps.map((s: { name: string }) => s.name);
    expect(steps).toContain("K22");
    expect(steps).toContain("KKR Syddanmark");
  });

  it("records a decision with a frozen snapshot that later edits do not change", async () => {
    world = await startWorkflowWorld(dialect);
    await submitAnswers(world);
    expectStatus(await world.secretariat.put(`${base()}/summaries/maalgruppe`, { text: "Første udkast – målgruppen vokser.", baseVersion: 0 }), 200);

    const recorded = await decide({ step: 1, date: "2026-12-01", decision: "approved-with-changes", note: "Uddyb afsnittet om døgnpladser." });
    expect(recorded.status, recorded.text).toBe(201);
    const { decision, snapshot, campaignStatus } = recorded.body;
    expect(decision).toMatchObject({ step: 1, stepName: "Faglig referencegruppe", date: "2026-12-01", decision: "approved-with-changes", note: "Uddyb afsnittet om døgnpladser." });
    expect(decision.decidedBy.id).toBe(world.secretariat.user!.id);
    expect(decision.snapshotId).toBe(snapshot.id);
    expect(campaignStatus).toBe("open");
    expect(snapshot.summaries).toEqual({ maalgruppe: "Første udkast – målgruppen vokser." });
    expect(snapshot.report.municipality.respondentCount.value).toBe(2);
    expect(snapshot.report.offer.respondentCount.value).toBe(1);
    expect(snapshot.report.municipality.responses.map((r: { respondentName: string }) => r.respondentName)).toEqual(
      expect.arrayContaining(danishNamed(world).slice(0, 2).map((m) => m.name)),
    );
    expect(snapshot.campaign).toMatchObject({ id: world.campaignId, regionCode: "1084", status: "open", regionName: { da: "Region Hovedstaden" } });
    expect(snapshot.campaign.approval).toEqual([{ position: 1, step: "Faglig referencegruppe", date: "2026-12-01", decision: "approved-with-changes", note: "Uddyb afsnittet om døgnpladser." }]);
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);

    const frozen = await world.secretariat.get(`${base()}/snapshots/${snapshot.id}`);
    expect(frozen.status).toBe(200);
    expect(frozen.body).toEqual(snapshot);

    let approval = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(approval).toMatchObject({ state: "in-approval", nextStep: { position: 2 }, reportChangedSinceLastSnapshot: false, customSteps: true });
    expect(approval.decisions).toEqual([decision]);

    // the live draft changes – a summary edit and a new submission – but the snapshot stays as it was
    world.clock.advance(3_600_000);
    expectStatus(await world.colleague.put(`${base()}/summaries/maalgruppe`, { text: "Ændret efter referencegruppen.", baseVersion: 1 }), 200);
    approval = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(approval.reportChangedSinceLastSnapshot).toBe(true);
    const third = danishNamed(world)[3]!;
    expectStatus(await world.respondent.post(`/api/respond/${third.token}/submit`, { baseRevision: 0, answers: { respondentUnit: "Sen", targetGroupCount: { "2017": 1, "2018": 1, "2019": 1 }, refersToOffers: false, cooperationForms: ["none"], futureOrganisation: "Senere svar." } }), 200);
    const after = await world.reviewer.get(`${base()}/snapshots/${snapshot.id}`);
    expect(after.body).toEqual(snapshot);

    // reverting the text is not enough: the report has a new response
    expectStatus(await world.colleague.put(`${base()}/summaries/maalgruppe`, { text: "Første udkast – målgruppen vokser.", baseVersion: 2 }), 200);
    expect((await world.secretariat.get(`${base()}/approval`)).body.reportChangedSinceLastSnapshot).toBe(true);

    const second = await decide({ step: "socialdirektørforum", date: "2026-12-08", decision: "approved" });
    expect(second.status).toBe(201);
    expect(second.body.snapshot.report.municipality.respondentCount.value).toBe(3);
    expect(second.body.snapshot.id).not.toBe(snapshot.id);
    expect((await world.secretariat.get(`${base()}/approval`)).body.reportChangedSinceLastSnapshot).toBe(false);
    expect(await auditActions(world.app, world.campaignId)).toEqual(
      expect.arrayContaining(["report.snapshot_created", "approval.decision_recorded"]),
    );
  });

  it("keeps decisions in order, sends the report back to draft on a rejection, and reports the campaign when sent", async () => {
    world = await startWorkflowWorld(dialect);
    const body = await expectRefused(world.app, () => decide({ step: 3, date: "2026-12-01", decision: "approved" }), 409, "step");
    expect(body.error.message).toBe("Step 3. K29 cannot decide before step 1. Faglig referencegruppe has a decision.");
    const sentEarly = await expectRefused(world.app, () => decide({ step: 1, date: "2026-12-01", decision: "sent" }), 400, "decision");
    expect(sentEarly.error.message).toMatch(/last step \(6\. Sendt til Socialstyrelsen\)/);

    expectStatus(await decide({ step: 1, date: "2026-12-01", decision: "approved" }), 201);
    expectStatus(await decide({ step: 2, date: "2026-12-03", decision: "noted" }), 201);
    await expectRefused(world.app, () => decide({ step: 1, date: "2026-12-04", decision: "approved" }), 409, "step");
    const rejected = await decide({ step: 3, date: "2026-12-05", decision: "rejected", note: "Mangler tal for 2019." });
    expect(rejected.status).toBe(201);
    let approval = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(approval).toMatchObject({ state: "draft", nextStep: { position: 3, name: "K29" }, allowedSteps: [1, 2, 3] });
    // the secretariat edits the draft and takes it to the social directors again
    expectStatus(await world.secretariat.put(`${base()}/summaries/maalgruppe`, { text: "Rettet efter K29.", baseVersion: 0 }), 200);
    await expectRefused(world.app, () => decide({ step: 4, date: "2026-12-06", decision: "approved" }), 409, "step");
    await expectRefused(world.app, () => decide({ step: 2, date: "2026-12-04", decision: "approved" }), 400, "date");
    expectStatus(await decide({ step: 2, date: "2026-12-10", decision: "approved" }), 201);
    for (const [step, date] of [[3, "2026-12-11"], [4, "2026-12-12"]] as const) {
      expectStatus(await decide({ step, date, decision: "approved" }), 201);
    }
    // `sent` on the councils' step, the last but one: refused, naming the decision
    await expectRefused(world.app, () => decide({ step: 5, date: "2026-12-15", decision: "sent" }), 400, "decision");
    await recordAllCouncils();
    expectStatus(await decide({ step: 5, date: "2026-12-15", decision: "approved" }), 201);
    // a closed campaign becomes reported when the report is sent
    expectStatus(await world.secretariat.post(`${base()}/status`, { status: "closed" }), 200);
    const sent = await decide({ step: 6, date: "2026-12-16", decision: "sent" });
    expect(sent.status).toBe(201);
    expect(sent.body.campaignStatus).toBe("reported");
    expect((await world.secretariat.get(base())).body.campaign.status).toBe("reported");
    approval = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(approval).toMatchObject({ state: "complete", nextStep: null, allowedSteps: [] });
    expect(approval.decisions.map((d: { step: number; decision: string }) => `${d.step}:${d.decision}`)).toEqual([
      "1:approved", "2:noted", "3:rejected", "2:approved", "3:approved", "4:approved", "5:approved", "6:sent",
    ]);
    expect(sent.body.snapshot.campaign.approval).toHaveLength(8);

    // a complete path: no more decisions, steps or text
    await expectRefused(world.app, () => decide({ step: 6, date: "2026-12-17", decision: "approved" }), 409, "step");
    await expectRefused(world.app, () => world.secretariat.put(`${base()}/approval/steps`, { steps: ["A"] }), 409, "steps");
    await expectRefused(world.app, () => world.secretariat.put(`${base()}/summaries/maalgruppe`, { text: "For sent.", baseVersion: 1 }), 409);
  });

  it("changes the steps, keeping those that already decided", async () => {
    world = await startWorkflowWorld(dialect);
    const custom = ["Faglig referencegruppe", "K29", "KKR Hovedstaden", "Sendt til Socialstyrelsen"];
    const set = await world.secretariat.put(`${base()}/approval/steps`, { steps: custom });
    expect(set.status).toBe(200);
    expect(set.body.steps.map((s: { name: string }) => s.name)).toEqual(custom);
    expect(set.body.customSteps).toBe(true);
    expectStatus(await decide({ step: 1, date: "2026-12-01", decision: "approved" }), 201);
    await expectRefused(world.app, () => world.secretariat.put(`${base()}/approval/steps`, { steps: ["Referencegruppen", "K29"] }), 409, "steps");
    const longer = await world.secretariat.put(`${base()}/approval/steps`, { steps: ["Faglig referencegruppe", "Socialdirektørforum", "K29", "Sendt til Socialstyrelsen"] });
    expect(longer.status).toBe(200);
    expect(longer.body.nextStep).toEqual({ position: 2, name: "Socialdirektørforum" });
    expect(await countRows(world.app, "approval_steps")).toBe(4);
    expect(await auditActions(world.app, world.campaignId)).toEqual(expect.arrayContaining(["approval.steps_changed"]));
    // sent while the campaign is still open: recorded, but the campaign stays open (only a closed one is reported)
    expectStatus(await decide({ step: 2, date: "2026-12-02", decision: "approved" }), 201);
    expectStatus(await decide({ step: 3, date: "2026-12-03", decision: "approved" }), 201);
    const sent = await decide({ step: 4, date: "2026-12-04", decision: "sent" });
    expect(sent.status).toBe(201);
    expect(sent.body.campaignStatus).toBe("open");
  });

  it.each([
    ["no steps", { steps: [] }, "steps"],
    ["an empty step", { steps: ["K29", "  "] }, "steps.1"],
    ["a repeated step", { steps: ["K29", "KKR", "k29"] }, "steps.2"],
    ["a step over 200 characters", { steps: ["x".repeat(201)] }, "steps.0"],
    ["steps that are not a list", { steps: "K29" }, "steps"],
    ["an unknown field", { steps: ["K29"], order: 1 }, "order"],
  ])("refuses %s for the steps with 400, storing nothing", async (_name, body, field) => {
    world = await startWorkflowWorld(dialect);
    await expectRefused(world.app, () => world.secretariat.put(`${base()}/approval/steps`, body), 400, field);
  });

  it.each([
    ["an unknown step name", { step: "Byrådet", date: "2026-12-01", decision: "approved" }, "step"],
    ["a step past the end", { step: 7, date: "2026-12-01", decision: "approved" }, "step"],
    ["step 0", { step: 0, date: "2026-12-01", decision: "approved" }, "step"],
    ["a date that is not a date", { step: 1, date: "1. december", decision: "approved" }, "date"],
    ["an impossible date", { step: 1, date: "2026-02-30", decision: "approved" }, "date"],
    ["an unknown decision", { step: 1, date: "2026-12-01", decision: "maybe" }, "decision"],
    ["a note over 2,000 characters", { step: 1, date: "2026-12-01", decision: "approved", note: "æ".repeat(2001) }, "note"],
    ["no date", { step: 1, decision: "approved" }, "date"],
  ])("refuses %s for a decision with 400, storing nothing", async (_name, body, field) => {
    world = await startWorkflowWorld(dialect);
    await expectRefused(world.app, () => decide(body), 400, field);
  });

  it("lets reviewers and the national board read the path and snapshots, only the secretariat decide", async () => {
    world = await startWorkflowWorld(dialect);
    const recorded = await decide({ step: 1, date: "2026-12-01", decision: "approved" });
    const snapshotPath = `${base()}/snapshots/${recorded.body.snapshot.id}`;
    for (const client of [world.reviewer, world.national]) {
      expect((await client.get(`${base()}/approval`)).status).toBe(200);
      expect((await client.get(snapshotPath)).status).toBe(200);
    }
    for (const client of [world.otherReviewer, world.otherRegion]) {
      expect((await client.get(`${base()}/approval`)).status).toBe(404);
      expect((await client.get(snapshotPath)).status).toBe(404);
    }
    expect((await world.app.client().get(`${base()}/approval`)).status).toBe(401);
    const decision = { step: 2, date: "2026-12-02", decision: "approved" };
    await expectRefused(world.app, () => decide(decision, world.reviewer), 403);
    await expectRefused(world.app, () => decide(decision, world.national), 403);
    await expectRefused(world.app, () => decide(decision, world.otherReviewer), 404);
    await expectRefused(world.app, () => decide(decision, world.otherRegion), 404);
    await expectRefused(world.app, () => world.reviewer.put(`${base()}/approval/steps`, { steps: ["A"] }), 403);
    await expectRefused(world.app, () => world.otherRegion.put(`${base()}/approval/steps`, { steps: ["A"] }), 404);
    await expectRefused(world.app, () => world.secretariat.post(`${base()}/approval/decisions`, decision, { csrf: false }), 403);

    // a snapshot of one campaign is not found through another
    const other = await world.secretariat.post("/api/campaigns", { ...createCampaignBody, title: "Anden" });
    expect((await world.secretariat.get(`/api/campaigns/${other.body.campaign.id}/snapshots/${recorded.body.snapshot.id}`)).status).toBe(404);
    expect((await world.secretariat.get(`${base()}/snapshots/no-such-snapshot`)).status).toBe(404);
  });

  it("holds each step's planned date or range, shows planned against actual and flags late steps", async () => {
    world = await startWorkflowWorld(dialect);
    const set = await plan({ step: "KKR Hovedstaden", plannedFrom: "2027-06-01", plannedTo: "2027-06-30" });
    expect(set.status, set.text).toBe(200);
    expect(set.body.steps[3]).toMatchObject({ name: "KKR Hovedstaden", plannedFrom: "2027-06-01", plannedTo: "2027-06-30", overdue: false });
    // the plan stored the default path, so the plan keeps its step
    expect(set.body.customSteps).toBe(true);
    expectStatus(await plan({ step: 1, plannedFrom: "2026-12-01" }), 200);
    let approval = (await world.reviewer.get(`${base()}/approval`)).body;
    expect(approval.steps[0]).toMatchObject({ plannedFrom: "2026-12-01", plannedTo: null, decidedOn: null });
    // the plan follows its step when the path is reordered
    const reordered = ["Socialdirektørforum", "Faglig referencegruppe", "K29", "KKR Hovedstaden", "Kommunalbestyrelser og regionsråd", "Sendt til Socialstyrelsen"];
    expectStatus(await world.secretariat.put(`${base()}/approval/steps`, { steps: reordered }), 200);
    approval = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(approval.steps[1]).toMatchObject({ name: "Faglig referencegruppe", plannedFrom: "2026-12-01" });
    expect(approval.steps[0]).toMatchObject({ name: "Socialdirektørforum", plannedFrom: null });
    // decided: planned against actual, no longer late; removed: no plan
    expectStatus(await decide({ step: 1, date: "2026-12-02", decision: "approved" }), 201);
    approval = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(approval.steps[0]).toMatchObject({ decidedOn: "2026-12-02", overdue: false });
    const removed = await plan({ step: 2, plannedFrom: null });
    expect(removed.body.steps[1]).toMatchObject({ plannedFrom: null, plannedTo: null });
    expect(await auditActions(world.app, world.campaignId)).toEqual(expect.arrayContaining(["approval.plan_changed"]));
    await expectRefused(world.app, () => plan({ step: 1, plannedFrom: "2026-12-01" }, world.reviewer), 403);
  });

  it("flags a step whose plan has passed without a decision", async () => {
    world = await startWorkflowWorld(dialect);
    // the test app's clock is today; a plan in the past is late, one in the future is not
    expectStatus(await plan({ step: 1, plannedFrom: "2020-06-12" }), 200);
    expectStatus(await plan({ step: 2, plannedFrom: "2099-06-01", plannedTo: "2099-06-30" }), 200);
    const { steps } = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(steps[0].overdue).toBe(true);
    expect(steps[1].overdue).toBe(false);
  });

  it.each([
    ["a date that is not a date", { step: 1, plannedFrom: "juni 2027" }, "plannedFrom"],
    ["an impossible date", { step: 1, plannedFrom: "2027-02-30" }, "plannedFrom"],
    ["a range ending before it starts", { step: 1, plannedFrom: "2027-06-30", plannedTo: "2027-06-01" }, "plannedTo"],
    ["a range without its first day", { step: 1, plannedFrom: null, plannedTo: "2027-06-01" }, "plannedFrom"],
    ["an unknown step", { step: "Byrådet i Ærø", plannedFrom: "2027-06-01" }, "step"],
    ["a step past the end", { step: 9, plannedFrom: "2027-06-01" }, "step"],
    ["no date at all", { step: 1 }, "plannedFrom"],
  ])("refuses %s for a plan with 400, storing nothing", async (_name, body, field) => {
    world = await startWorkflowWorld(dialect);
    await expectRefused(world.app, () => plan(body), 400, field);
  });

  it("records each council's decision with its date, shows the missing ones, and lets the step decide when all have", async () => {
    world = await startWorkflowWorld(dialect);
    // not before the councils' step has started
    await expectRefused(world.app, () => council({ council: "165", decision: "approved", date: "2027-06-12" }), 409, "council");
    for (const [step, date] of [[1, "2026-12-01"], [2, "2026-12-02"], [3, "2026-12-03"], [4, "2026-12-04"]] as const) {
      expectStatus(await decide({ step, date, decision: "approved" }), 201);
    }
    const first = await council({ council: "165", decision: "approved-with-remarks", date: "2027-06-12", note: "Ønsker flere døgnpladser." });
    expect(first.status, first.text).toBe(200);
    expect(first.body.councils).toMatchObject({ step: 5, started: true, missing: 29 });
    expect(first.body.councils.councils.find((c: { code: string }) => c.code === "165")).toEqual({
      code: "165",
      kind: "municipality",
      name: "Albertslund",
      decision: "approved-with-remarks",
      date: "2027-06-12",
      note: "Ønsker flere døgnpladser.",
    });
    // a correction replaces the council's decision
    const corrected = await council({ council: "165", decision: "approved", date: "2027-06-13" });
    expect(corrected.body.councils.missing).toBe(29);
    expect(corrected.body.councils.councils.find((c: { code: string }) => c.code === "165")).toMatchObject({ decision: "approved", date: "2027-06-13", note: null });
    // the step cannot decide while councils are missing
    const early = await expectRefused(world.app, () => decide({ step: 5, date: "2027-06-20", decision: "approved" }), 409, "step");
    expect(early.error.message).toMatch(/^step: 29 councils have not decided yet \(København, Frederiksberg/);
    const regional = await council({ council: "1084", decision: "not-approved", date: "2027-06-18" });
    expect(regional.body.councils.councils.at(-1)).toMatchObject({ kind: "region", name: "Regionsrådet, Region Hovedstaden", decision: "not-approved" });
    await recordAllCouncils();
    const all = (await world.secretariat.get(`${base()}/approval`)).body;
    expect(all.councils.missing).toBe(0);
    expectStatus(await decide({ step: 5, date: "2027-06-20", decision: "approved" }), 201);
    expect(await auditActions(world.app, world.campaignId)).toEqual(expect.arrayContaining(["approval.council_decision_recorded"]));
    await expectRefused(world.app, () => council({ council: "165", decision: "approved", date: "2027-06-12" }, world.reviewer), 403);
  });

  it.each([
    ["a council not of the region (Ærø, Syddanmark)", { council: "492", decision: "approved", date: "2027-06-12" }, "council"],
    ["another region's council", { council: "1083", decision: "approved", date: "2027-06-12" }, "council"],
    ["an unknown code", { council: "999", decision: "approved", date: "2027-06-12" }, "council"],
    ["a date that is not a date", { council: "165", decision: "approved", date: "12. juni 2027" }, "date"],
    ["an unknown decision", { council: "165", decision: "sent", date: "2027-06-12" }, "decision"],
    ["no council", { decision: "approved", date: "2027-06-12" }, "council"],
    ["a note over 2,000 characters", { council: "165", decision: "approved", date: "2027-06-12", note: "ø".repeat(2001) }, "note"],
  ])("refuses %s for a council's decision with 400, storing nothing", async (_name, body, field) => {
    world = await startWorkflowWorld(dialect);
    await expectRefused(world.app, () => council(body), 400, field);
  });

  it("has no councils' step on a path without one", async () => {
    world = await startWorkflowWorld(dialect);
    const set = await world.secretariat.put(`${base()}/approval/steps`, { steps: ["K29", "Sendt til Socialstyrelsen"] });
    expect(set.body.councils).toBeNull();
    expect(set.body.steps.every((s: { councils: boolean }) => !s.councils)).toBe(true);
    await expectRefused(world.app, () => council({ council: "165", decision: "approved", date: "2027-06-12" }), 409, "council");
  });
});
