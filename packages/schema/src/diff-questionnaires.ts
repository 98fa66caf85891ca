import type { QuestionnaireVersion } from "./questionnaire.js";
import { bumpOf, isBumpSufficient, maxBump, type Bump, type VersionChange } from "./semver.js";
import { answerShape } from "./answer-shape.js";
import { choiceItems, itemText, itemValue, sameValue, specialValues } from "./choice-items.js";
import { deepEqual, isRecord } from "./json-value.js";
import { matchElements } from "./match-elements.js";
import {
  type ElementJson,
  isDisplayElement,
  matrixColumns,
  multipleTextItems,
  surveyElements,
  surveyPanels,
  surveyQuestions,
  templateElements,
} from "./survey-elements.js";

/**
 * One difference between two versions. `bump` is the least version bump it needs: `major` for a breaking change
 * (answers or reports of the two versions no longer line up), `minor` for an addition or a loosening, `patch`
 * for wording and layout.
 */
export interface QuestionnaireChange {
  kind: string;
  breaking: boolean;
  bump: Exclude<Bump, "none">;
  detail: string;
}

export interface QuestionnaireDiff {
  /** questions only in the new version */
  added: { name: string; type: string }[];
  /** questions only in the old version */
  removed: { name: string; type: string }[];
  /** questions matched through the new question's `previousNames` */
  renamed: { from: string; to: string }[];
  /** matched questions that differ, under their new name */
  changed: { name: string; changes: QuestionnaireChange[] }[];
  /** changes outside the questions: title, description, report sections, pages, panels, display elements, survey settings */
  questionnaire: QuestionnaireChange[];
  breaking: boolean;
  requiredBump: Bump;
  actualBump: VersionChange;
  /** whether the new version number grew at least by `requiredBump` */
  bumpSufficient: boolean;
}

type Changes = QuestionnaireChange[];

function change(kind: string, bump: QuestionnaireChange["bump"], detail: string): QuestionnaireChange {
  return { kind, breaking: bump === "major", bump, detail };
}

function show(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const showList = (values: unknown[]): string => values.map(show).join(", ");

// ---- how each property of an element is judged ----------------------------------------------------------------

const metaKeys = new Set(["aggregation", "reportSection", "screening"]);
/** matched by name/previousNames, compared structurally, or the answer key itself */
const structureKeys = new Set(["name", "type", "previousNames", "elements", "templateElements"]);
const textKeys = new Set(["title", "description", "placeholder", "placeHolder", "html", "labelTrue", "labelFalse", "text", "altText"]);
const textKeyPattern = /(Text|Title|Description|Placeholder|PlaceHolder|Caption)$/;
const layoutKeys = new Set([
  "startWithNewLine", "colCount", "width", "minWidth", "maxWidth", "titleLocation", "descriptionLocation", "indent",
  "hideNumber", "renderAs", "choicesOrder", "rowsOrder", "separateSpecialChoices", "columnLayout", "horizontalScroll",
  "autoGrow", "allowResize", "displayMode", "rateType", "rateDisplayMode", "rateColorMode", "scaleColorMode",
  "displayStyle", "imageHeight", "imageWidth", "imageFit", "contentMode", "showLabel", "inputSize", "size",
  "textUpdateMode", "rowTitleWidth", "columnMinWidth", "columnWidth", "transposeData", "detailPanelMode",
  "verticalAlign", "alternateRows", "showHeader", "state", "questionTitleLocation", "showNumber", "tabAlign",
  "allowClear", "searchEnabled", "itemTitleWidth", "inputTextAlignment", "rowCount", "panelCount", "showProgressBar",
  "progressBarType", "showQuestionNumbers", "questionsOnPageMode", "widthMode", "showTitle", "showPageTitles",
  "logo", "logoPosition", "logoWidth", "logoHeight", "navigateToUrl", "showCompletedPage", "focusFirstQuestionAutomatic",
  "questionErrorLocation", "readOnlyCommentRenderMode", "isSinglePage", "showPreviewBeforeComplete", "templateTabTitle",
  "choicesLazyLoadEnabled", "cellComponent", "itemComponent", "maxImageWidth", "maxImageHeight",
]);
/** changes the shape or key of the stored answer, or what a value means */
const breakingKeys = new Set([
  "inputType", "valueName", "multiSelect", "storeOthersAsComment", "valuePropertyName", "keyName", "acceptedTypes",
  "allowMultiple", "storeDataAsText", "isUnique", "isAllRowRequired", "eachRowUnique", "eachRowRequired",
  "maskType", "maskSettings", "commentSuffix", "requiredIf",
]);
/** keys whose removal (as opposed to adding or changing them) only loosens validation */
const looserWhenRemoved = new Set(["keyName", "acceptedTypes", "isUnique", "maskType", "maskSettings", "requiredIf"]);
/** boolean requirements: turning them on is breaking, turning them off is a loosening */
const requirementFlags = new Set(["isRequired", "isAllRowRequired", "eachRowUnique", "eachRowRequired", "isUnique"]);
const lowerBounds = new Set(["min", "minLength", "minSelectedChoices", "minRowCount", "minPanelCount", "minValue", "minCount"]);
const upperBounds = new Set(["max", "maxLength", "maxSelectedChoices", "maxRowCount", "maxPanelCount", "maxValue", "maxCount", "maxSize"]);
/** the choice keys, compared as a set of values by compareItems */
const choiceKeys = new Set([
  "choices", "showOtherItem", "hasOther", "showNoneItem", "hasNone", "showRefuseItem", "showDontKnowItem",
  "choicesMin", "choicesMax", "choicesStep", "rateValues", "rateMin", "rateMax", "rateStep", "rateCount",
  "valueTrue", "valueFalse", "choicesByUrl", "choicesFromQuestion", "choicesFromQuestionMode", "autoGenerate",
]);

function isLocalizedObject(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => /^([a-z]{2}(-[a-z]+)?|default)$/i.test(key));
}

