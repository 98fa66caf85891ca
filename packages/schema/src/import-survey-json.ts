import { type JsonError, type JsonObjectProperty, Model, Serializer } from "survey-core";
import { isRecord, jsonPaths } from "./json-value.js";
import { type Locale } from "./localized-text.js";
import { type AggregationKind, aggregationKinds } from "./question-meta.js";
import type { Audience } from "./questionnaire.js";
import type { DraftReportSection, DraftText, QuestionnaireDraft } from "./questionnaire-draft.js";
import { displayElementTypes, panelElementTypes } from "./survey-elements.js";
import { registerSurveyProperties } from "./survey-properties.js";

/**
 * Something the import inferred, changed or could not carry over, for the secretariat to review. `path` points into
 * the draft, e.g. `survey.pages[0].elements[2]` (`survey` alone for the survey as a whole).
 *
 * Codes: `wrapped-in-page` (top-level elements or questions put on a page), `ignored-by-surveyjs` (a list survey-core
 * does not read because a later one replaces it), `legacy-questions` (`questions` renamed `elements`), `named`
 * (an unnamed page, panel or question got the name survey-core gives it), `title-from-name` (a question without a
 * title got its name, which SurveyJS shows), `missing-translation` (texts of an element lacking Danish or English),
 * `dropped-locales` (texts in other languages not carried over), `inferred-aggregation`, `no-aggregation`,
 * `default-report-section`, `unknown-report-section`, `moved-to-draft` (the survey's title or description became the
 * draft's), `missing-title`, `dropped-locale-setting`, `empty-survey`, `unknown-property`, `unknown-type`,
 * `missing-name`, `survey-json` (what survey-core itself reports on the draft's survey: kept as it was).
 */
export interface ImportNote {
  path: string;
  code: string;
  message: string;
}

/**
 * Why nothing could be imported. Codes: `invalid-json`, `not-a-survey`, `survey-load-failed` (survey-core throws on
 * it), `internal-error` (a defect of the import itself; please report it).
 */
export interface ImportError {
  path: string;
  code: string;
  message: string;
}

export interface ImportSurveyJsonOptions {
  /** the language of plain-string texts and of SurveyJS's `default` texts */
  language: Locale;
  /** the draft's audience; `municipality` (noted) when not given */
  audience?: Audience;
  /** the draft's title; else the survey's own title */
  title?: DraftText;
  /** the draft's description; else the survey's own description */
  description?: DraftText;
  /** the report sections questions may already name in `reportSection` (an export with Afrapport's properties kept) */
  reportSections?: DraftReportSection[];
  /** the section every other question feeds; `generelt` ("Generelt" / "General") when not given */
  defaultSection?: DraftReportSection;
}

export type ImportSurveyJsonResult =
  | { ok: true; draft: QuestionnaireDraft; notes: ImportNote[] }
  | { ok: false; errors: ImportError[] };

export const defaultReportSection: DraftReportSection = { id: "generelt", title: { da: "Generelt", en: "General" } };

type Json = Record<string, unknown>;
const quote = (value: unknown): string => JSON.stringify(value)?.slice(0, 80) ?? String(value);
const hasText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const languageName = (locale: Locale) => (locale === "da" ? "Danish" : "English");
const afrapportProperties = ["aggregation", "reportSection", "screening", "previousNames"];

/**
 * Turns SurveyJS JSON that survey-core loads into a draft questionnaire: top-level `elements` or `questions` are put
 * on a page, unnamed pages, panels and questions get the names survey-core gives them, texts become `{ da, en }`,
 * every question gets an aggregation (inferred from its type) and a report section. Everything inferred, changed or
 * not carried over is in `notes`; what the import does not understand is kept as it was. Fails only for what
 * survey-core itself cannot load (and for what is not JSON of a survey at all). Never throws.
 */
export function importSurveyJson(json: unknown, options: ImportSurveyJsonOptions): ImportSurveyJsonResult {
  try {
    return importSurvey(json, options);
  } catch (error) {
    return { ok: false, errors: [{ path: "survey", code: "internal-error", message: `the survey could not be imported: ${String(error)}` }] };
  }
}

