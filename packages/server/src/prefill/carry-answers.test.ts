import { builtInAnnouncements, type QuestionnaireVersion } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { carryAnswers } from "./prefill.service.js";

const kommune = builtInAnnouncements.flatMap((a) => a.questionnaires).find((q) => q.key === "kommune-2019") as QuestionnaireVersion;

/** kommune-2019 without contactRole and with cooperationForms' choice joint-funding removed. */
function reduced(): QuestionnaireVersion {
  const next = structuredClone(kommune);
  for (const page of next.survey.pages as { elements?: Record<string, unknown>[] }[]) {
    page.elements = (page.elements ?? []).filter((e) => e.name !== "contactRole");
    for (const element of page.elements) {
      if (element.name === "cooperationForms") element.choices = (element.choices as { value: string }[]).filter((c) => c.value !== "joint-funding");
    }
  }
  return { ...next, version: "2.0.0" };
}

describe("carryAnswers", () => {
  it("carries what fits and names what was dropped, with the earlier question's title in both languages", () => {
    const carried = carryAnswers(kommune, reduced(), { respondentUnit: "Socialafdelingen", contactRole: "Leder", cooperationForms: ["offers", "joint-funding"] });
    expect(carried.answers).toEqual({ respondentUnit: "Socialafdelingen", cooperationForms: ["offers"] });
    expect(carried.questions).toEqual(["respondentUnit", "cooperationForms"]);
    expect(carried.dropped).toEqual([
      { question: "contactRole", title: { da: expect.stringContaining("kontaktperson"), en: expect.stringContaining("contact") }, reason: "removed" },
      { question: "cooperationForms", title: { da: expect.stringContaining("samarbejde"), en: expect.stringContaining("cooperation") }, reason: "choice-removed" },
    ]);
    // the stored record keeps what was lost
    expect(carried.stored.map((d) => d.value)).toEqual(["Leder", ["joint-funding"]]);
  });

  it("leaves file answers behind (their files belong to the earlier response) and says so", () => {
    const file = [{ name: "aftale.pdf", type: "application/pdf", content: "attachment:abc" }];
    const carried = carryAnswers(kommune, kommune, { respondentUnit: "X", cooperationAgreements: file });
    expect(carried.answers).toEqual({ respondentUnit: "X" });
    expect(carried.dropped).toEqual([{ question: "cooperationAgreements", title: expect.any(Object), reason: "attachment" }]);
  });

  it("has nothing to carry when no answer fits, or all are empty", () => {
    expect(carryAnswers(kommune, reduced(), { contactRole: "Leder" })).toMatchObject({ answers: {}, questions: [] });
    expect(carryAnswers(kommune, kommune, { respondentUnit: null })).toMatchObject({ answers: {}, questions: [] });
  });

  it("counts a comment with its question, once", () => {
    const withOther = structuredClone(kommune);
    for (const page of withOther.survey.pages as { elements?: Record<string, unknown>[] }[]) {
      for (const element of page.elements ?? []) if (element.name === "cooperationForms") element.showOtherItem = true;
    }
    const carried = carryAnswers(withOther, withOther, { cooperationForms: ["other"], "cooperationForms-Comment": "Netværk" });
    expect(carried.questions).toEqual(["cooperationForms"]);
    expect(carried.answers).toEqual({ cooperationForms: ["other"], "cooperationForms-Comment": "Netværk" });
  });
});
