import type { QuestionnaireDraft } from "../questionnaire-draft.js";
import { usedNames } from "./draft-tree.js";
import { nameStem } from "./element-name.js";
import { type BuilderQuestionType, questionTypeInfo, surveyTypeOf } from "./question-types.js";

/**
 * A name unique in the draft (ignoring case, as expressions do), made of the ASCII stem of `base` and a number:
 * "spoergsmaal" → "spoergsmaal1", "spoergsmaal2", …; a taken name's copy "staffCount" → "staffCount2".
 */
export function uniqueName(draft: QuestionnaireDraft, base: string): string {
  return uniqueAmong(usedNames(draft), base);
}

/** `uniqueName` against a set of lower-case names, claiming the name in it. */
export function uniqueAmong(used: Set<string>, base: string): string {
  const stem = nameStem(base);
  for (let n = used.has(stem.toLowerCase()) ? 2 : 1; ; n++) {
    const name = `${stem}${n}`;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** The name stem of a new element of each type (Danish, ASCII), as the builder shows it until renamed. */
const nameBases: Record<BuilderQuestionType, string> = {
  text: "spoergsmaal",
  number: "spoergsmaal",
  comment: "spoergsmaal",
  radiogroup: "spoergsmaal",
  checkbox: "spoergsmaal",
  dropdown: "spoergsmaal",
  boolean: "spoergsmaal",
  multipletext: "spoergsmaal",
  matrix: "spoergsmaal",
  matrixdropdown: "spoergsmaal",
  matrixdynamic: "spoergsmaal",
  paneldynamic: "gruppe",
  file: "bilag",
  html: "tekst",
  expression: "beregning",
  panel: "panel",
};

const emptyText = () => ({ da: "" });
const choice = (value: string) => ({ value, text: emptyText() });

/**
 * A new element of the type, ready to add: a unique ASCII name, an empty Danish title (the findings then ask for
 * the texts), the type's default aggregation and the draft's first report section for a question; two choices for
 * a choice question, one row and two columns for a matrix, one item for a multiple text, an empty template for a
 * dynamic panel, an empty list for a panel.
 */
export function newElement(draft: QuestionnaireDraft, type: BuilderQuestionType): Record<string, unknown> {
  const info = questionTypeInfo(type);
  const element: Record<string, unknown> = { ...surveyTypeOf(type), name: uniqueName(draft, nameBases[type]) };
  if (type === "html") element.html = emptyText();
  else element.title = emptyText();

  switch (type) {
    case "radiogroup":
    case "checkbox":
    case "dropdown":
      element.choices = [choice("valg1"), choice("valg2")];
      break;
    case "boolean":
      element.labelTrue = { da: "Ja", en: "Yes" };
      element.labelFalse = { da: "Nej", en: "No" };
      break;
    case "multipletext":
      element.items = [{ name: "punkt1", title: emptyText() }];
      break;
    case "matrix":
      element.rows = [choice("raekke1")];
      element.columns = [choice("kolonne1"), choice("kolonne2")];
      break;
    case "matrixdropdown":
      element.rows = [choice("raekke1")];
      element.columns = [
        { name: "kolonne1", title: emptyText(), cellType: "text" },
        { name: "kolonne2", title: emptyText(), cellType: "text" },
      ];
      break;
    case "matrixdynamic":
      element.columns = [
        { name: "kolonne1", title: emptyText(), cellType: "text" },
        { name: "kolonne2", title: emptyText(), cellType: "text" },
      ];
      element.rowCount = 1;
      break;
    case "paneldynamic":
      element.templateElements = [];
      break;
    case "panel":
      element.elements = [];
      break;
    case "file":
      // what the built-in questionnaires accept: documents of up to 10 MB
      element.acceptedTypes = ".pdf,.doc,.docx,.odt";
      element.maxSize = 10 * 1024 * 1024;
      element.allowMultiple = true;
      break;
    case "expression":
      element.expression = "";
      break;
  }

  if (info.answers) {
    element.aggregation = info.aggregations[0] ?? "none";
    element.reportSection = draft.reportSections[0]?.id ?? "";
  }
  return element;
}