function isTextProperty(key: string, before: unknown, after: unknown): boolean {
  if (textKeys.has(key) || textKeyPattern.test(key)) return true;
  const texty = (value: unknown) => value === undefined || typeof value === "string" || isLocalizedObject(value);
  return (isLocalizedObject(before) || isLocalizedObject(after)) && texty(before) && texty(after);
}

function boundValue(key: string, value: unknown): unknown {
  // SurveyJS uses 0 or -1 for "no maximum length/size"
  if ((key === "maxLength" || key === "maxSize") && typeof value === "number" && value <= 0) return undefined;
  return value;
}

function compareBound(key: string, rawBefore: unknown, rawAfter: unknown, prefix: string): Changes {
  const before = boundValue(key, rawBefore);
  const after = boundValue(key, rawAfter);
  if (deepEqual(before, after)) return [];
  const detail = `${prefix}${key}: ${show(before)} → ${show(after)}`;
  if (before === undefined) return [change("validation-stricter", "major", detail)];
  if (after === undefined) return [change("validation-looser", "minor", detail)];
  const comparable =
    (typeof before === "number" && typeof after === "number") ||
    (typeof before === "string" && typeof after === "string" && /^\d{4}-\d{2}-\d{2}/.test(before) && /^\d{4}-\d{2}-\d{2}/.test(after));
  if (!comparable) return [change("validation-changed", "major", detail)];
  const raised = (after as number | string) > (before as number | string);
  const stricter = lowerBounds.has(key) ? raised : !raised;
  return [stricter ? change("validation-stricter", "major", detail) : change("validation-looser", "minor", detail)];
}

