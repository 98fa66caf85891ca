import { describe, expect, it } from "vitest";
import { findAnnouncement, findQuestionnaire } from "./announcements/built-in.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { questionnaireVersionChange } from "./version-change.js";

const announcement = findAnnouncement("gravide-rusmiddel")!;
const v100 = findQuestionnaire(announcement, "kommune-2019", "1.0.0")!;
const v110 = findQuestionnaire(announcement, "kommune-2019", "1.1.0")!;

describe("questionnaireVersionChange", () => {
  it("names the questions kommune-2019@1.1.0 added, titled in both languages", () => {
    const change = questionnaireVersionChange(v100, v110);
    expect(change).toMatchObject({ version: "1.1.0", previous: "1.0.0", removed: [], renamed: [], changed: [] });
    expect(change.added.map((q) => q.name)).toEqual(["residentialTreatmentNeed", "residentialTreatmentNeedMethod"]);
    expect(change.added[0]!.title.da).toMatch(/behov for døgnbehandling/);
    expect(change.added[0]!.title.en).toMatch(/residential treatment/);
  });

  it("titles a removed question as the previous version did, and marks a breaking change", () => {
    const trimmed = structuredClone(v110) as QuestionnaireVersion;
    const page = trimmed.survey.pages[1] as { elements: Record<string, unknown>[] };
    page.elements = page.elements.filter((e) => e.name !== "targetGroupCountMethod");
    (page.elements[0] as { aggregation: string }).aggregation = "texts";
    trimmed.version = "2.0.0";
    const change = questionnaireVersionChange(v110, trimmed);
    expect(change.removed).toEqual([{ name: "targetGroupCountMethod", title: { da: "Hvordan er tallene opgjort?", en: "How were the numbers counted?" } }]);
    expect(change.changed).toEqual([expect.objectContaining({ name: "targetGroupCount", breaking: true })]);
  });
});
