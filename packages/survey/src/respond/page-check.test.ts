import { findQuestionnaire, gravideRusmiddel } from "@afrapport/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Model } from "survey-core";
import { enterNumberText } from "../danish-number-field.js";
import { createQuestionnaireModel } from "../questionnaire-model.js";
import { attachPageCheck, findingsByPage, goToPage, pageQuestionNames, type PageRefusal } from "./page-check.js";

// Issue 13: a negative or decimal count passed "Næste", and the person was thrown back to it at "Indsend". The page
// is now checked on the way forward with the server's rules (validateAnswers, as a draft).

const questionnaire = findQuestionnaire(gravideRusmiddel, "kommune-2019", "1.0.0")!;

/** The municipality questionnaire with the page check, on page 2 (the counts); refusals collected. */
function onCounts(data: Record<string, unknown>): { model: Model; refusals: PageRefusal[] } {
  const model = createQuestionnaireModel(questionnaire);
  model.data = data;
  const refusals: PageRefusal[] = [];
  attachPageCheck(model, questionnaire, (refusal) => refusals.push(refusal));
  goToPage(model, 1);
  return { model, refusals };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("findingsByPage", () => {
  it("finds nothing in a response without answers, without checking it at all", () => {
    const pages = createQuestionnaireModel(questionnaire).visiblePages.map(pageQuestionNames);
    // the questionnaire, counting how often the check reads it
    let reads = 0;
    const counted = new Proxy(questionnaire, {
      get: (target, key, receiver) => {
        reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(findingsByPage(counted, {}, pages)).toEqual(pages.map(() => []));
    expect(reads).toBe(0);
    expect(findingsByPage(counted, { respondentUnit: "A" }, pages)).toEqual(pages.map(() => []));
    expect(reads).toBeGreaterThan(0);
  });

  it("gives each page the server's draft findings on its questions, not whether required ones are answered", () => {
    const model = createQuestionnaireModel(questionnaire);
    const pages = model.visiblePages.map(pageQuestionNames);
    const findings = findingsByPage(questionnaire, { targetGroupCount: { "2017": -3, "2018": 4.5 } }, pages);
    expect(findings.map((page) => page.length)).toEqual([0, 3, 0, 0, 0]);
    expect(findings[1]!.map((f) => [f.path, f.code])).toEqual([
      ["targetGroupCount.2017", "out-of-range"],
      ["targetGroupCount.2017", "pattern"],
      ["targetGroupCount.2018", "pattern"],
    ]);
  });
});

describe("attachPageCheck", () => {
  it("refuses Næste on a page with a negative count, and says what is wrong there", () => {
    const { model, refusals } = onCounts({ targetGroupCount: { "2017": -3, "2018": 2, "2019": 1 } });
    model.nextPage();
    expect(model.currentPageNo).toBe(1);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.page.name).toBe("maalgruppe");
    expect(refusals[0]!.errors.map((e) => e.path)).toEqual(["targetGroupCount.2017", "targetGroupCount.2017"]);
  });

  it("lets the person on with questions left unanswered, and back with anything", () => {
    const { model, refusals } = onCounts({});
    model.nextPage();
    expect(model.currentPageNo).toBe(2);
    model.setValue("targetGroupCount", { "2018": 4.5 });
    model.prevPage();
    expect(model.currentPageNo).toBe(1);
    expect(refusals).toEqual([]);
  });

  it("refuses number text that could not be read (nothing was stored, so the server sees nothing)", () => {
    const { model, refusals } = onCounts({});
    const counts = model.getQuestionByName("targetGroupCount") as unknown as { getItemByName(name: string): { editor: Parameters<typeof enterNumberText>[0] } };
    enterNumberText(counts.getItemByName("2019").editor, "4,5,6");
    model.nextPage();
    expect(model.currentPageNo).toBe(1);
    expect(refusals[0]!.refusedNumbers.map((field) => field.name)).toEqual(["2019"]);
  });

  it("stops a jump ahead by the progress bar at the first page with something to correct", () => {
    vi.useFakeTimers();
    const model = createQuestionnaireModel(questionnaire);
    model.data = { targetGroupCount: { "2018": -1 } };
    const refusals: PageRefusal[] = [];
    attachPageCheck(model, questionnaire, (refusal) => refusals.push(refusal));
    model.currentPageNo = 4;
    vi.runAllTimers();
    expect(refusals.map((r) => r.page.name)).toEqual(["maalgruppe"]);
    expect(model.currentPage.name).toBe("maalgruppe");
  });
});
