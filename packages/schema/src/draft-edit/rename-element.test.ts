import { describe, expect, it } from "vitest";
import { builtInDraft, smallDraft } from "../../fixtures/drafts/drafts.js";
import { diffQuestionnaires } from "../diff-questionnaires.js";
import { questionnaireFromDraft } from "../questionnaire-draft.js";
import type { QuestionnaireVersion } from "../questionnaire.js";
import { DraftEditError } from "./draft-edit-error.js";
import { addElement, updateElement } from "./draft-edits.js";
import { findElement } from "./draft-outline.js";
import { renameElement } from "./rename-element.js";

const identity = { announcement: "a", key: "k", version: "1.0.0" };
const code = (edit: () => unknown) => {
  try {
    edit();
  } catch (error) {
    return error instanceof DraftEditError ? error.code : String(error);
  }
  return "accepted";
};

describe("renameElement", () => {
  it("rewrites {old} in every condition and text placeholder, ignoring case as survey-core does", () => {
    let draft = updateElement(smallDraft(), "c", { visibleIf: "{A} notempty and {a.x} = 1 or {ab} empty", requiredIf: "{a[0]} = 'a'" });
    draft = renameElement(draft, "a", "navn");
    expect(findElement(draft, "navn")).toMatchObject({ type: "text" });
    expect(findElement(draft, "a")).toBeNull();
    expect(findElement(draft, "b")?.visibleIf).toBe("{navn} notempty");
    // {ab} is another name; a string literal 'a' is no reference
    expect(findElement(draft, "c")).toMatchObject({ visibleIf: "{navn} notempty and {navn.x} = 1 or {ab} empty", requiredIf: "{navn[0]} = 'a'" });
    expect(findElement(draft, "d")?.title).toEqual({ da: "D: {navn}", en: "D: {navn}" });
  });

  it("does not change its input", () => {
    const draft = smallDraft();
    const before = JSON.stringify(draft);
    renameElement(draft, "a", "navn");
    expect(JSON.stringify(draft)).toBe(before);
  });

  it("rewrites expressions of columns, choices, validators, triggers and calculated values, and triggers' names", () => {
    let draft = smallDraft();
    draft = addElement(
      draft,
      {
        type: "matrixdynamic",
        name: "m",
        title: { da: "M" },
        columns: [{ name: "x", cellType: "text", visibleIf: "{a} notempty", totalExpression: "{a}" }],
        choices: [{ value: 1, visibleIf: "{a} = 1" }],
        validators: [{ type: "expression", expression: "{a} != 'x'" }],
        aggregation: "none",
        reportSection: "s1",
      },
      { container: "p1" },
    );
    draft = updateElement(draft, "b", { choicesVisibleIf: "{item} != {a}", defaultValueExpression: "iif({a} notempty, 'x', 'y')" });
    draft = {
      ...draft,
      survey: {
        ...draft.survey,
        triggers: [{ type: "setvalue", expression: "{a} = 'x'", setToName: "a", setValue: "y" }, { type: "copyvalue", expression: "{b} notempty", fromName: "a", setToName: "c" }],
        calculatedValues: [{ name: "total", expression: "{a} + {c}" }],
      },
    };
    const renamed = renameElement(draft, "a", "navn");
    expect(findElement(renamed, "m")).toMatchObject({
      columns: [{ visibleIf: "{navn} notempty", totalExpression: "{navn}" }],
      choices: [{ visibleIf: "{navn} = 1" }],
      validators: [{ expression: "{navn} != 'x'" }],
    });
    expect(findElement(renamed, "b")).toMatchObject({ choicesVisibleIf: "{item} != {navn}", defaultValueExpression: "iif({navn} notempty, 'x', 'y')" });
    expect(renamed.survey.triggers).toEqual([
      { type: "setvalue", expression: "{navn} = 'x'", setToName: "navn", setValue: "y" },
      { type: "copyvalue", expression: "{b} notempty", fromName: "navn", setToName: "c" },
    ]);
    expect(renamed.survey.calculatedValues).toEqual([{ name: "total", expression: "{navn} + {c}" }]);
  });

  it("renames a question of a dynamic panel's template as {panel.x} inside it and {dynamic[0].x} outside", () => {
    const draft = renameElement(smallDraft(), "age", "alder");
    expect(findElement(draft, "alder")).toMatchObject({ type: "text" });
    expect(findElement(draft, "note")?.visibleIf).toBe("{panel.alder} > 3");
    expect(findElement(draft, "d")?.visibleIf).toBe("{b} = 'x' or {kids[0].alder} > 1");
  });

  it("keeps the draft valid: validateQuestionnaire finds no reference it cannot resolve", () => {
    for (const [key, from] of [["kommune-2019", "cooperationForms"], ["kommune-2019", "refersToOffers"], ["tilbud-2019", "staffCount"]] as const) {
      const draft = renameElement(builtInDraft(key), from, "renamedQuestion");
      expect(questionnaireFromDraft(draft, identity).issues).toEqual([]);
      expect(JSON.stringify(draft)).not.toMatch(new RegExp(`\\{${from}[}.[]`, "i"));
    }
  });

  it("adds a published name to previousNames, so the diff sees a rename", () => {
    const published = builtInDraft("kommune-2019");
    const renamed = renameElement(published, "cooperationForms", "samarbejdsformer", { publishedNames: new Set(["cooperationForms"]) });
    expect(findElement(renamed, "samarbejdsformer")?.previousNames).toEqual(["cooperationForms"]);
    const version = (draft: typeof published, v: string) => {
      const result = questionnaireFromDraft(draft, { ...identity, version: v });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.questionnaire as QuestionnaireVersion;
    };
    const diff = diffQuestionnaires(version(published, "1.0.0"), version(renamed, "1.1.0"));
    expect(diff).toMatchObject({ added: [], removed: [], renamed: [{ from: "cooperationForms", to: "samarbejdsformer" }] });
    // without previousNames the same rename is a removed and an added question
    const unnoted = renameElement(published, "cooperationForms", "samarbejdsformer");
    expect(diffQuestionnaires(version(published, "1.0.0"), version(unnoted, "2.0.0"))).toMatchObject({ added: [{ name: "samarbejdsformer" }], removed: [{ name: "cooperationForms" }], breaking: true });

    // renamed again: the draft-only name is not kept; renamed back: the published name leaves previousNames
    const twice = renameElement(renamed, "samarbejdsformer", "formerne", { publishedNames: new Set(["cooperationForms"]) });
    expect(findElement(twice, "formerne")?.previousNames).toEqual(["cooperationForms"]);
    const back = renameElement(twice, "formerne", "cooperationForms", { publishedNames: new Set(["cooperationForms"]) });
    expect(findElement(back, "cooperationForms")).not.toHaveProperty("previousNames");
  });

  it("does not add a name that was never published", () => {
    expect(findElement(renameElement(smallDraft(), "a", "navn"), "navn")).not.toHaveProperty("previousNames");
    expect(findElement(renameElement(smallDraft(), "a", "navn", { publishedNames: new Set(["b"]) }), "navn")).not.toHaveProperty("previousNames");
  });

  it("refuses an unknown element, a taken name and an invalid one; a change of case only is a rename", () => {
    expect(code(() => renameElement(smallDraft(), "nope", "x"))).toBe("no-such-element");
    expect(code(() => renameElement(smallDraft(), "a", "B"))).toBe("name-taken");
    expect(code(() => renameElement(smallDraft(), "a", "p2"))).toBe("name-taken");
    expect(code(() => renameElement(smallDraft(), "a", "age"))).toBe("name-taken");
    expect(code(() => renameElement(smallDraft(), "a", "2a"))).toBe("invalid-name");
    expect(code(() => renameElement(smallDraft(), "a", "a b"))).toBe("invalid-name");
    expect(findElement(renameElement(smallDraft(), "a", "A"), "A")).toMatchObject({ type: "text" });
    const draft = smallDraft();
    expect(renameElement(draft, "a", "a")).toBe(draft);
  });
});
