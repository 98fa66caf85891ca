import { describe, expect, it } from "vitest";
import { builtInAnnouncements } from "./announcements/built-in.js";
import { diffQuestionnaires, type QuestionnaireChange, type QuestionnaireDiff } from "./diff-questionnaires.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { compareSemver } from "./semver.js";
import type { ElementJson } from "./survey-elements.js";

// A small municipality questionnaire (eating disorders) in its first published version; each test derives the
// next version from it by editing a copy, the way a secretariat would.
const v1: QuestionnaireVersion = {
  announcement: "spiseforstyrrelser",
  key: "kommune",
  audience: "municipality",
  version: "1.0.0",
  title: { da: "Spørgeskema til kommunerne", en: "Questionnaire for the municipalities" },
  reportSections: [
    { id: "maalgruppe", title: { da: "Målgruppen", en: "The target group" } },
    { id: "tilbud", title: { da: "Tilbud", en: "Offers" } },
    { id: "fremtid", title: { da: "Fremtidig organisering", en: "Future organisation" } },
  ],
  survey: {
    pages: [
      {
        name: "maalgruppe",
        title: { da: "Målgruppen", en: "The target group" },
        elements: [
          {
            type: "multipletext",
            name: "antal",
            title: { da: "Antal borgere pr. år", en: "Citizens per year" },
            items: [
              { name: "2018", inputType: "number" },
              { name: "2019", inputType: "number" },
              { name: "2020", inputType: "number" },
            ],
            aggregation: "sumPerYear",
            reportSection: "maalgruppe",
          },
          {
            type: "radiogroup",
            name: "udvikling",
            title: { da: "Hvordan har antallet udviklet sig?", en: "How has the number developed?" },
            choices: [
              { value: "stigende", text: { da: "Stigende", en: "Rising" } },
              { value: "uaendret", text: { da: "Uændret", en: "Unchanged" } },
              { value: "faldende", text: { da: "Faldende", en: "Falling" } },
            ],
            aggregation: "choiceCounts",
            reportSection: "maalgruppe",
          },
        ],
      },
      {
        name: "tilbud",
        elements: [
          {
            type: "matrixdynamic",
            name: "tilbud",
            title: { da: "Hvilke tilbud bruger I?", en: "Which offers do you use?" },
            columns: [
              { name: "name", cellType: "text", title: { da: "Navn", en: "Name" } },
              { name: "operator", cellType: "dropdown", choices: ["municipal", "regional", "private"] },
              { name: "paragraf", cellType: "text" },
            ],
            aggregation: "offerList",
            reportSection: "tilbud",
          },
          {
            type: "checkbox",
            name: "indsatser",
            title: { da: "Hvilke indsatser?", en: "Which efforts?" },
            choices: ["ambulant", "doegn", "botilbud"],
            showOtherItem: true,
            aggregation: "choiceCounts",
            reportSection: "tilbud",
          },
        ],
      },
      {
        name: "fremtid",
        elements: [
          {
            type: "panel",
            name: "samarbejdspanel",
            title: { da: "Samarbejde", en: "Cooperation" },
            elements: [
              {
                type: "comment",
                name: "samarbejde",
                title: { da: "Beskriv samarbejdet", en: "Describe the cooperation" },
                aggregation: "texts",
                reportSection: "fremtid",
              },
            ],
          },
          {
            type: "text",
            name: "ventetid",
            inputType: "number",
            title: { da: "Ventetid i uger", en: "Waiting time in weeks" },
            validators: [{ type: "numeric", minValue: 0, maxValue: 52 }],
            aggregation: "none",
            reportSection: "fremtid",
          },
          { type: "comment", name: "kommentar", title: { da: "Kommentar", en: "Comment" }, aggregation: "texts", reportSection: "fremtid" },
        ],
      },
    ],
  },
};

type Survey = QuestionnaireVersion["survey"];

/** A copy of `base` as version `version`, edited by `edit`. */
function next(version: string, edit: (q: QuestionnaireVersion, find: (name: string) => ElementJson) => void, base = v1): QuestionnaireVersion {
  const copy = structuredClone(base);
  copy.version = version;
  edit(copy, (name) => findElement(copy.survey, name));
  return copy;
}

