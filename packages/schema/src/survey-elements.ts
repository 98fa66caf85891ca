import { isRecord } from "./json-value.js";
import type { SurveyJson } from "./questionnaire.js";

// Where the elements of a questionnaire's raw SurveyJS JSON are, read without building a survey-core model: one
// walker over pages and panels that listQuestions, diffQuestionnaires and migrateAnswers all stand on, so they
// agree on what a question is. Only the two element-type sets are public (re-exported by index.ts).

/** Containers whose questions answer under their own names (a `paneldynamic` is a question: one array answer). */
export const panelElementTypes: ReadonlySet<string> = new Set(["panel", "flowpanel"]);
/** Elements that show something but hold no answer and carry no aggregation. */
export const displayElementTypes: ReadonlySet<string> = new Set(["html", "image"]);

/** The raw SurveyJS JSON of one element. */
export type ElementJson = { type: string; name: string } & Record<string, unknown>;

/** An element with where it sits. */
export interface ElementLocation {
  element: ElementJson;
  /** name of the page it is on ("" inside a paneldynamic's template) */
  page: string;
  /** names of the enclosing panels, outermost first; empty for an element directly on the page */
  panels: string[];
  /** where its JSON sits, e.g. `survey.pages[1].elements[0].elements[2]` (the form validateQuestionnaire reports) */
  path: string;
}

function isElement(value: unknown): value is ElementJson {
  return isRecord(value) && typeof value.type === "string" && typeof value.name === "string";
}

export function isPanel(element: ElementJson): boolean {
  return panelElementTypes.has(element.type);
}

export function isDisplayElement(element: ElementJson): boolean {
  return displayElementTypes.has(element.type);
}

/**
 * Every element in `elements` and, recursively, in the panels among them, in document order, each panel before
 * its contents. Entries without a string `type` and `name` are skipped, and so is what lies inside them. The
 * template of a `paneldynamic` is not entered: its answer is one array under the paneldynamic's own name (use
 * `templateElements` for those questions).
 */
function* walkElements(elements: unknown, at: Omit<ElementLocation, "element">): Generator<ElementLocation> {
  if (!Array.isArray(elements)) return;
  for (const [index, element] of elements.entries()) {
    if (!isElement(element)) continue;
    const location: ElementLocation = { element, page: at.page, panels: at.panels, path: `${at.path}[${index}]` };
    yield location;
    if (isPanel(element)) {
      yield* walkElements(element.elements, { page: at.page, panels: [...at.panels, element.name], path: `${location.path}.elements` });
    }
  }
}

/** Every element of a survey, panels included, in document order. */
function walkSurvey(survey: SurveyJson): ElementLocation[] {
  return survey.pages.flatMap((page, index) => [
    ...walkElements(page.elements, { page: page.name, panels: [], path: `survey.pages[${index}].elements` }),
  ]);
}

/** Every question and display element of a survey, in document order (the panels entered, not listed). */
export function surveyElements(survey: SurveyJson): ElementLocation[] {
  return walkSurvey(survey).filter((location) => !isPanel(location.element));
}

/** Every question of a survey, in document order: `surveyElements` without the display elements. */
export function surveyQuestions(survey: SurveyJson): ElementLocation[] {
  return surveyElements(survey).filter((location) => !isDisplayElement(location.element));
}

/** Every panel of a survey (not paneldynamic), in document order, a panel before the panels inside it. */
export function surveyPanels(survey: SurveyJson): ElementLocation[] {
  return walkSurvey(survey).filter((location) => isPanel(location.element));
}

/** The questions (and display elements) inside a `paneldynamic`'s template: the keys of each panel's answer object. */
export function templateElements(element: ElementJson): ElementJson[] {
  return [...walkElements(element.templateElements, { page: "", panels: [], path: "templateElements" })]
    .map((location) => location.element)
    .filter((inner) => !isPanel(inner));
}

/** The column JSON of a `matrixdropdown` or `matrixdynamic`, each as an element of its cell type. */
export function matrixColumns(element: ElementJson): ElementJson[] {
  if (!Array.isArray(element.columns)) return [];
  const defaultCellType = typeof element.cellType === "string" ? element.cellType : "dropdown";
  return element.columns.filter(isRecord).flatMap((column) => {
    if (typeof column.name !== "string") return [];
    const cellType = typeof column.cellType === "string" && column.cellType !== "default" ? column.cellType : defaultCellType;
    const { cellType: _cellType, ...rest } = column;
    const json: ElementJson = { ...rest, name: column.name, type: cellType };
    if (json.choices === undefined && element.choices !== undefined) json.choices = element.choices;
    return [json];
  });
}

/** The items of a `multipletext`, each as a `text` element. */
export function multipleTextItems(element: ElementJson): ElementJson[] {
  if (!Array.isArray(element.items)) return [];
  return element.items.filter(isRecord).flatMap((item) =>
    typeof item.name === "string" ? [{ ...item, name: item.name, type: "text" } as ElementJson] : [],
  );
}
