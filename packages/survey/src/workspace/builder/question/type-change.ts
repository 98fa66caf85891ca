import { type BuilderQuestionType, questionTypeInfo, registerSurveyProperties, type ScreeningRole, surveyTypeOf } from "@afrapport/schema";
import { Serializer } from "survey-core";

/**
 * The types a question can change between without losing what the secretariat wrote: choice questions keep their
 * choices, one-value questions their texts. Other changes (a matrix to a file) would throw most of it away, so the
 * builder does not offer them – a new question does that job honestly.
 */
const families: readonly (readonly BuilderQuestionType[])[] = [
  ["radiogroup", "dropdown", "checkbox"],
  ["text", "comment", "number"],
];

/** The types the question may become, itself included, in menu order; just itself when it has no family. */
export function typeChoices(type: BuilderQuestionType | null): BuilderQuestionType[] {
  if (type === null) return [];
  return [...(families.find((family) => family.includes(type)) ?? [type])];
}

/** Keys every question keeps, whatever survey-core thinks of them (Afrapport's own and the identity). */
const kept = new Set(["name", "type", "aggregation", "reportSection", "screening", "previousNames"]);

/**
 * The patch (for `updateElement`; `undefined` deletes) that turns the element into a question of type `to`: the
 * SurveyJS type and inputType, every property the new type does not have removed (a dropdown's placeholder on a
 * radiogroup would be an unknown property), min/max/step dropped when it stops being a number, the aggregation
 * replaced by the new type's default when the new type does not take it, and a screening role it cannot play
 * removed.
 */
export function typeChangePatch(element: Readonly<Record<string, unknown>>, to: BuilderQuestionType): Record<string, unknown> {
  registerSurveyProperties();
  const surveyType = surveyTypeOf(to);
  const patch: Record<string, unknown> = { type: surveyType.type, inputType: surveyType.inputType };
  if (to === "text" && element.type === "text" && element.inputType !== "number") patch.inputType = element.inputType;
  for (const key of Object.keys(element)) {
    if (kept.has(key) || key === "inputType") continue;
    if (!Serializer.findProperty(surveyType.type, key)) patch[key] = undefined;
    else if (to !== "number" && (key === "min" || key === "max" || key === "step")) patch[key] = undefined;
  }
  const info = questionTypeInfo(to);
  if (typeof element.aggregation !== "string" || !info.aggregations.includes(element.aggregation as never)) patch.aggregation = info.aggregations[0] ?? "none";
  if (element.screening !== undefined && !info.screeningRoles.includes(element.screening as ScreeningRole)) patch.screening = undefined;
  return patch;
}
