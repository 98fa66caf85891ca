import type { QuestionnaireVersion } from "@afrapport/schema";

/** The JSON of one SurveyJS element. */
export type ElementJson = { type: string; name: string } & Record<string, unknown>;

/** A question whose answer is a top-level key of the answers (a `paneldynamic` holds its inner questions). */
export interface ValueQuestion {
  /** the key of the answer: the question's `valueName` when it has one, else its name */
  key: string;
  type: string;
  element: ElementJson;
  /** the page the question is on */
  page: string;
}

const containers = new Set(["panel"]);
const displayOnly = new Set(["html", "image"]);

// Every save asks this of its questionnaire version (keys, file references): read once per version object. A
// published version is immutable, and the catalogue holds a bounded number of them; the WeakMap lets an entry go
// with its version.
const known = new WeakMap<QuestionnaireVersion, readonly ValueQuestion[]>();

/** The questions of a questionnaire whose answers are top-level keys, in questionnaire order. */
export function valueQuestions(questionnaire: QuestionnaireVersion): readonly ValueQuestion[] {
  let questions = known.get(questionnaire);
  if (questions === undefined) known.set(questionnaire, (questions = Object.freeze(readValueQuestions(questionnaire))));
  return questions;
}

function readValueQuestions(questionnaire: QuestionnaireVersion): ValueQuestion[] {
  const questions: ValueQuestion[] = [];
  const visit = (elements: unknown, page: string): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (element === null || typeof element !== "object") continue;
      const json = element as ElementJson;
      if (typeof json.type !== "string" || typeof json.name !== "string") continue;
      if (containers.has(json.type)) {
        visit(json.elements, page);
        continue;
      }
      if (displayOnly.has(json.type)) continue;
      const key = typeof json.valueName === "string" && json.valueName !== "" ? json.valueName : json.name;
      if (!questions.some((q) => q.key === key)) questions.push({ key, type: json.type, element: json, page });
    }
  };
  for (const page of questionnaire.survey.pages) visit(page.elements, page.name);
  return questions;
}

/** SurveyJS keeps the text of "other" and comment areas beside the answer, under `<name>-Comment`. */
export const commentSuffix = "-Comment";
