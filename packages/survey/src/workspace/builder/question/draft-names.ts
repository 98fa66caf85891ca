import { draftOutline, type OutlineElement, type QuestionnaireDraft } from "@afrapport/schema";

/**
 * Every name an expression may use in the draft – its elements' (at any depth) and its calculated values' – in
 * lower case, as SurveyJS resolves names ignoring case.
 */
export function draftNames(draft: QuestionnaireDraft): Set<string> {
  const names = new Set<string>();
  const visit = (elements: OutlineElement[]) => {
    for (const element of elements) {
      names.add(element.name.toLowerCase());
      visit(element.children);
    }
  };
  for (const page of draftOutline(draft)) visit(page.elements);
  const calculated = (draft.survey as Record<string, unknown>).calculatedValues;
  if (Array.isArray(calculated)) {
    for (const value of calculated) {
      if (typeof value === "object" && value !== null && typeof (value as Record<string, unknown>).name === "string") {
        names.add(((value as Record<string, unknown>).name as string).toLowerCase());
      }
    }
  }
  return names;
}
