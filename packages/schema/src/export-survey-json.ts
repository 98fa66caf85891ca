import { isRecord } from "./json-value.js";
import type { QuestionnaireVersion } from "./questionnaire.js";

export interface ExportSurveyJsonOptions {
  /**
   * Keep Afrapport's own properties on the questions (`aggregation`, `reportSection`, `screening`, `previousNames`).
   * Off by default: a tool that has not registered them (survey-core alone, SurveyJS Creator) reports each as an
   * unknown property, and Creator drops them when it saves. Turn it on for a tool that calls
   * `registerSurveyProperties`, and `importSurveyJson` with the same `reportSections` reads them back.
   */
  keepAfrapportProperties?: boolean;
}

const afrapportProperties = ["aggregation", "reportSection", "screening", "previousNames"] as const;

/**
 * A questionnaire version as plain SurveyJS JSON, for survey-core and SurveyJS Creator: the version's title and
 * description at the top, its pages, `"locale": "da"`. Texts stay `{ "da": …, "en": … }`, which survey-core reads
 * and writes as they are (a survey whose locale is Danish shows `da`, English shows `en`). The version is not changed.
 */
export function exportSurveyJson(version: QuestionnaireVersion, options: ExportSurveyJsonOptions = {}): Record<string, unknown> {
  const survey = JSON.parse(JSON.stringify(version.survey)) as Record<string, unknown>;
  const { pages, ...rest } = survey;
  if (!options.keepAfrapportProperties) stripElements(pages);
  return {
    locale: "da",
    title: { ...version.title },
    ...(version.description ? { description: { ...version.description } } : {}),
    ...rest,
    pages,
  };
}

/** Removes Afrapport's properties from pages, panels, questions and the questions of dynamic panels' templates. */
function stripElements(elements: unknown): void {
  if (!Array.isArray(elements)) return;
  for (const element of elements) {
    if (!isRecord(element)) continue;
    for (const property of afrapportProperties) delete element[property];
    stripElements(element.elements);
    stripElements(element.templateElements);
  }
}
