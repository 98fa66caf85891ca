import type { Locale, QuestionnaireDraft, QuestionnaireVersion } from "@afrapport/schema";

// A draft is allowed to be unfinished: texts missing in one language or both, a question without a type, choices
// fetched from an address. survey-core shows a missing text as the question's name or the choice's value, and
// drops what it cannot read without a word, so the preview turns the draft into SurveyJS JSON that shows every
// gap: a text missing in one language shows the other, marked; a question without a title says so; what cannot be
// shown is left out and listed.

/** How the preview marks what is missing, in the reader's words. */
export interface PreviewMarks {
  /** a text shown in the other language because this one is missing, e.g. "[DA] Hej" */
  fallback(from: Locale, text: string): string;
  /** a question or page with no title in either language */
  untitled(name: string): string;
}

export type SkipReason = "no-type" | "unknown-type" | "not-an-object" | "choices-by-url";

/** An element left out of the preview (or a part of it), and why. */
export interface PreviewSkip {
  /** the element's name, or its path when it has none */
  name: string;
  reason: SkipReason;
}

export interface PreviewQuestionnaire {
  /** a questionnaire version survey-core can show in both languages; its identity is a placeholder */
  questionnaire: QuestionnaireVersion;
  /** how many texts show the other language, per language shown */
  fallbacks: Record<Locale, number>;
  skipped: PreviewSkip[];
}

const locales: readonly Locale[] = ["da", "en"];
const other: Record<Locale, Locale> = { da: "en", en: "da" };

/** Properties that make survey-core fetch, navigate or remember something outside the page. */
const surveyKeysToDrop = ["surveyId", "surveyPostId", "navigateToUrl", "navigateToUrlOnCondition", "cookieName", "completedHtml", "completedHtmlOnCondition"];

