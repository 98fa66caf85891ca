import { Serializer } from "survey-core";
import { aggregationKinds, screeningRoles } from "./question-meta.js";

let registered = false;

/**
 * Teaches survey-core the properties Afrapport adds to questions (see `QuestionMeta`), so that questionnaires
 * load without "unknown property" errors and the values survive a round trip through the model. Idempotent;
 * every function here that builds a survey-core model calls it first, and so must a renderer.
 */
export function registerSurveyProperties(): void {
  if (registered) return;
  registered = true;
  Serializer.addProperty("question", { name: "aggregation", choices: [...aggregationKinds], category: "afrapport" });
  Serializer.addProperty("question", { name: "reportSection", category: "afrapport" });
  Serializer.addProperty("question", { name: "screening", choices: [...screeningRoles], category: "afrapport" });
  Serializer.addProperty("question", { name: "previousNames:string[]", category: "afrapport" });
}