/** One property that differs between two versions of an element (or page, panel, survey). */
function compareProperty(key: string, before: unknown, after: unknown, prefix: string): Changes {
  if (deepEqual(before, after)) return [];
  const detail = `${prefix}${key}: ${show(before)} → ${show(after)}`;
  if (metaKeys.has(key)) return [change(`${key === "reportSection" ? "report-section" : key}-changed`, "major", detail)];
  if (requirementFlags.has(key)) {
    if ((before === true) === (after === true)) return [];
    return after === true
      ? [change(key === "isRequired" ? "required-added" : "validation-stricter", "major", detail)]
      : [change(key === "isRequired" ? "required-removed" : "validation-looser", "minor", detail)];
  }
  if (lowerBounds.has(key) || upperBounds.has(key)) return compareBound(key, before, after, prefix);
  if (isTextProperty(key, before, after)) return [change("text-changed", "patch", `${prefix}${key} changed`)];
  if (layoutKeys.has(key)) return [change("layout-changed", "patch", detail)];
  if (key === "allowMultiple") {
    return after === true ? [change("validation-looser", "minor", detail)] : [change(`${key}-changed`, "major", detail)];
  }
  if (breakingKeys.has(key)) {
    if (after === undefined && looserWhenRemoved.has(key)) return [change("validation-looser", "minor", detail)];
    return [change(`${key === "requiredIf" ? "required-if" : key}-changed`, "major", detail)];
  }
  if (key.endsWith("If") || key.endsWith("Expression") || key === "expression" || key.startsWith("default")) {
    return [change("logic-changed", "minor", detail)];
  }
  return [change("property-changed", "minor", detail)];
}

function compareProperties(before: Record<string, unknown>, after: Record<string, unknown>, prefix: string, skip: Set<string>): Changes {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => !skip.has(key)).flatMap((key) => compareProperty(key, before[key], after[key], prefix));
}

// ---- items (choices, matrix rows and columns) --------------------------------------------------------------------

const without = (item: unknown, ...keys: string[]): unknown => {
  if (!isRecord(item)) return {};
  const rest = { ...item };
  for (const key of keys) delete rest[key];
  return rest;
};

/** Compares two lists of SurveyJS items (choices, rows, columns of a `matrix`) by value. */
function compareItems(before: unknown[], after: unknown[], noun: string, prefix: string, specials: [string[], string[]] = [[], []]): Changes {
  const changes: Changes = [];
  const beforeValues = [...before.map(itemValue), ...specials[0]];
  const afterValues = [...after.map(itemValue), ...specials[1]];
  const has = (values: unknown[], value: unknown) => values.some((other) => sameValue(other, value));
  let removed = beforeValues.filter((value) => !has(afterValues, value));
  let added = afterValues.filter((value) => !has(beforeValues, value));
  const textOf = (items: unknown[], value: unknown) => itemText(items.find((item) => sameValue(itemValue(item), value)));

  // a value that changed while its text stayed is reported as such
  for (const value of [...removed]) {
    const text = textOf(before, value);
    if (text === undefined) continue;
    const renamedTo = added.find((other) => deepEqual(textOf(after, other), text));
    if (renamedTo === undefined) continue;
    changes.push(change(`${noun}-value-changed`, "major", `${prefix}${noun} ${show(text)}: value ${show(value)} → ${show(renamedTo)}`));
    removed = removed.filter((other) => other !== value);
    added = added.filter((other) => other !== renamedTo);
  }
  if (removed.length > 0) changes.push(change(`${noun}-removed`, "major", `${prefix}${noun}s removed: ${showList(removed)}`));
  if (added.length > 0) changes.push(change(`${noun}-added`, "minor", `${prefix}${noun}s added: ${showList(added)}`));

  const common = beforeValues.filter((value) => has(afterValues, value));
  for (const value of common) {
    const old = before.find((item) => sameValue(itemValue(item), value));
    const next = after.find((item) => sameValue(itemValue(item), value));
    if (!deepEqual(itemText(old), itemText(next))) {
      changes.push(change("text-changed", "patch", `${prefix}${noun} ${show(value)}: text changed`));
    }
    if (!deepEqual(without(old, "value", "text"), without(next, "value", "text"))) {
      changes.push(change(`${noun}-changed`, "minor", `${prefix}${noun} ${show(value)}: ${show(without(old, "value", "text"))} → ${show(without(next, "value", "text"))}`));
    }
  }
  const order = (values: unknown[]) => values.filter((value) => has(common, value)).map(String);
  if (!deepEqual(order(beforeValues), order(afterValues))) {
    changes.push(change(`${noun}s-reordered`, "patch", `${prefix}${noun}s reordered`));
  }
  return changes;
}