/** Keys whose `{}` is an empty text (elsewhere an empty object is a setting). */
const textKey = /^(title|description|text|html|placeholder|placeHolder|labelTrue|labelFalse|requiredErrorText|.*Text|.*Title|.*Description|.*Placeholder)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ da?, en?, default? }` with string values: a text SurveyJS localises. */
function isLocalizedText(value: unknown, key: string): value is Partial<Record<Locale | "default", string>> {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0) return textKey.test(key);
  return keys.every((k) => (k === "da" || k === "en" || k === "default") && typeof value[k] === "string");
}

const present = (text: string | undefined): text is string => text !== undefined && text.trim() !== "";

class Converter {
  readonly fallbacks: Record<Locale, number> = { da: 0, en: 0 };
  readonly skipped: PreviewSkip[] = [];

  constructor(
    private readonly marks: PreviewMarks,
    private readonly knownTypes: ReadonlySet<string>,
  ) {}

  /** A text with both languages filled: a missing one shows the other marked; `untitled` when neither is there. */
  text(value: Partial<Record<Locale | "default", string>>, untitled?: string): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const locale of locales) {
      const own = value[locale];
      const fallback = value[other[locale]];
      if (present(own)) out[locale] = own;
      else if (present(fallback)) {
        out[locale] = this.marks.fallback(other[locale], fallback);
        this.fallbacks[locale] += 1;
      } else if (present(value.default)) out[locale] = value.default;
      else if (untitled !== undefined) out[locale] = untitled;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }

  /** Any JSON value inside an element: texts filled, everything else copied. */
  value(value: unknown, key: string): unknown {
    if (isLocalizedText(value, key)) return this.text(value);
    // survey-core fails on a null in a list (a choice, a column, a validator); a null there means nothing
    if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map((item) => this.value(item, key));
    if (isRecord(value)) return this.object(value);
    return value;
  }

  object(source: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      const converted = this.value(value, key);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }

  elements(list: unknown, at: string): Record<string, unknown>[] {
    if (!Array.isArray(list)) return [];
    return list.flatMap((item, index) => {
      const element = this.element(item, `${at}[${index}]`);
      return element === null ? [] : [element];
    });
  }

  element(source: unknown, path: string): Record<string, unknown> | null {
    if (!isRecord(source)) {
      this.skipped.push({ name: path, reason: "not-an-object" });
      return null;
    }
    const name = typeof source.name === "string" && source.name.trim() !== "" ? source.name : path;
    if (typeof source.type !== "string" || source.type.trim() === "") {
      this.skipped.push({ name, reason: "no-type" });
      return null;
    }
    if (!this.knownTypes.has(source.type)) {
      this.skipped.push({ name, reason: "unknown-type" });
      return null;
    }
    const { elements, templateElements, choicesByUrl, title, ...rest } = source;
    const out = this.object(rest);
    // An element with no title shows its name in survey-core, which reads like a finished title; say it is missing.
    // Panels and display elements without a title show none, as they will for the respondent.
    const titled = !["panel", "html", "image", "expression"].includes(source.type) || title !== undefined;
    const shownTitle = isLocalizedText(title, "title") ? this.text(title, titled ? this.marks.untitled(name) : undefined) : titled ? this.text({}, this.marks.untitled(name)) : title;
    if (shownTitle !== undefined) out.title = shownTitle;
    if (choicesByUrl !== undefined) this.skipped.push({ name, reason: "choices-by-url" });
    if (source.type === "file") out.storeDataAsText = true;
    if (elements !== undefined) out.elements = this.elements(elements, `${path}.elements`);
    if (templateElements !== undefined) out.templateElements = this.elements(templateElements, `${path}.templateElements`);
    return out;
  }
}

/**
 * The draft as a questionnaire version survey-core can show, in Danish and in English: every text present in both
 * (the other language marked where one is missing), elements survey-core cannot show left out and listed, files
 * kept in the page (never uploaded), and nothing that would make survey-core fetch or navigate. `knownTypes` are
 * the element types survey-core can build (ElementFactory's and the panels). Pure; the draft is not changed.
 */
export function previewQuestionnaire(draft: QuestionnaireDraft, marks: PreviewMarks, knownTypes: ReadonlySet<string>): PreviewQuestionnaire {
  const converter = new Converter(marks, knownTypes);
  const { pages, ...surveyRest } = draft.survey;
  const survey = converter.object(Object.fromEntries(Object.entries(surveyRest).filter(([key]) => !surveyKeysToDrop.includes(key))));
  survey.pages = pages.map((page, index) => {
    const { elements, ...pageRest } = page;
    const out = converter.object(pageRest);
    out.elements = converter.elements(elements, `survey.pages[${index}].elements`);
    return out;
  });
  const title = converter.text(draft.title, marks.untitled("")) as Record<Locale, string>;
  const description = draft.description === undefined ? undefined : converter.text(draft.description);
  const questionnaire = {
    announcement: "forhaandsvisning",
    key: "kladde",
    audience: draft.audience,
    version: "0.0.0",
    title,
    ...(description === undefined ? {} : { description: description as Record<Locale, string> }),
    // not shown by survey-core, so filled without counting
    reportSections: draft.reportSections.map((section) => ({ id: section.id, title: { da: section.title.da ?? section.id, en: section.title.en ?? section.id } })),
    survey,
  } as QuestionnaireVersion;
  return { questionnaire, fallbacks: converter.fallbacks, skipped: converter.skipped };
}

/**
 * The answer keys the questionnaire can hold: every element's name and valueName, in panels and paneldynamic
 * templates too (an answer inside a paneldynamic lives under the paneldynamic's name, which is kept with it).
 */
export function answerKeys(questionnaire: QuestionnaireVersion): Set<string> {
  const keys = new Set<string>();
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isRecord(element)) continue;
      if (typeof element.name === "string") keys.add(element.name);
      if (typeof element.valueName === "string") keys.add(element.valueName);
      walk(element.elements);
    }
  };
  for (const page of questionnaire.survey.pages) walk((page as Record<string, unknown>).elements);
  return keys;
}

/** The answers typed so far that still have a question to go to; the rest are dropped with the questions. */
export function answersToKeep<T>(answers: Readonly<Record<string, T>>, keys: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)));
}

/** The questionnaire's title in a language, the other language marked when it is missing. */
export function previewTitle(draft: QuestionnaireDraft, marks: PreviewMarks, locale: Locale): string {
  const own = draft.title[locale];
  if (present(own)) return own;
  const fallback = draft.title[other[locale]];
  return present(fallback) ? marks.fallback(other[locale], fallback) : marks.untitled("");
}