function findElement(survey: Survey, name: string): ElementJson {
  const visit = (elements: unknown[]): ElementJson | undefined => {
    for (const element of elements as ElementJson[]) {
      if (element.name === name && element.type !== "panel") return element;
      if (Array.isArray(element.elements)) {
        const found = visit(element.elements);
        if (found) return found;
      }
    }
    return undefined;
  };
  const found = visit(survey.pages.flatMap((page) => page.elements));
  if (!found) throw new Error(`no element ${name}`);
  return found;
}

function removeElement(survey: Survey, name: string): void {
  for (const page of survey.pages) {
    const index = page.elements.findIndex((element) => element.name === name);
    if (index >= 0) page.elements.splice(index, 1);
  }
}

const empty = { added: [], removed: [], renamed: [], changed: [], questionnaire: [] };
const major = (kind: string, detail: string): QuestionnaireChange => ({ kind, breaking: true, bump: "major", detail });
const minor = (kind: string, detail: string): QuestionnaireChange => ({ kind, breaking: false, bump: "minor", detail });
const patch = (kind: string, detail: string): QuestionnaireChange => ({ kind, breaking: false, bump: "patch", detail });

describe("diffQuestionnaires", () => {
  it("finds nothing between identical versions", () => {
    expect(diffQuestionnaires(v1, structuredClone(v1))).toEqual<QuestionnaireDiff>({
      ...empty,
      breaking: false,
      requiredBump: "none",
      actualBump: "none",
      bumpSufficient: true,
    });
  });

  it("calls text-only changes (da and en wording, titles, descriptions) a patch", () => {
    const v101 = next("1.0.1", (q, find) => {
      q.title = { da: "Spørgeskema til kommunerne om spiseforstyrrelser", en: "Questionnaire for the municipalities on eating disorders" };
      q.description = { da: "Svar senest 1. december.", en: "Answer by 1 December." };
      q.reportSections[1]!.title = { da: "Højt specialiserede tilbud", en: "Highly specialised offers" };
      q.survey.pages[0]!.title = { da: "Om målgruppen", en: "About the target group" };
      find("antal").title = { da: "Antal borgere i målgruppen pr. år", en: "Citizens of the target group per year" };
      find("antal").description = { da: "Skøn er i orden.", en: "Estimates are fine." };
      const choices = find("udvikling").choices as { value: string; text: { da: string; en: string } }[];
      choices[1]!.text = { da: "Nogenlunde uændret", en: "About the same" };
      find("samarbejde").title = { da: "Beskriv samarbejdet", en: "Describe how you cooperate" };
    });
    expect(diffQuestionnaires(v1, v101)).toEqual<QuestionnaireDiff>({
      ...empty,
      changed: [
        { name: "antal", changes: [patch("text-changed", "title changed"), patch("text-changed", "description changed")] },
        { name: "udvikling", changes: [patch("text-changed", 'choice "uaendret": text changed')] },
        { name: "samarbejde", changes: [patch("text-changed", "title changed")] },
      ],
      questionnaire: [
        patch("title-changed", "questionnaire title changed"),
        patch("description-changed", "questionnaire description changed"),
        patch("report-section-title-changed", 'report section "tilbud": title changed'),
        patch("text-changed", 'page "maalgruppe": title changed'),
      ],
      breaking: false,
      requiredBump: "patch",
      actualBump: "patch",
      bumpSufficient: true,
    });
  });

  it("calls an optional question, a new choice and looser validation a minor change (1.1.0)", () => {
    const v110 = next("1.1.0", (q, find) => {
      q.survey.pages[1]!.elements.push({
        type: "boolean",
        name: "venteliste",
        title: { da: "Har I venteliste?", en: "Do you have a waiting list?" },
        aggregation: "choiceCounts",
        reportSection: "tilbud",
      });
      (find("indsatser").choices as string[]).push("udredning");
      find("ventetid").validators = [{ type: "numeric", minValue: 0, maxValue: 104 }];
      (find("tilbud").columns as unknown[]).push({ name: "pladser", cellType: "text", inputType: "number" });
    });
    expect(diffQuestionnaires(v1, v110)).toEqual<QuestionnaireDiff>({
      ...empty,
      added: [{ name: "venteliste", type: "boolean" }],
      changed: [
        { name: "tilbud", changes: [minor("column-added", 'column "pladser" added')] },
        { name: "indsatser", changes: [minor("choice-added", 'choices added: "udredning"')] },
        { name: "ventetid", changes: [minor("validation-looser", "numeric validator: maxValue: 52 → 104")] },
      ],
      breaking: false,
      requiredBump: "minor",
      actualBump: "minor",
      bumpSufficient: true,
    });
  });

  it("calls renames, removals, new types, removed choices and columns and stricter rules breaking (2.0.0)", () => {
    const v200 = next("2.0.0", (_, find) => {
      // renamed, with its earlier name kept so answers and reports follow it
      const antal = find("antal");
      antal.name = "antalBorgere";
      antal.previousNames = ["antal"];
      // a choice removed and another's value changed (same text)
      find("udvikling").choices = [
        { value: "stigende", text: { da: "Stigende", en: "Rising" } },
        { value: "uaendret", text: { da: "Uændret", en: "Unchanged" } },
        { value: "faldet", text: { da: "Faldende", en: "Falling" } },
      ];
      (find("indsatser").choices as string[]).splice(2, 1);
      // a column removed from the offer matrix
      (find("tilbud").columns as unknown[]).splice(2, 1);
      // optional → required, and a stricter maximum
      find("samarbejde").isRequired = true;
      find("ventetid").validators = [{ type: "numeric", minValue: 0, maxValue: 26 }];
      // type changed and aggregation with it
      Object.assign(find("kommentar"), { type: "dropdown", choices: ["a", "b"], aggregation: "choiceCounts" });
    });
    expect(diffQuestionnaires(v1, v200)).toEqual<QuestionnaireDiff>({
      ...empty,
      renamed: [{ from: "antal", to: "antalBorgere" }],
      changed: [
        { name: "udvikling", changes: [major("choice-value-changed", 'choice {"da":"Faldende","en":"Falling"}: value "faldende" → "faldet"')] },
        { name: "tilbud", changes: [major("column-removed", 'column "paragraf" removed')] },
        { name: "indsatser", changes: [major("choice-removed", 'choices removed: "botilbud"')] },
        { name: "samarbejde", changes: [major("required-added", "isRequired: (none) → true")] },
        { name: "ventetid", changes: [major("validation-stricter", "numeric validator: maxValue: 52 → 26")] },
        {
          name: "kommentar",
          changes: [major("type-changed", "type: comment → dropdown"), major("aggregation-changed", 'aggregation: "texts" → "choiceCounts"')],
        },
      ],
      breaking: true,
      requiredBump: "major",
      actualBump: "major",
      bumpSufficient: true,
    });
  });

  it("lists removed and added questions and a required addition as breaking", () => {
    const v200 = next("2.0.0", (q) => {
      removeElement(q.survey, "udvikling");
      q.survey.pages[2]!.elements.push({ type: "comment", name: "udfordringer", isRequired: true, aggregation: "texts", reportSection: "fremtid" });
    });
    const diff = diffQuestionnaires(v1, v200);
    expect(diff.removed).toEqual([{ name: "udvikling", type: "radiogroup" }]);
    expect(diff.added).toEqual([{ name: "udfordringer", type: "comment" }]);
    expect(diff.questionnaire).toEqual([major("required-question-added", 'required question "udfordringer" added')]);
    expect(diff.requiredBump).toBe("major");
  });

  it("says when the version number did not grow enough", () => {
    const breakingAsMinor = next("1.1.0", (q) => removeElement(q.survey, "udvikling"));
    expect(diffQuestionnaires(v1, breakingAsMinor)).toMatchObject({ breaking: true, requiredBump: "major", actualBump: "minor", bumpSufficient: false });

    const textAsSame = next("1.0.0", (_, find) => (find("antal").title = { da: "Antal", en: "Number" }));
    expect(diffQuestionnaires(v1, textAsSame)).toMatchObject({ requiredBump: "patch", actualBump: "none", bumpSufficient: false });

    const backwards = next("0.9.0", () => {});
    expect(diffQuestionnaires(v1, backwards)).toMatchObject({ requiredBump: "none", actualBump: "downgrade", bumpSufficient: false });

    const generous = next("2.0.0", (_, find) => (find("antal").title = { da: "Antal", en: "Number" }));
    expect(diffQuestionnaires(v1, generous)).toMatchObject({ requiredBump: "patch", actualBump: "major", bumpSufficient: true });
  });

  it("reports report sections removed (breaking), added (minor) and a question moved to another section", () => {
    const v200 = next("2.0.0", (q, find) => {
      q.reportSections = [q.reportSections[0]!, q.reportSections[1]!, { id: "samarbejde", title: { da: "Samarbejde", en: "Cooperation" } }];
      find("samarbejde").reportSection = "samarbejde";
      find("ventetid").reportSection = "tilbud";
      find("kommentar").reportSection = "samarbejde";
    });
    const diff = diffQuestionnaires(v1, v200);
    expect(diff.questionnaire).toEqual([
      major("report-section-removed", 'report section "fremtid" removed'),
      minor("report-section-added", 'report section "samarbejde" added'),
    ]);
    expect(diff.changed.map((entry) => [entry.name, entry.changes.map((c) => c.kind)])).toEqual([
      ["samarbejde", ["report-section-changed"]],
      ["ventetid", ["report-section-changed"]],
      ["kommentar", ["report-section-changed"]],
    ]);
    expect(diff.requiredBump).toBe("major");
  });

  it("treats validation and requirement changes by direction", () => {
    const looser = next("1.1.0", (_, find) => {
      find("ventetid").validators = [];
      find("antal").isRequired = false;
      find("indsatser").maxSelectedChoices = 3;
    });
    const diff = diffQuestionnaires(v1, looser);
    expect(diff.changed).toEqual([
      { name: "indsatser", changes: [major("validation-stricter", "maxSelectedChoices: (none) → 3")] },
      { name: "ventetid", changes: [minor("validator-removed", "numeric validator removed")] },
    ]);

    const required = next("1.0.0", (_, find) => (find("samarbejde").isRequired = true));
    const loosened = diffQuestionnaires(required, next("1.1.0", () => {}));
    expect(loosened.changed).toEqual([{ name: "samarbejde", changes: [minor("required-removed", "isRequired: true → (none)")] }]);
    expect(loosened.requiredBump).toBe("minor");

    const regex = next("2.0.0", (_, find) => {
      find("ventetid").validators = [{ type: "numeric", minValue: 1, maxValue: 52 }, { type: "regex", regex: "^\\d+$" }];
      find("ventetid").inputType = "text";
    });
    expect(diffQuestionnaires(v1, regex).changed).toEqual([
      {
        name: "ventetid",
        changes: [
          major("validation-stricter", "numeric validator: minValue: 0 → 1"),
          major("validator-added", "regex validator added"),
          major("inputType-changed", 'inputType: "number" → "text"'),
        ],
      },
    ]);
  });

  it("compares the items of a multipletext, with a removed year breaking", () => {
    const v200 = next("2.0.0", (_, find) => {
      find("antal").items = [
        { name: "2019", inputType: "number" },
        { name: "2020", inputType: "number", title: "2020 (foreløbigt)" },
        { name: "2021", inputType: "number" },
      ];
    });
    expect(diffQuestionnaires(v1, v200).changed).toEqual([
      {
        name: "antal",
        changes: [
          major("item-removed", 'item "2018" removed'),
          patch("text-changed", 'item "2020": title changed'),
          minor("item-added", 'item "2021" added'),
        ],
      },
    ]);
  });

  it("reports the 'Other' item like a choice and ignores changes to previousNames alone", () => {
    const noOther = next("2.0.0", (_, find) => {
      find("indsatser").showOtherItem = false;
      find("udvikling").previousNames = ["trend"];
    });
    expect(diffQuestionnaires(v1, noOther).changed).toEqual([{ name: "indsatser", changes: [major("choice-removed", 'choices removed: "other"')] }]);
  });

  it("reports layout, logic, pages, panels and display elements outside the questions", () => {
    const v110 = next("1.1.0", (q, find) => {
      find("samarbejde").visibleIf = "{udvikling} = 'stigende'";
      find("ventetid").startWithNewLine = false;
      const panel = q.survey.pages[2]!.elements[0]!;
      panel.title = { da: "Samarbejde på tværs", en: "Cooperation across" };
      q.survey.pages[2]!.elements.unshift({ type: "html", name: "intro", html: { da: "<p>Om fremtiden</p>", en: "<p>On the future</p>" } });
      q.survey.showProgressBar = "top";
    });
    const diff = diffQuestionnaires(v1, v110);
    expect(diff.changed).toEqual([
      { name: "samarbejde", changes: [minor("logic-changed", `visibleIf: (none) → "{udvikling} = 'stigende'"`)] },
      { name: "ventetid", changes: [patch("layout-changed", "startWithNewLine: (none) → false")] },
    ]);
    expect(diff.questionnaire).toEqual([
      patch("layout-changed", 'survey: showProgressBar: (none) → "top"'),
      patch("text-changed", 'panel "samarbejdspanel": title changed'),
      patch("display-element-added", 'html "intro" added'),
    ]);
    expect(diff.requiredBump).toBe("minor");
  });

  it("notes a question moved to another page or panel as a patch", () => {
    const moved = next("1.0.1", (q) => {
      const [kommentar] = q.survey.pages[2]!.elements.splice(2, 1);
      q.survey.pages[0]!.elements.push(kommentar!);
    });
    expect(diffQuestionnaires(v1, moved).changed).toEqual([{ name: "kommentar", changes: [patch("moved", "moved from fremtid to maalgruppe")] }]);
    expect(diffQuestionnaires(v1, moved).requiredBump).toBe("patch");
  });

  it("matches a question renamed over several versions through its previousNames", () => {
    const v2 = next("2.0.0", (_, find) => Object.assign(find("antal"), { name: "antalBorgere", previousNames: ["antal"] }));
    const v3 = next("3.0.0", (_, find) => Object.assign(find("antalBorgere"), { name: "borgere", previousNames: ["antalBorgere", "antal"] }), v2);
    expect(diffQuestionnaires(v1, v3).renamed).toEqual([{ from: "antal", to: "borgere" }]);
    expect(diffQuestionnaires(v2, v3).renamed).toEqual([{ from: "antalBorgere", to: "borgere" }]);
    expect(diffQuestionnaires(v3, v3).requiredBump).toBe("none");
  });
});

describe("diffQuestionnaires on the built-in questionnaires", () => {
  it("finds nothing between each published questionnaire and itself", () => {
    const questionnaires = builtInAnnouncements.flatMap((announcement) => announcement.questionnaires);
    expect(questionnaires.length).toBeGreaterThan(0);
    for (const questionnaire of questionnaires) {
      expect(diffQuestionnaires(questionnaire, structuredClone(questionnaire)), questionnaire.key).toMatchObject({ ...empty, requiredBump: "none" });
    }
  });

  it("gives every published version a version number grown at least by the bump its changes require", () => {
    for (const announcement of builtInAnnouncements) {
      const keys = new Set(announcement.questionnaires.map((questionnaire) => questionnaire.key));
      for (const key of keys) {
        const versions = announcement.questionnaires.filter((q) => q.key === key).sort((a, b) => compareSemver(a.version, b.version));
        for (let i = 1; i < versions.length; i++) {
          const diff = diffQuestionnaires(versions[i - 1]!, versions[i]!);
          expect(diff.bumpSufficient, `${announcement.id}/${key} ${versions[i - 1]!.version} → ${versions[i]!.version} needs a ${diff.requiredBump} bump`).toBe(true);
        }
      }
    }
  });
});
