import { isRecord } from "../json-value.js";
import type { DraftText, QuestionnaireDraft } from "../questionnaire-draft.js";
import { childrenKey, draftElements, type Json, pathOf, type Segment } from "./draft-tree.js";
import { type BuilderQuestionType, builderTypeOf } from "./question-types.js";

export interface OutlineElement {
  name: string;
  type: string;
  builderType: BuilderQuestionType | null;
  title: DraftText;
  /** e.g. `survey.pages[0].elements[2]` */
  path: string;
  children: OutlineElement[];
}

export interface OutlinePage {
  name: string;
  title: DraftText;
  path: string;
  elements: OutlineElement[];
}

/** A text as the builder shows it: `{ da, en }`, a plain string read as Danish, anything else as missing. */
export function draftTextOf(value: unknown): DraftText {
  if (typeof value === "string") return value === "" ? {} : { da: value };
  if (!isRecord(value)) return {};
  const text: DraftText = {};
  if (typeof value.da === "string") text.da = value.da;
  else if (typeof value.default === "string") text.da = value.default;
  if (typeof value.en === "string") text.en = value.en;
  return text;
}

function outlineElements(list: unknown, segments: Segment[]): OutlineElement[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((element, index): OutlineElement[] => {
    if (!isRecord(element) || typeof element.name !== "string" || element.name === "") return [];
    const at = [...segments, index];
    const key = childrenKey(element);
    return [
      {
        name: element.name,
        type: String(element.type),
        builderType: builderTypeOf(element),
        title: draftTextOf(element.type === "html" ? element.html : element.title),
        path: pathOf(at),
        children: key ? outlineElements(element[key], [...at, key]) : [],
      },
    ];
  });
}

/** The draft's pages and their elements as a tree (panels and dynamic panels hold their children), for the builder's outline. */
export function draftOutline(draft: QuestionnaireDraft): OutlinePage[] {
  return draft.survey.pages.map((page, index) => ({
    name: String(page.name),
    title: draftTextOf((page as Json).title),
    path: `survey.pages[${index}]`,
    elements: outlineElements(page.elements, ["survey", "pages", index, "elements"]),
  }));
}

/** Where an element is: its JSON path, its page, its container (the page's name or the enclosing panel's) and its index there. */
export function elementLocation(draft: QuestionnaireDraft, name: string): { path: string; page: string; container: string; index: number } | null {
  const entry = draftElements(draft).find((candidate) => candidate.name === name);
  return entry ? { path: pathOf(entry.segments), page: entry.page, container: entry.container, index: entry.index } : null;
}

/** The JSON of the element of that name (the first in document order), or null. */
export function findElement(draft: QuestionnaireDraft, name: string): Record<string, unknown> | null {
  return draftElements(draft).find((entry) => entry.name === name)?.element ?? null;
}
