import type { OutlineElement, OutlinePage } from "@afrapport/schema";

/** What the middle panel edits: the questionnaire's own settings, a page, or an element. */
export type Selection = { kind: "settings" } | { kind: "page"; name: string } | { kind: "element"; name: string };

export const settingsSelection: Selection = { kind: "settings" };

function hasElement(elements: readonly OutlineElement[], name: string): boolean {
  return elements.some((element) => element.name === name || hasElement(element.children, name));
}

/** The selection, if what it names is still there (an undo or a colleague may have removed it), else the settings. */
export function validSelection(selection: Selection, outline: readonly OutlinePage[]): Selection {
  if (selection.kind === "page") return outline.some((page) => page.name === selection.name) ? selection : settingsSelection;
  if (selection.kind === "element") return outline.some((page) => hasElement(page.elements, selection.name)) ? selection : settingsSelection;
  return selection;
}

/** Where focus goes when an element is deleted: the next element in its list, else the one before, else its container's add button. */
export function focusAfterRemoval(names: readonly string[], removed: string): string | null {
  const index = names.indexOf(removed);
  if (index < 0) return null;
  return names[index + 1] ?? names[index - 1] ?? null;
}

export const outlineRowId = (name: string) => `af-outline-q-${name}`;
export const outlinePageId = (name: string) => `af-outline-page-${name}`;
export const addQuestionId = (container: string) => `af-outline-add-${container}`;
export const dragHandleId = (name: string) => `af-outline-drag-${name}`;
