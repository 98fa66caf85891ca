import type { BuilderMessages } from "./builder-messages.js";

/**
 * The parts of a draft a merge path names (`fromTheirs` of a merged save, `path` of a conflict), as a person would
 * say them: "»Antal borgere«", "siden »Baggrund«", "titlen". Paths are mergeDrafts' forms: `title.en`,
 * `reportSections[id=x].title`, `survey.pages[name=p1].elements[name=q3].isRequired`, `…elements` for an order.
 */
export type ChangedPart =
  | { kind: "title" | "description" | "audience" | "reportSections" | "settings" | "pageOrder" }
  | { kind: "element"; name: string }
  | { kind: "page"; name: string }
  /** the order of a container's elements (a page, or a panel by name) */
  | { kind: "order"; container: string };

const key = (part: ChangedPart) => JSON.stringify(part);

export function changedPart(path: string): ChangedPart {
  const root = /^[a-zA-Z]+/.exec(path)?.[0] ?? "";
  if (root === "title" || root === "description" || root === "audience" || root === "reportSections") return { kind: root };
  if (path === "survey.pages") return { kind: "pageOrder" };
  const named = [...path.matchAll(/(pages|elements|templateElements)\[name=([^\]]+)\]/g)];
  const last = named.at(-1);
  if (last === undefined) return { kind: "settings" };
  if (/\.(elements|templateElements)$/.test(path)) return { kind: "order", container: last[2]! };
  return last[1] === "pages" ? { kind: "page", name: last[2]! } : { kind: "element", name: last[2]! };
}

/** Each part once, in the order first named. */
export function changedParts(paths: readonly string[]): ChangedPart[] {
  const seen = new Map<string, ChangedPart>();
  for (const path of paths) {
    const part = changedPart(path);
    if (!seen.has(key(part))) seen.set(key(part), part);
  }
  return [...seen.values()];
}

export interface PartNames {
  /** a question's title (or its name), e.g. "Antal borgere" */
  element(name: string): string;
  /** a page or panel as a noun: "siden »Baggrund«", "side 2", "gruppen »Tilbud«" */
  noun(container: string): string;
  /** with its preposition: "på siden »Baggrund«", "i gruppen »Tilbud«" */
  where(container: string): string;
}

export function partText(part: ChangedPart, b: BuilderMessages, names: PartNames): string {
  switch (part.kind) {
    case "element":
      return b.partQuestion(names.element(part.name));
    case "page":
      return names.noun(part.name);
    case "order":
      return b.partOrder(names.where(part.container));
    default:
      return b.part[part.kind];
  }
}