function importSurvey(json: unknown, options: ImportSurveyJsonOptions): ImportSurveyJsonResult {
  const language = options.language === "en" ? "en" : "da";
  let parsed = json;
  if (typeof json === "string") {
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      return { ok: false, errors: [{ path: "survey", code: "invalid-json", message: `not JSON: ${String(error)}` }] };
    }
  }
  if (!isRecord(parsed)) {
    return { ok: false, errors: [{ path: "survey", code: "not-a-survey", message: `a survey is a JSON object, not ${quote(parsed)}` }] };
  }
  let survey: Json;
  try {
    survey = JSON.parse(JSON.stringify(parsed)) as Json;
  } catch (error) {
    return { ok: false, errors: [{ path: "survey", code: "invalid-json", message: `not JSON data: ${String(error)}` }] };
  }

  registerSurveyProperties();
  let model: Model;
  try {
    model = new Model(survey);
  } catch (error) {
    return { ok: false, errors: [{ path: "survey", code: "survey-load-failed", message: `survey-core could not load the survey: ${String(error)}` }] };
  }

  const notes: ImportNote[] = [];
  const note = (path: string, code: string, message: string) => notes.push({ path, code, message });
  const modelNames = namesFromModel(model);

  // Survey-level texts become the draft's own.
  const draftText = (value: unknown, path: string): DraftText | undefined => {
    if (value === undefined) return undefined;
    const texts = new TextCollector(language);
    const text = texts.localize(value, "");
    texts.report(path, note);
    return text;
  };
  let title = options.title;
  let description = options.description;
  if (survey.title !== undefined) {
    if (title === undefined) {
      title = draftText(survey.title, "title");
      note("survey.title", "moved-to-draft", "the survey's title is the draft's title");
    } else note("survey.title", "moved-to-draft", "the survey's title is replaced by the title given to the import");
    delete survey.title;
  }
  if (survey.description !== undefined) {
    if (description === undefined) {
      description = draftText(survey.description, "description");
      note("survey.description", "moved-to-draft", "the survey's description is the draft's description");
    } else note("survey.description", "moved-to-draft", "the survey's description is replaced by the description given to the import");
    delete survey.description;
  }
  if (title === undefined) {
    title = {};
    note("title", "missing-title", "the survey has no title; give the draft one");
  }
  if (survey.locale !== undefined) {
    note("survey.locale", "dropped-locale-setting", `the survey's locale ${quote(survey.locale)} is not kept: Afrapport shows Danish first, English on request`);
    delete survey.locale;
  }

  // Pages: survey-core reads the last of `pages`, `questions` and `elements` and ignores the others.
  const pages = pagesOf(survey, note);
  if (pages.length === 0) {
    pages.push({ name: model.pages[0]?.name || "page1", elements: [] });
    note("survey.pages", "empty-survey", "the survey has no pages or elements; the draft starts with one empty page");
  }
  survey.pages = pages;

  const sections = [...(options.reportSections ?? [])];
  const defaultSection = options.defaultSection ?? defaultReportSection;
  const sectionIds = new Set(sections.map((s) => s.id));
  const context: ElementContext = { language, modelNames, note, sectionIds, defaultSection: defaultSection.id, defaulted: 0, usedNames: new Set(modelNames.values()) };
  pages.forEach((page, i) => {
    const path = `survey.pages[${i}]`;
    if (typeof page.name !== "string" || page.name === "") {
      page.name = modelNames.get(page) ?? uniqueName("page", context.usedNames);
      note(path, "named", `the page is named "${String(page.name)}"`);
    }
    visitElements(page, `${path}`, context, false);
  });
  if (context.defaulted > 0) {
    if (!sectionIds.has(defaultSection.id)) sections.push(defaultSection);
    note("survey", "default-report-section", `${context.defaulted} question(s) feed the report section "${defaultSection.id}"; move them to other sections as needed`);
  }
  if (sections.length === 0) sections.push(defaultSection);

  // Texts, everywhere survey-core has a localizable property.
  const texts = new TextCollector(language);
  localizeObject(survey, ["survey"], "survey", "survey", texts, note);
  texts.reportAll(note);

  // What survey-core still says of the result is kept as it is, but told.
  for (const issue of loadNotes(survey)) notes.push(issue);

  const draft: QuestionnaireDraft = {
    audience: options.audience ?? "municipality",
    title,
    ...(description === undefined ? {} : { description }),
    reportSections: sections,
    survey: survey as QuestionnaireDraft["survey"],
  };
  if (options.audience === undefined) note("audience", "assumed-audience", 'the draft is for municipalities; set its audience to "offer" if it is for offers');
  return { ok: true, draft, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Structure: pages, containers, names

/** The names survey-core gave the pages, panels and questions it loaded, by the JSON object each came from. */
function namesFromModel(model: Model): Map<object, string> {
  const names = new Map<object, string>();
  const visit = (element: unknown) => {
    if (!isRecord(element)) return;
    const { jsonObj, name } = element as { jsonObj?: unknown; name?: unknown };
    if (isRecord(jsonObj) && typeof name === "string") names.set(jsonObj, name);
    if (Array.isArray(element.elements)) element.elements.forEach(visit);
    const template = (element as { template?: unknown }).template;
    if (isRecord(template) && Array.isArray(template.elements)) template.elements.forEach(visit);
  };
  model.pages.forEach(visit);
  return names;
}

function uniqueName(prefix: string, used: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `${prefix}${i}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** The key survey-core reads a container's elements from: the last of `keys` present (a later one replaces an earlier). */
function winningKey(object: Json, keys: readonly string[]): string | undefined {
  return Object.keys(object).filter((key) => keys.includes(key)).at(-1);
}

function pagesOf(survey: Json, note: (path: string, code: string, message: string) => void): Json[] {
  const key = winningKey(survey, ["pages", "questions", "elements"]);
  for (const other of ["pages", "questions", "elements"]) {
    if (other === key || survey[other] === undefined) continue;
    note(`survey.${other}`, "ignored-by-surveyjs", `survey-core ignores "${other}" when "${String(key)}" follows it; not carried over`);
    delete survey[other];
  }
  if (key === undefined) return [];
  const value = survey[key];
  delete survey[key];
  if (key !== "pages") {
    note(`survey.${key}`, "wrapped-in-page", `the survey's top-level "${key}" are put on one page`);
    const page: Json = { name: "page1", elements: Array.isArray(value) ? value : [] };
    return [page];
  }
  if (!Array.isArray(value)) {
    note("survey.pages", "ignored-by-surveyjs", `"pages" is not a list; survey-core ignores it`);
    return [];
  }
  const pages: Json[] = [];
  value.forEach((page, i) => {
    if (isRecord(page)) pages.push(page);
    else note(`survey.pages[${i}]`, "ignored-by-surveyjs", `page ${quote(page)} is not an object; survey-core ignores it`);
  });
  return pages;
}

