import { isRecord } from "../json-value.js";
import type { QuestionnaireDraft } from "../questionnaire-draft.js";

// The draft as a tree of pages, panels and elements, read and rewritten by path without touching the input: every
// edit copies only the objects on the way to what changes, so an unchanged page or element keeps its identity (a
// React list keyed by it renders only what changed). Internal to draft-edit.

export type Json = Record<string, unknown>;
export type Segment = string | number;

/** The key of a container's children: a page's or panel's `elements`, a dynamic panel's `templateElements`. */
export function childrenKey(element: Json): "elements" | "templateElements" | undefined {
  if (element.type === "paneldynamic") return "templateElements";
  if (element.type === "panel" || element.type === "flowpanel") return "elements";
  return undefined;
}

export interface ElementEntry {
  element: Json;
  name: string;
  /** e.g. ["survey", "pages", 0, "elements", 2] */
  segments: Segment[];
  page: string;
  pageIndex: number;
  /** the page's name or the enclosing panel's or dynamic panel's */
  container: string;
  index: number;
  /** names of the enclosing panels and dynamic panels, outermost first */
  ancestors: string[];
  /** the name of the dynamic panel whose template holds it, if any (the innermost) */
  template: string | undefined;
}

/** Every named element of the draft in document order, a container before its contents (templates included). */
export function draftElements(draft: QuestionnaireDraft): ElementEntry[] {
  const entries: ElementEntry[] = [];
  const visit = (list: unknown, at: Omit<ElementEntry, "element" | "name" | "index" | "segments"> & { segments: Segment[] }) => {
    if (!Array.isArray(list)) return;
    list.forEach((element, index) => {
      if (!isRecord(element) || typeof element.name !== "string" || element.name === "") return;
      const segments = [...at.segments, index];
      entries.push({ ...at, element, name: element.name, segments, index });
      const key = childrenKey(element);
      if (key) {
        visit(element[key], {
          ...at,
          segments: [...segments, key],
          container: element.name,
          ancestors: [...at.ancestors, element.name],
          template: key === "templateElements" ? element.name : at.template,
        });
      }
    });
  };
  draft.survey.pages.forEach((page, pageIndex) => {
    const name = String(page.name);
    visit(page.elements, { segments: ["survey", "pages", pageIndex, "elements"], page: name, pageIndex, container: name, ancestors: [], template: undefined });
  });
  return entries;
}

/** `["survey", "pages", 0, "elements", 2]` → `survey.pages[0].elements[2]`, the form validateQuestionnaire reports. */
export function pathOf(segments: readonly Segment[]): string {
  return segments.reduce<string>((path, segment) => (typeof segment === "number" ? `${path}[${segment}]` : path === "" ? segment : `${path}.${segment}`), "");
}

/** A copy of `root` with the value at `segments` replaced by `update(old)`; only the objects on the way are copied. */
export function updateIn<T>(root: T, segments: readonly Segment[], update: (value: unknown) => unknown): T {
  if (segments.length === 0) return update(root) as T;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  const container = root as unknown;
  const child = container !== null && typeof container === "object" ? (container as Record<Segment, unknown>)[head] : undefined;
  const next = updateIn(child, rest, update);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = next;
    return copy as T;
  }
  return { ...(isRecord(container) ? container : {}), [head]: next } as T;
}

/** Every name in the draft, lower-case (survey-core compares names ignoring case): pages, elements, template elements. */
export function usedNames(draft: QuestionnaireDraft): Set<string> {
  const names = new Set<string>();
  for (const page of draft.survey.pages) names.add(String(page.name).toLowerCase());
  for (const entry of draftElements(draft)) names.add(entry.name.toLowerCase());
  return names;
}

/** Every named element inside an element's JSON (its panels' and template's contents), outermost first. */
export function nestedElements(element: Json): Json[] {
  const found: Json[] = [];
  const visit = (json: Json) => {
    const key = childrenKey(json);
    const list = key ? json[key] : undefined;
    if (!Array.isArray(list)) return;
    for (const child of list) {
      if (!isRecord(child)) continue;
      if (typeof child.name === "string" && child.name !== "") found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** A deep copy of JSON data. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
