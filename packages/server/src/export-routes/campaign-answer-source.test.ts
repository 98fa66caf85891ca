import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, expectStatus, type CampaignWorld, type InvitedLink } from "../campaign/campaign-test-kit.js";
import { danishNamed, submitAnswers } from "../approval/report-workflow-test-kit.js";
import type { AnswerExportResponse } from "../export/answers-csv-rows.js";
import { dialects } from "../test-support/dialects.js";
import { campaignAnswerSource } from "./campaign-answer-source.js";

async function all(pages: AsyncIterable<readonly AnswerExportResponse[]>): Promise<AnswerExportResponse[]> {
  const out: AnswerExportResponse[] = [];
  for await (const page of pages) out.push(...page);
  return out;
}

describe.each(dialects)("campaignAnswerSource on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  it("reads an audience's responses in the exports' order, each sheet the same answers even while respondents save", async () => {
    world = await startCampaignWorld(dialect);
    await submitAnswers(world);
    const [first, second, drafting] = danishNamed(world);
    const everyone = await campaignAnswerSource(world.app.db, world.campaignId, { kind: "municipality" });
    const submitted = await campaignAnswerSource(world.app.db, world.campaignId, { kind: "municipality", status: "submitted" });
    const offers = await campaignAnswerSource(world.app.db, world.campaignId, { kind: "offer", status: "submitted" });

    // a save after the source was made is not in what it reads: every pass shows the answers as they were
    expectStatus(await world.respondent.put(`/api/respond/${drafting!.token}/answers`, { baseRevision: 1, answers: { respondentUnit: "Senere kladde" } }), 200);

    const read = await all(everyone.pages());
    expect(read).toHaveLength(29);
    const codes = read.map((r) => r.kommuneCode ?? "");
    expect(codes).toEqual([...codes].sort());
    expect(read.find((r) => r.respondentName === drafting!.name)).toMatchObject({ status: "in-progress", answers: { respondentUnit: "Kladde på Ærø-vis" } });
    expect(read.filter((r) => r.status === "not-opened").every((r) => Object.keys(r.answers).length === 0)).toBe(true);
    expect(await all(everyone.pages())).toEqual(read);

    const sent = await all(submitted.pages());
    expect(sent.map((r) => r.respondentName).sort()).toEqual([first!.name, second!.name].sort());
    expect(sent.every((r) => r.status === "submitted" && typeof r.submittedAt === "string" && Object.keys(r.answers).length > 3)).toBe(true);
    expect((await all(offers.pages())).map((r) => r.respondentName)).toEqual([world.offer.name]);
  });

  it("finds the comment keys some response has written in, and only non-empty ones", async () => {
    world = await startCampaignWorld(dialect);
    // Saves refuse comments to questions without a comment area today; answers stored before that still hold them.
    const [a, b] = world.municipalities;
    const stored = async (link: InvitedLink, answers: Record<string, unknown>) => {
      expectStatus(await world.respondent.put(`/api/respond/${link.token}/answers`, { baseRevision: 0, answers: { respondentUnit: "Enheden" } }), 200);
      const response = await world.app.db.selectFrom("responses").select("id").where("respondent_id", "=", link.respondentId).executeTakeFirstOrThrow();
      await world.app.db
        .updateTable("response_revisions")
        .set({ answers_json: JSON.stringify({ respondentUnit: "Enheden", ...answers }) })
        .where("response_id", "=", response.id)
        .where("revision", "=", 1)
        .execute();
    };
    await stored(a!, { "cooperationForms-Comment": "Et netværk" });
    await stored(b!, { "offersUsed-Comment": "  " });
    const source = await campaignAnswerSource(world.app.db, world.campaignId, { kind: "municipality" });
    const found = await source.keysAnswered(["cooperationForms-Comment", "offersUsed-Comment", "futureOrganisation-Comment"]);
    expect([...found]).toEqual(["cooperationForms-Comment"]);
    const offers = await campaignAnswerSource(world.app.db, world.campaignId, { kind: "offer" });
    expect([...(await offers.keysAnswered(["cooperationForms-Comment"]))]).toEqual([]);

    // the comment is removed by a save after the export began: the rows written hold it, so its column stays
    expectStatus(await world.respondent.put(`/api/respond/${a!.token}/answers`, { baseRevision: 1, answers: { respondentUnit: "Enheden" } }), 200);
    expect([...(await source.keysAnswered(["cooperationForms-Comment"]))]).toEqual(["cooperationForms-Comment"]);
  });
});