interface ElementContext {
  language: Locale;
  modelNames: Map<object, string>;
  note: (path: string, code: string, message: string) => void;
  sectionIds: Set<string>;
  defaultSection: string;
  /** questions given the default section */
  defaulted: number;
  usedNames: Set<string>;
}

/** A page's or panel's elements: `questions` renamed `elements`, the one survey-core reads kept. */
function containerElements(container: Json, path: string, context: ElementContext): unknown[] {
  const key = winningKey(container, ["elements", "questions"]);
  if (key === undefined) return [];
  if (key === "questions") {
    if (container.elements !== undefined) context.note(`${path}.elements`, "ignored-by-surveyjs", `survey-core ignores "elements" when "questions" follows it; not carried over`);
    container.elements = container.questions;
    delete container.questions;
    context.note(`${path}.elements`, "legacy-questions", `"questions" is renamed "elements"`);
  } else if (container.questions !== undefined) {
    context.note(`${path}.questions`, "ignored-by-surveyjs", `survey-core ignores "questions" when "elements" follows it; not carried over`);
    delete container.questions;
  }
  // Put `elements` where `questions` was dropped from: at the end is fine, key order carries no meaning once alone.
  return Array.isArray(container.elements) ? container.elements : [];
}

function visitElements(container: Json, path: string, context: ElementContext, inTemplate: boolean, key = "elements"): void {
  const elements = key === "elements" ? containerElements(container, path, context) : Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
  elements.forEach((element, i) => {
    const elementPath = `${path}.${key}[${i}]`;
    if (!isRecord(element)) return;
    const type = typeof element.type === "string" ? element.type : undefined;
    if (type === undefined || !Serializer.findClass(type)) return; // reported by survey-core: unknown-type
    if (typeof element.name !== "string" || element.name === "") {
      const name = context.modelNames.get(element) ?? uniqueName(panelElementTypes.has(type) ? "panel" : "question", context.usedNames);
      element.name = name;
      context.note(elementPath, "named", `the ${type} is named "${name}"`);
    }
    if (panelElementTypes.has(type)) return visitElements(element, elementPath, context, inTemplate);
    if (displayElementTypes.has(type)) return;
    fillTitles(element, elementPath, context);
    if (type === "paneldynamic") visitElements(element, elementPath, context, true, "templateElements");
    if (!inTemplate) setMeta(element, type, elementPath, context);
  });
}