function compareChoices(before: ElementJson, after: ElementJson, prefix: string): Changes {
  const beforeItems = choiceItems(before);
  const afterItems = choiceItems(after);
  if (beforeItems === undefined || afterItems === undefined) {
    const pick = (element: ElementJson) => Object.fromEntries([...choiceKeys].map((key) => [key, element[key]]));
    return deepEqual(pick(before), pick(after)) ? [] : [change("choices-source-changed", "major", `${prefix}where the choices come from changed`)];
  }
  // the texts of the special items ("Other (describe)") are compared as text properties
  return compareItems(beforeItems, afterItems, "choice", prefix, [specialValues(before), specialValues(after)]);
}

// ---- validators ------------------------------------------------------------------------------------------------

function compareValidators(beforeList: unknown, afterList: unknown, prefix: string): Changes {
  const byType = (list: unknown) => {
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const validator of Array.isArray(list) ? list : []) {
      if (!isRecord(validator) || typeof validator.type !== "string") continue;
      groups.set(validator.type, [...(groups.get(validator.type) ?? []), validator]);
    }
    return groups;
  };
  const before = byType(beforeList);
  const after = byType(afterList);
  const changes: Changes = [];
  for (const type of new Set([...before.keys(), ...after.keys()])) {
    const olds = before.get(type) ?? [];
    const news = after.get(type) ?? [];
    for (let i = 0; i < Math.max(olds.length, news.length); i++) {
      const old = olds[i];
      const next = news[i];
      const label = `${prefix}${type} validator`;
      if (!old) changes.push(change("validator-added", "major", `${label} added`));
      else if (!next) changes.push(change("validator-removed", "minor", `${label} removed`));
      else {
        for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
          if (key === "type" || deepEqual(old[key], next[key])) continue;
          if (key === "text" || isTextProperty(key, old[key], next[key])) changes.push(change("text-changed", "patch", `${label}: message changed`));
          else if (lowerBounds.has(key) || upperBounds.has(key)) changes.push(...compareBound(key, old[key], next[key], `${label}: `));
          else if (key === "allowDigits" && (old[key] !== false) === (next[key] !== false)) continue;
          else if (key === "allowDigits" && next[key] !== false) changes.push(change("validation-looser", "minor", `${label}: digits allowed`));
          else changes.push(change("validator-changed", "major", `${label}: ${key} ${show(old[key])} → ${show(next[key])}`));
        }
      }
    }
  }
  return changes;
}

// ---- elements ------------------------------------------------------------------------------------------------

/** Compares named parts of an element: columns of a matrix, items of a multipletext, questions of a paneldynamic. */
function compareNamed(before: ElementJson[], after: ElementJson[], noun: string, prefix: string): Changes {
  const changes: Changes = [];
  const matches = matchElements(before, after);
  const matched = new Set(matches.values());
  for (const old of before) {
    const next = matches.get(old.name);
    if (!next) {
      changes.push(change(`${noun}-removed`, "major", `${prefix}${noun} ${show(old.name)} removed`));
      continue;
    }
    if (next.name !== old.name) changes.push(change(`${noun}-renamed`, "major", `${prefix}${noun} ${show(old.name)} renamed ${show(next.name)}`));
    changes.push(...compareElement(old, next, `${prefix}${noun} ${show(next.name)}: `));
  }
  for (const next of after) {
    if (matched.has(next)) continue;
    changes.push(
      next.isRequired === true
        ? change(`${noun}-added`, "major", `${prefix}required ${noun} ${show(next.name)} added`)
        : change(`${noun}-added`, "minor", `${prefix}${noun} ${show(next.name)} added`),
    );
  }
  const order = (elements: ElementJson[], names: (element: ElementJson) => string | undefined) =>
    elements.map(names).filter((name): name is string => name !== undefined);
  const beforeOrder = order(before, (element) => matches.get(element.name)?.name);
  const afterOrder = order(after, (element) => (matched.has(element) ? element.name : undefined));
  if (!deepEqual(beforeOrder, afterOrder)) changes.push(change(`${noun}s-reordered`, "patch", `${prefix}${noun}s reordered`));
  return changes;
}

