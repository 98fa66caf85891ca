import type { QuestionMeta } from "./question-meta.js";
import type { QuestionnaireVersion, SurveyJson } from "./questionnaire.js";

/** The raw SurveyJS JSON of one element (question or panel). */
export type SurveyElementJson = { type: string; name: string } & Record<string, unknown>;

/** A question as the report and the screening model need it: its metadata and its raw JSON (choices, items…). */
export interface ReportQuestion {
  name: string;
  type: string;
  meta: QuestionMeta;
  element: SurveyElementJson;
}

const containerKeys = ["elements", "templateElements"] as const;

/** Every element of a survey by name, panels and their contents included (the first element of a name wins). */
export function indexSurveyElements(survey: SurveyJson): Map<string, SurveyElementJson> {
  const index = new Map<string, SurveyElementJson>();
  const visit = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (element === null || typeof element !== "object") continue;
      const json = element as Record<string, unknown>;
      if (typeof json.name === "string" && typeof json.type === "string" && !index.has(json.name)) {
        index.set(json.name, json as SurveyElementJson);
      }
      for (const key of containerKeys) visit(json[key]);
    }
  };
  for (const page of survey.pages) visit(page.elements);
  return index;
}

const panelTypes = new Set(["panel", "paneldynamic"]);

/**
 * The questions of a questionnaire in order, with their Afrapport metadata and raw JSON.
 * TODO: replace the walk below with `listQuestions` (list-questions.ts) once it lands.
 */
export function reportQuestions(questionnaire: QuestionnaireVersion): ReportQuestion[] {
  const questions: ReportQuestion[] = [];
  const visit = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (element === null || typeof element !== "object") continue;
      const json = element as SurveyElementJson;
      if (panelTypes.has(json.type)) {
        for (const key of containerKeys) visit(json[key]);
        continue;
      }
      if (json.type === "html" || json.type === "image") continue;
      const meta: QuestionMeta = {
        aggregation: (json.aggregation as QuestionMeta["aggregation"]) ?? "none",
        reportSection: typeof json.reportSection === "string" ? json.reportSection : "",
      };
      if (typeof json.screening === "string") meta.screening = json.screening as QuestionMeta["screening"];
      questions.push({ name: json.name, type: json.type, meta, element: json });
    }
  };
  for (const page of questionnaire.survey.pages) visit(page.elements);
  return questions;
}
