import type { QuestionnaireDraft } from "../questionnaire-draft.js";
import { draftElements, pathOf } from "./draft-tree.js";

/** A finding of validateQuestionnaire or a note of importSurveyJson (the API's FindingSchema). */
export interface Finding {
  path: string;
  code: string;
  message: string;
}

export interface FindingsByTarget {
  /** findings on the questionnaire's own texts, its report sections or the survey as a whole */
  questionnaire: Finding[];
  /** by page name */
  pages: Map<string, Finding[]>;
  /** by element name */
  elements: Map<string, Finding[]>;
}

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/**
 * Each finding on the element it concerns – the innermost element whose path prefixes the finding's (a choice's
 * missing English on its question, a question inside a panel on the question) – else on the page, else on the
 * questionnaire. Keys are element names and page names; the order of the findings is kept.
 */
export function findingsByTarget(draft: QuestionnaireDraft, findings: readonly Finding[]): FindingsByTarget {
  const targets: Array<{ path: string; kind: "page" | "element"; name: string }> = [
    ...draft.survey.pages.map((page, index) => ({ path: `survey.pages[${index}]`, kind: "page" as const, name: String(page.name) })),
    ...draftElements(draft).map((entry) => ({ path: pathOf(entry.segments), kind: "element" as const, name: entry.name })),
  ];
  // longest first, so the innermost target that prefixes a path is found first
  targets.sort((a, b) => b.path.length - a.path.length);
  const result: FindingsByTarget = { questionnaire: [], pages: new Map(), elements: new Map() };
  for (const finding of findings) {
    const target = targets.find((candidate) => within(finding.path, candidate.path));
    if (!target) {
      result.questionnaire.push(finding);
      continue;
    }
    const map = target.kind === "page" ? result.pages : result.elements;
    const list = map.get(target.name);
    if (list) list.push(finding);
    else map.set(target.name, [finding]);
  }
  return result;
}
