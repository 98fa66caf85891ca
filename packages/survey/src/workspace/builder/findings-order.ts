import type { FindingsByTarget, OutlineElement, OutlinePage } from "@afrapport/schema";
import type { Finding } from "@afrapport/schema/api";
import type { Selection } from "./editor-selection.js";

export interface FindingGroup {
  /** what "Gå til" selects */
  target: Selection;
  findings: Finding[];
}

/** The findings grouped by what they concern, in the order a person reads the questionnaire: its settings, then page by page. */
export function findingsInOrder(byTarget: FindingsByTarget, outline: readonly OutlinePage[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  if (byTarget.questionnaire.length > 0) groups.push({ target: { kind: "settings" }, findings: byTarget.questionnaire });
  const walk = (elements: readonly OutlineElement[]) => {
    for (const element of elements) {
      const found = byTarget.elements.get(element.name);
      if (found !== undefined && found.length > 0) groups.push({ target: { kind: "element", name: element.name }, findings: found });
      walk(element.children);
    }
  };
  for (const page of outline) {
    const found = byTarget.pages.get(page.name);
    if (found !== undefined && found.length > 0) groups.push({ target: { kind: "page", name: page.name }, findings: found });
    walk(page.elements);
  }
  return groups;
}