/** Every difference between two versions of one question (or display element, or column, or item). */
function compareElement(before: ElementJson, after: ElementJson, prefix = ""): Changes {
  if (before.type !== after.type) {
    const meta = [...metaKeys].flatMap((key) => compareProperty(key, before[key], after[key], prefix));
    return [change("type-changed", "major", `${prefix}type: ${before.type} → ${after.type}`), ...meta];
  }
  const changes: Changes = [];
  const skip = new Set([...structureKeys, "validators"]);
  const shape = answerShape(after);
  if (shape === "single" || shape === "multi" || shape === "boolean") {
    changes.push(...compareChoices(before, after, prefix));
    for (const key of choiceKeys) skip.add(key);
  }
  if (shape === "matrix" || shape === "matrixdropdown") {
    changes.push(...compareItems(asArray(before.rows), asArray(after.rows), "row", prefix));
    skip.add("rows");
  }
  if (shape === "matrix") {
    changes.push(...compareItems(asArray(before.columns), asArray(after.columns), "column", prefix));
    skip.add("columns");
  }
  if (shape === "matrixdropdown" || shape === "matrixdynamic") {
    // the matrix's own choices and cell type are the defaults of its columns, compared there
    changes.push(...compareNamed(matrixColumns(before), matrixColumns(after), "column", prefix));
    for (const key of ["columns", "choices", "cellType"]) skip.add(key);
  }
  if (shape === "multipletext") {
    changes.push(...compareNamed(multipleTextItems(before), multipleTextItems(after), "item", prefix));
    skip.add("items");
  }
  if (shape === "paneldynamic") {
    changes.push(...compareNamed(templateElements(before), templateElements(after), "nested-question", prefix));
  }
  changes.push(...compareValidators(before.validators, after.validators, prefix));
  changes.push(...compareProperties(before, after, prefix, skip));
  return changes;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// ---- questionnaires ----------------------------------------------------------------------------------------------

function compareQuestionnaireFields(from: QuestionnaireVersion, to: QuestionnaireVersion): Changes {
  const changes: Changes = [];
  for (const key of ["announcement", "key", "audience"] as const) {
    if (from[key] !== to[key]) changes.push(change("identity-changed", "major", `${key}: ${show(from[key])} → ${show(to[key])}`));
  }
  if (!deepEqual(from.title, to.title)) changes.push(change("title-changed", "patch", "questionnaire title changed"));
  if (!deepEqual(from.description, to.description)) changes.push(change("description-changed", "patch", "questionnaire description changed"));

  const afterIds = to.reportSections.map((section) => section.id);
  const beforeIds = from.reportSections.map((section) => section.id);
  for (const section of from.reportSections) {
    const next = to.reportSections.find((other) => other.id === section.id);
    if (!next) changes.push(change("report-section-removed", "major", `report section ${show(section.id)} removed`));
    else if (!deepEqual(section.title, next.title)) changes.push(change("report-section-title-changed", "patch", `report section ${show(section.id)}: title changed`));
  }
  for (const id of afterIds.filter((id) => !beforeIds.includes(id))) {
    changes.push(change("report-section-added", "minor", `report section ${show(id)} added`));
  }
  const common = (ids: string[], others: string[]) => ids.filter((id) => others.includes(id));
  if (!deepEqual(common(beforeIds, afterIds), common(afterIds, beforeIds))) {
    changes.push(change("report-sections-reordered", "patch", "report sections reordered"));
  }
  return changes;
}

function compareSurveyFrame(from: QuestionnaireVersion, to: QuestionnaireVersion): Changes {
  const changes = compareProperties(from.survey, to.survey, "survey: ", new Set(["pages"]));

  for (const page of from.survey.pages) {
    const next = to.survey.pages.find((other) => other.name === page.name);
    if (!next) changes.push(change("page-removed", "patch", `page ${show(page.name)} removed`));
    else changes.push(...compareProperties(page, next, `page ${show(page.name)}: `, new Set(["name", "elements"])));
  }
  for (const page of to.survey.pages) {
    if (!from.survey.pages.some((other) => other.name === page.name)) changes.push(change("page-added", "patch", `page ${show(page.name)} added`));
  }

  const beforePanels = surveyPanels(from.survey).map((location) => location.element);
  const afterPanels = surveyPanels(to.survey).map((location) => location.element);
  const panelMatches = matchElements(beforePanels, afterPanels);
  for (const panel of beforePanels) {
    const next = panelMatches.get(panel.name);
    if (!next) changes.push(change("panel-removed", "patch", `panel ${show(panel.name)} removed`));
    else changes.push(...compareProperties(panel, next, `panel ${show(next.name)}: `, new Set(["name", "previousNames", "elements"])));
  }
  const matchedPanels = new Set(panelMatches.values());
  for (const panel of afterPanels.filter((panel) => !matchedPanels.has(panel))) {
    changes.push(change("panel-added", "patch", `panel ${show(panel.name)} added`));
  }

  const display = (questionnaire: QuestionnaireVersion) =>
    surveyElements(questionnaire.survey).map((location) => location.element).filter(isDisplayElement);
  const beforeDisplay = display(from);
  const afterDisplay = display(to);
  const displayMatches = matchElements(beforeDisplay, afterDisplay);
  for (const element of beforeDisplay) {
    const next = displayMatches.get(element.name);
    if (!next) changes.push(change("display-element-removed", "patch", `${element.type} ${show(element.name)} removed`));
    else changes.push(...compareElement(element, next, `${next.type} ${show(next.name)}: `));
  }
  const matchedDisplay = new Set(displayMatches.values());
  for (const element of afterDisplay.filter((element) => !matchedDisplay.has(element))) {
    changes.push(change("display-element-added", "patch", `${element.type} ${show(element.name)} added`));
  }
  return changes;
}

/**
 * What changed from one version of a questionnaire to the next, and the version bump that requires.
 *
 * Questions are matched by name, or through the new question's `previousNames`. Breaking (major): a question
 * removed or renamed, a type changed, a choice removed or its value changed, a matrix column or row removed,
 * optional → required, stricter validation, an aggregation, report section or screening role changed, a
 * report section removed, a required question added. Minor: an optional question, a choice, a column or a report
 * section added, validation loosened, logic changed. Patch: wording (Danish or English), layout, order, pages
 * and panels. None: identical.
 */
export function diffQuestionnaires(from: QuestionnaireVersion, to: QuestionnaireVersion): QuestionnaireDiff {
  const beforeQuestions = surveyQuestions(from.survey);
  const afterQuestions = surveyQuestions(to.survey);
  const matches = matchElements(
    beforeQuestions.map((location) => location.element),
    afterQuestions.map((location) => location.element),
  );
  const matched = new Set(matches.values());

  const diff: QuestionnaireDiff = {
    added: [],
    removed: [],
    renamed: [],
    changed: [],
    questionnaire: [...compareQuestionnaireFields(from, to), ...compareSurveyFrame(from, to)],
    breaking: false,
    requiredBump: "none",
    actualBump: bumpOf(from.version, to.version),
    bumpSufficient: false,
  };

  for (const { element: old, page, panels } of beforeQuestions) {
    const next = matches.get(old.name);
    if (!next) {
      diff.removed.push({ name: old.name, type: old.type });
      continue;
    }
    if (next.name !== old.name) diff.renamed.push({ from: old.name, to: next.name });
    const changes = compareElement(old, next);
    const location = afterQuestions.find((candidate) => candidate.element === next);
    const where = (p: string, enclosing: string[]) => [p, ...enclosing].join(" › ");
    if (location && where(page, panels) !== where(location.page, location.panels)) {
      changes.push(change("moved", "patch", `moved from ${where(page, panels)} to ${where(location.page, location.panels)}`));
    }
    if (changes.length > 0) diff.changed.push({ name: next.name, changes });
  }
  for (const { element } of afterQuestions) {
    if (matched.has(element)) continue;
    diff.added.push({ name: element.name, type: element.type });
    if (element.isRequired === true) {
      diff.questionnaire.push(change("required-question-added", "major", `required question ${show(element.name)} added`));
    }
  }

  let bump: Bump = "none";
  if (diff.removed.length > 0 || diff.renamed.length > 0) bump = "major";
  if (diff.added.length > 0) bump = maxBump(bump, "minor");
  for (const item of [...diff.questionnaire, ...diff.changed.flatMap((entry) => entry.changes)]) bump = maxBump(bump, item.bump);
  diff.requiredBump = bump;
  diff.breaking = bump === "major";
  diff.bumpSufficient = isBumpSufficient(bump, diff.actualBump);
  return diff;
}