/** SurveyJS shows the name where a question, column or item has no title; the draft says so in the chosen language. */
function fillTitles(element: Json, path: string, context: ElementContext): void {
  const fill = (object: Json, objectPath: string, what: string) => {
    if (object.title !== undefined || object.titleLocation === "hidden" || typeof object.name !== "string") return;
    object.title = object.name;
    context.note(`${objectPath}.title`, "title-from-name", `the ${what} "${object.name}" had no title; SurveyJS showed its name, now its ${languageName(context.language)} title`);
  };
  fill(element, path, "question");
  const columns = element.type === "matrixdynamic" || element.type === "matrixdropdown" ? element.columns : undefined;
  if (Array.isArray(columns)) {
    columns.forEach((column, i) => {
      if (typeof column === "string") columns[i] = column = { name: column }; // SurveyJS reads "Col 1" as { "name": "Col 1" }
      if (!isRecord(column)) return;
      if (typeof column.name !== "string" || column.name === "") context.note(`${path}.columns[${i}]`, "missing-name", "the column has no name; give it one");
      else fill(column, `${path}.columns[${i}]`, "column");
    });
  }
  if (element.type === "multipletext" && Array.isArray(element.items)) {
    element.items.forEach((item, i, items) => {
      if (typeof item === "string") items[i] = item = { name: item };
      if (!isRecord(item)) return;
      if (typeof item.name !== "string" || item.name === "") context.note(`${path}.items[${i}]`, "missing-name", "the item has no name; give it one");
      else if (!/^-?\d+(\.\d+)?$/.test(item.name)) fill(item, `${path}.items[${i}]`, "item");
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Afrapport's properties: aggregation and report section

/** The aggregation a question's type suggests, and why when it is `none`. */
export function inferAggregation(element: Readonly<Json>): { aggregation: AggregationKind; reason?: string } {
  const type = String(element.type);
  switch (type) {
    case "text":
      if (element.inputType === "number") return { aggregation: "sum" };
      if (element.inputType === "range") return { aggregation: "none", reason: "a range input is not summed or listed" };
      return { aggregation: "texts" };
    case "comment":
      return { aggregation: "texts" };
    case "radiogroup":
    case "checkbox":
    case "dropdown":
    case "tagbox":
    case "boolean":
    case "matrix":
      return { aggregation: "choiceCounts" };
    case "file":
      return { aggregation: "files" };
    case "expression":
      return { aggregation: "none" };
    case "multipletext": {
      const items = Array.isArray(element.items) ? element.items : [];
      const years = items.length > 0 && items.every((item) => isRecord(item) && typeof item.name === "string" && /^\d{4}$/.test(item.name) && item.inputType === "number");
      return years ? { aggregation: "sumPerYear" } : { aggregation: "none", reason: "only a multipletext of numeric year items is summed (per year)" };
    }
    case "matrixdynamic": {
      const columns = new Set((Array.isArray(element.columns) ? element.columns : []).map((c) => (isRecord(c) ? c.name : undefined)));
      if (columns.has("name") && columns.has("operator")) return { aggregation: "offerList" };
      return { aggregation: "none", reason: "a matrixdynamic goes into the report only as a list of offers (columns name and operator)" };
    }
    default:
      return { aggregation: "none", reason: `no aggregation of the joint report fits a ${type} question` };
  }
}

function setMeta(element: Json, type: string, path: string, context: ElementContext): void {
  if (!aggregationKinds.includes(element.aggregation as AggregationKind)) {
    if (element.aggregation !== undefined) context.note(`${path}.aggregation`, "inferred-aggregation", `aggregation ${quote(element.aggregation)} is unknown; inferred from the type instead`);
    const { aggregation, reason } = inferAggregation(element);
    element.aggregation = aggregation;
    if (reason) context.note(`${path}.aggregation`, "no-aggregation", `"none": ${reason}`);
    else context.note(`${path}.aggregation`, "inferred-aggregation", `"${aggregation}", from its type ${type}${element.inputType ? ` (inputType ${quote(element.inputType)})` : ""}`);
  }
  if (typeof element.reportSection === "string" && context.sectionIds.has(element.reportSection)) return;
  if (element.reportSection !== undefined) {
    context.note(`${path}.reportSection`, "unknown-report-section", `report section ${quote(element.reportSection)} is not among the draft's; the question feeds "${context.defaultSection}"`);
  }
  element.reportSection = context.defaultSection;
  context.defaulted++;
}

// ---------------------------------------------------------------------------------------------------------------
// Texts: every localizable property survey-core knows becomes { da, en }

/** Collects, per element, the texts that lack a language or had other languages. */
class TextCollector {
  private missing = new Map<string, { da: string[]; en: string[]; dropped: Set<string> }>();
  constructor(private readonly language: Locale) {}

  /** A text as `{ da, en }` (a missing language left out), its gaps recorded against `owner` under `relative`. */
  localize(value: unknown, relative: string, owner = ""): DraftText {
    const other: Locale = this.language === "da" ? "en" : "da";
    const text: DraftText = {};
    const dropped: string[] = [];
    if (isRecord(value)) {
      const own = (locale: string) => (hasText(value[locale]) ? (value[locale] as string) : undefined);
      const chosen = own(this.language) ?? own("default");
      const second = own(other) ?? (own(this.language) !== undefined ? own("default") : undefined);
      const rest = Object.keys(value).filter((key) => !["da", "en", "default"].includes(key) && hasText(value[key]));
      if (chosen !== undefined) text[this.language] = chosen;
      if (second !== undefined) text[other] = second;
      if (chosen === undefined && second === undefined && rest.length > 0) {
        text[this.language] = value[rest[0] as string] as string;
        dropped.push(...rest.slice(1));
      } else dropped.push(...rest);
    } else if (value !== undefined && value !== null && value !== "") {
      text[this.language] = typeof value === "string" ? value : String(value);
    }
    const entry = this.entry(owner);
    for (const locale of ["da", "en"] as const) if (text[locale] === undefined) entry[locale].push(relative || "text");
    for (const locale of dropped) entry.dropped.add(locale);
    return text;
  }

  private entry(owner: string) {
    let entry = this.missing.get(owner);
    if (!entry) this.missing.set(owner, (entry = { da: [], en: [], dropped: new Set() }));
    return entry;
  }

  report(path: string, note: (path: string, code: string, message: string) => void): void {
    for (const [owner, entry] of this.missing) {
      const at = owner === "" ? path : owner;
      for (const locale of ["da", "en"] as const) {
        if (entry[locale].length === 0) continue;
        const list = entry[locale].slice(0, 8).join(", ") + (entry[locale].length > 8 ? `, … (${entry[locale].length} in all)` : "");
        note(at, "missing-translation", `no ${languageName(locale)} text for ${list}`);
      }
      if (entry.dropped.size > 0) note(at, "dropped-locales", `texts in ${[...entry.dropped].join(", ")} are not carried over`);
    }
    this.missing.clear();
  }

  reportAll(note: (path: string, code: string, message: string) => void): void {
    this.report("survey", note);
  }
}

function propertyOf(classes: readonly string[], key: string): JsonObjectProperty | undefined {
  for (const className of classes) {
    const property = Serializer.findProperty(className, key);
    if (property) return property;
  }
  return undefined;
}

const isItemClass = (className: string | undefined) => !!className && (className === "itemvalue" || Serializer.isDescendantOf(className, "itemvalue"));
const isElementList = (key: string) => key === "elements" || key === "templateElements" || key === "pages";

/**
 * Walks an object as survey-core reads it (its class's properties), turning every localizable text into `{ da, en }`
 * and every plain choice (`"a"`, `"a|Text"`) into `{ value, text }`. `owner` is the path of the nearest page, panel or
 * question: the texts of its choices, columns and validators are noted with it.
 */
function localizeObject(object: Json, classes: readonly string[], path: string, owner: string, texts: TextCollector, note: (path: string, code: string, message: string) => void): void {
  const relative = (propertyPath: string) => propertyPath.slice(owner.length).replace(/^\./, "");
  for (const [key, value] of Object.entries(object)) {
    if (afrapportProperties.includes(key)) continue;
    const property = propertyOf(classes, key);
    if (!property) continue;
    const propertyPath = `${path}.${key}`;
    if (property.isLocalizable && !property.type.endsWith("[]")) {
      object[key] = texts.localize(value, relative(propertyPath), owner);
      continue;
    }
    if (!Array.isArray(value)) continue;
    const { className, classNamePart, baseClassName } = property;
    if (!className && !classNamePart && !baseClassName) continue;
    value.forEach((item, i) => {
      const itemPath = `${propertyPath}[${i}]`;
      if (isItemClass(className) && (typeof item === "string" || typeof item === "boolean")) {
        const raw = String(item);
        const bar = raw.indexOf("|");
        const choice = bar >= 0 ? { value: raw.slice(0, bar), text: raw.slice(bar + 1) } : { value: item, text: raw };
        if (bar < 0 && /^-?\d+(\.\d+)?$/.test(raw)) return; // a number shows as itself in every language
        value[i] = { value: choice.value, text: texts.localize(choice.text, relative(`${itemPath}.text`), owner) };
        return;
      }
      if (!isRecord(item)) return;
      if (isItemClass(className) && item.text === undefined && (typeof item.value === "string" || typeof item.value === "boolean") && !/^-?\d+(\.\d+)?$/.test(String(item.value))) {
        item.text = String(item.value); // SurveyJS shows the value where an item has no text
      }
      const type = typeof item.type === "string" ? item.type : undefined;
      let itemClasses: string[];
      if (classNamePart) itemClasses = type ? [type.endsWith(classNamePart) ? type : `${type}${classNamePart}`] : [];
      else if (baseClassName && !className) itemClasses = type ? [type] : [];
      else itemClasses = [className];
      if (className === "matrixdropdowncolumn") {
        const cellType = typeof item.cellType === "string" && item.cellType !== "default" ? item.cellType : typeof object.cellType === "string" ? object.cellType : "dropdown";
        itemClasses.push(cellType);
      }
      if (itemClasses.length === 0) return;
      localizeObject(item, itemClasses, itemPath, isElementList(key) ? itemPath : owner, texts, note);
    });
  }
  if (owner === path) texts.report(path, note);
}

// ---------------------------------------------------------------------------------------------------------------
// What survey-core says of the draft's survey

function loadNotes(survey: Json): ImportNote[] {
  const paths = jsonPaths(survey, "survey");
  let errors: JsonError[];
  try {
    errors = new Model(survey).jsonErrors ?? [];
  } catch (error) {
    return [{ path: "survey", code: "survey-json", message: `survey-core could not load the imported survey: ${String(error)}` }];
  }
  return errors.flatMap((error): ImportNote[] => {
    const objectPath = (isRecord(error.jsonObj) && paths.get(error.jsonObj)) || "survey";
    const property = (error as JsonError & { propertyName?: string }).propertyName;
    switch (error.type) {
      case "unknownproperty":
        return [{ path: `${objectPath}.${String(property)}`, code: "unknown-property", message: `${error.message} Kept as it was; survey-core ignores it.` }];
      case "missingtypeproperty":
      case "incorrecttypeproperty": {
        const type = isRecord(error.jsonObj) ? error.jsonObj.type : undefined;
        const what = type === undefined ? "the element has no type" : `survey-core knows no element type ${quote(type)}`;
        return [{ path: objectPath, code: "unknown-type", message: `${what}; kept as it was, survey-core skips it` }];
      }
      case "requiredproperty":
        return [{ path: `${objectPath}.${String(property)}`, code: "missing-name", message: error.message }];
      default:
        return [{ path: objectPath, code: "survey-json", message: error.message }];
    }
  });
}
