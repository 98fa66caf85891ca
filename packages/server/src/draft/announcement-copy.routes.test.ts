import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { auditActions, countRows, publish, type DraftJson } from "./draft-test-kit.js";

const COPY = "/api/announcements/gravide-rusmiddel/copy";

const copyBody = {
  id: "gravide-rusmiddel-2027",
  title: { da: "Gravide med rusmiddelbrug og fødte børn", en: "Pregnant women with substance use, and their newborns" },
  issued: "2027-01-15",
  targetGroup: { da: "Gravide og nybagte mødre med skadeligt rusmiddelbrug", en: "Pregnant women and new mothers with harmful substance use" },
};

/** The new target group keeps family treatment, drops three competences and needs a new one. */
const newCompetences = [
  { id: "neonatal", title: { da: "Neonatal pleje", en: "Neonatal care" } },
  { id: "familie", title: { da: "Familiebehandling", en: "Family treatment" } },
];

describe.each(dialects)("copying an announcement as a template on %s", (dialect) => {
  let app: TestApp;
  let secretariat: TestClient;
  let admin: TestClient;
  let reviewer: TestClient;

  beforeAll(async () => {
    app = await startTestApp(dialect);
    secretariat = await app.login({ role: "secretariat", regionCode: "1082" });
    admin = await app.login({ role: "admin" });
    reviewer = await app.login({ role: "reviewer" });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function draftOf(id: string): Promise<DraftJson> {
    const response = await secretariat.get(`/api/questionnaires/drafts/${id}`);
    expect(response.status, response.text).toBe(200);
    return response.body.draft;
  }

  it("makes a new announcement of the secretariat's region with a draft of every latest questionnaire, audited", async () => {
    const response = await secretariat.post(COPY, { ...copyBody, thresholds: { minStaff: 3 } });
    expect(response.status, response.text).toBe(201);
    const { announcement, notes } = response.body;
    expect(notes).toEqual([]);
    expect(announcement).toMatchObject({
      id: copyBody.id,
      title: copyBody.title,
      issued: copyBody.issued,
      templateOf: "gravide-rusmiddel",
      builtIn: false,
      archived: false,
      revision: 1,
      thresholds: { minCitizensPerYear: 3, minStaff: 3, minExperienceYears: 2 },
      questionnaires: [],
      access: "edit",
    });
    expect(announcement.competences.map((c: { id: string }) => c.id)).toEqual(["familie", "svangerskab", "rusmiddel", "psykiatri"]);
    const drafts = announcement.drafts as { id: string; key: string; basedOn: string; regionCode: string; findings: number }[];
    expect(drafts.map((d) => [d.key, d.basedOn, d.regionCode, d.findings]).sort()).toEqual([
      ["kommune-2019", "gravide-rusmiddel/kommune-2019@1.1.0", "1082", 0],
      ["kommune-2022", "gravide-rusmiddel/kommune-2022@1.0.0", "1082", 0],
      ["tilbud-2019", "gravide-rusmiddel/tilbud-2019@1.0.0", "1082", 0],
    ]);
    const row = await app.db.selectFrom("announcements").selectAll().where("id", "=", copyBody.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ region_code: "1082", template_of: "gravide-rusmiddel", created_by: secretariat.user!.id });
    expect(await auditActions(app, copyBody.id)).toEqual(["announcement.copied"]);
    expect(await auditActions(app, drafts[0]!.id)).toEqual(["draft.created"]);
  });

  it("re-checks the competences: the offer questionnaire's matrix gets the new competences' rows, each change a note", async () => {
    const response = await secretariat.post(COPY, { ...copyBody, id: "nyfoedte", competences: newCompetences, questionnaires: ["tilbud-2019"] });
    expect(response.status, response.text).toBe(201);
    const [draftSummary] = response.body.announcement.drafts as { id: string; key: string }[];
    expect(response.body.announcement.drafts).toHaveLength(1);
    const draft = await draftOf(draftSummary!.id);
    const matrix = draft.content.survey.pages.flatMap((p) => p.elements).find((e) => e.screening === "competences")!;
    expect(matrix.rows).toEqual([
      { value: "neonatal", text: { da: "Neonatal pleje", en: "Neonatal care" } },
      expect.objectContaining({ value: "familie" }),
    ]);
    const at = (path: string) => expect.stringMatching(new RegExp(`^survey\\.pages\\[\\d+\\]\\.elements\\[\\d+\\]\\.${path}$`));
    const notes = response.body.notes as { draftId: string; key: string; path: string; code: string }[];
    expect(notes).toEqual([
      expect.objectContaining({ draftId: draft.id, key: "tilbud-2019", code: "competence-row-removed", path: at("rows\\[1\\]") }),
      expect.objectContaining({ code: "competence-row-removed", path: at("rows\\[2\\]") }),
      expect.objectContaining({ code: "competence-row-removed", path: at("rows\\[3\\]") }),
      expect.objectContaining({ code: "competence-row-added", path: at("rows") }),
    ]);
    // The paths are those of the draft: the notes lead to the matrix.
    expect(notes[0]!.path.startsWith(pathOf(draft, "competences"))).toBe(true);
    // Fixed rather than only reported, the draft has no findings and can be published as the new announcement's 1.0.0.
    expect(draft.findings).toEqual([]);
    expect((await publish(secretariat, draft, "1.0.0")).status).toBe(201);
  });

  it.each([
    ["an unknown questionnaire key", { questionnaires: ["findes-ikke"] }, 400, "questionnaires.0"],
    ["an id that is not a slug", { id: "Ny Udmelding" }, 400, "id"],
    ["no competences", { competences: [] }, 400, "competences"],
    ["an id that exists", { id: "gravide-rusmiddel" }, 409, "id"],
    ["an unknown field", { colour: "red" }, 400, "colour"],
  ])("refuses %s, creating nothing", async (_name, change, status, field) => {
    const before = [await countRows(app, "announcements"), await countRows(app, "questionnaire_drafts")];
    const response = await secretariat.post(COPY, { ...copyBody, id: "afvist", ...change });
    expect(response.status, response.text).toBe(status);
    expect(response.body.error.field).toBe(field);
    expect([await countRows(app, "announcements"), await countRows(app, "questionnaire_drafts")]).toEqual(before);
  });

  it("answers 404 for an unknown template and 403 for roles that do not author", async () => {
    expect((await secretariat.post("/api/announcements/findes-ikke/copy", { ...copyBody, id: "x" })).status).toBe(404);
    expect((await reviewer.post(COPY, { ...copyBody, id: "y" })).status).toBe(403);
  });

  it("lets an admin copy too: the announcement and its drafts then belong to no region", async () => {
    const response = await admin.post(COPY, { ...copyBody, id: "admin-kopi", questionnaires: ["kommune-2022"] });
    expect(response.status, response.text).toBe(201);
    expect(response.body.announcement.drafts).toEqual([expect.objectContaining({ key: "kommune-2022", regionCode: null })]);
  });
});

/** The path of the element with a screening role, as validateQuestionnaire would give it. */
function pathOf(draft: DraftJson, screening: string): string {
  for (const [p, page] of draft.content.survey.pages.entries()) {
    const e = page.elements.findIndex((element) => element.screening === screening);
    if (e !== -1) return `survey.pages[${p}].elements[${e}]`;
  }
  throw new Error(`no ${screening} element on a page`);
}
