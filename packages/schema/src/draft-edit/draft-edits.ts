import type { QuestionnaireDraft } from "../questionnaire-draft.js";
import { DraftEditError } from "./draft-edit-error.js";
import { childrenKey, copyJson, draftElements, type Json, nestedElements, type Segment, updateIn, usedNames } from "./draft-tree.js";
import { assertValidElementName } from "./element-name.js";
import { uniqueAmong, uniqueName } from "./new-element.js";
import { renameElement } from "./rename-element.js";
import { replaceVariables, rewriteElement } from "./survey-rewrite.js";

export { DraftEditError } from "./draft-edit-error.js";
export { validElementName } from "./element-name.js";
export { renameElement } from "./rename-element.js";

// Every edit the builder makes, as pure functions of the draft: each returns a new draft (copying only what lies on
// the way to the change) and throws DraftEditError for an edit that cannot be made.

const clamp = (index: number | undefined, length: number) => (index === undefined || !Number.isFinite(index) ? length : Math.max(0, Math.min(length, Math.trunc(index))));

function insertAt<T>(list: readonly T[], index: number | undefined, item: T): T[] {
  const copy = [...list];
  copy.splice(clamp(index, copy.length), 0, item);
  return copy;
}

/** Applies a patch: a key whose value is undefined is removed. */
function patched(object: Json, patch: Record<string, unknown>): Json {
  const copy: Json = { ...object };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

function pageIndex(draft: QuestionnaireDraft, pageName: string): number {
  const index = draft.survey.pages.findIndex((page) => page.name === pageName);
  if (index < 0) throw new DraftEditError("no-such-page", `there is no page "${pageName}"`);
  return index;
}

function elementEntry(draft: QuestionnaireDraft, name: string) {
  const entry = draftElements(draft).find((candidate) => candidate.name === name);
  if (!entry) throw new DraftEditError("no-such-element", `there is no element "${name}"`);
  return entry;
}

/** The path of a container's list of elements: a page's `elements`, a panel's `elements`, a dynamic panel's `templateElements`. */
function containerList(draft: QuestionnaireDraft, container: string): Segment[] {
  const index = draft.survey.pages.findIndex((page) => page.name === container);
  if (index >= 0) return ["survey", "pages", index, "elements"];
  const entry = draftElements(draft).find((candidate) => candidate.name === container);
  const key = entry && childrenKey(entry.element);
  if (!entry || !key) throw new DraftEditError("no-such-container", `there is no page, panel or dynamic panel "${container}"`);
  return [...entry.segments, key];
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

/** A new empty page with a unique name ("side1", …), at `index` or last. */
export function addPage(draft: QuestionnaireDraft, options: { index?: number } = {}): { draft: QuestionnaireDraft; name: string } {
  const name = uniqueName(draft, "side");
  const pages = insertAt(draft.survey.pages, options.index, { name, elements: [] });
  return { draft: { ...draft, survey: { ...draft.survey, pages } }, name };
}

/** The draft without the page and its elements; a draft keeps at least one page. */
export function removePage(draft: QuestionnaireDraft, pageName: string): QuestionnaireDraft {
  const index = pageIndex(draft, pageName);
  if (draft.survey.pages.length === 1) throw new DraftEditError("last-page", "a questionnaire has at least one page");
  return { ...draft, survey: { ...draft.survey, pages: draft.survey.pages.filter((_, i) => i !== index) } };
}

/** The page moved to `toIndex` among the pages (clamped). */
export function movePage(draft: QuestionnaireDraft, pageName: string, toIndex: number): QuestionnaireDraft {
  const index = pageIndex(draft, pageName);
  const rest = draft.survey.pages.filter((_, i) => i !== index);
  const pages = insertAt(rest, toIndex, draft.survey.pages[index] as (typeof rest)[number]);
  return { ...draft, survey: { ...draft.survey, pages } };
}

/** The page's properties patched (undefined removes a key). A new `name` must be valid and not another page's. */
export function updatePage(draft: QuestionnaireDraft, pageName: string, patch: Record<string, unknown>): QuestionnaireDraft {
  const index = pageIndex(draft, pageName);
  if ("name" in patch && patch.name !== pageName) {
    assertValidElementName(patch.name);
    const newName = patch.name;
    const clash = draft.survey.pages.some((page, i) => i !== index && String(page.name).toLowerCase() === newName.toLowerCase()) || draftElements(draft).some((entry) => entry.name.toLowerCase() === newName.toLowerCase());
    if (clash) throw new DraftEditError("name-taken", `the name "${newName}" is already used in the questionnaire`);
  }
  if ("elements" in patch && patch.elements !== undefined && !Array.isArray(patch.elements)) {
    throw new DraftEditError("invalid-patch", "a page's elements are a list");
  }
  return updateIn(draft, ["survey", "pages", index], (page) => patched(page as Json, patch));
}

// ---------------------------------------------------------------------------------------------------------------
// Elements

/**
 * The element added to a container (a page, or a panel or dynamic panel by name) at `index` (clamped), last when
 * no index is given. Its name, and the names inside it, must be valid and not yet used.
 */
export function addElement(draft: QuestionnaireDraft, element: Record<string, unknown>, at: { container: string; index?: number }): QuestionnaireDraft {
  const taken = usedNames(draft);
  for (const json of [element, ...nestedElements(element)]) {
    assertValidElementName(json.name);
    if (taken.has(json.name.toLowerCase())) throw new DraftEditError("name-taken", `the name "${json.name}" is already used in the questionnaire`);
    taken.add(json.name.toLowerCase());
  }
  const list = containerList(draft, at.container);
  return updateIn(draft, list, (value) => insertAt(Array.isArray(value) ? value : [], at.index, element));
}

/**
 * A copy of the element right after it, under a new unique name, and so the elements inside it; references among
 * the copied elements point to the copies. The copy has no `previousNames` (it is a new question to the diff) and no
 * screening role (a role belongs to one question).
 */
export function duplicateElement(draft: QuestionnaireDraft, name: string): { draft: QuestionnaireDraft; name: string } {
  const entry = elementEntry(draft, name);
  const used = usedNames(draft);
  const renames = new Map<string, string>();
  let copy = copyJson(entry.element);
  for (const json of [copy, ...nestedElements(copy)]) {
    const fresh = uniqueAmong(used, json.name as string);
    renames.set((json.name as string).toLowerCase(), fresh);
    json.name = fresh;
    delete json.previousNames;
    delete json.screening;
  }
  const renameVariable = (variable: string) => {
    const cut = variable.search(/[.[]/);
    const root = cut < 0 ? variable : variable.slice(0, cut);
    const renamed = renames.get(root.toLowerCase());
    if (renamed !== undefined) return renamed + variable.slice(root.length);
    // {panel.x} inside a copied dynamic panel's template
    const panel = /^(panel\.)([^.[]+)(.*)$/i.exec(variable);
    const inner = panel && renames.get((panel[2] as string).toLowerCase());
    return panel && inner ? `${panel[1]}${inner}${panel[3]}` : variable;
  };
  copy = rewriteElement(copy, {
    expression: (expression) => replaceVariables(expression, renameVariable, true),
    text: (text) => replaceVariables(text, renameVariable, false),
    questionName: (questionName) => renames.get(questionName.toLowerCase()) ?? questionName,
  }, entry.template);
  const listPath = entry.segments.slice(0, -1);
  const next = updateIn(draft, listPath, (value) => insertAt(value as unknown[], entry.index + 1, copy));
  return { draft: next, name: copy.name as string };
}

/** The draft without the element (and what it holds). References to it stay and are reported by the validation. */
export function removeElement(draft: QuestionnaireDraft, name: string): QuestionnaireDraft {
  const entry = elementEntry(draft, name);
  return updateIn(draft, entry.segments.slice(0, -1), (value) => (value as unknown[]).filter((_, i) => i !== entry.index));
}

/**
 * The element moved into a container (a page, a panel or a dynamic panel) at `index` among the container's elements
 * once the element is taken out of its place (clamped). A panel cannot go into itself or a panel inside it.
 */
export function moveElement(draft: QuestionnaireDraft, name: string, to: { container: string; index: number }): QuestionnaireDraft {
  const entry = elementEntry(draft, name);
  const target = draftElements(draft).find((candidate) => candidate.name === to.container);
  const isPage = draft.survey.pages.some((page) => page.name === to.container);
  if (!isPage && target && (target.name === name || target.ancestors.includes(name))) {
    throw new DraftEditError("into-itself", `"${name}" cannot be moved into itself`);
  }
  containerList(draft, to.container); // refuses an unknown container before anything is changed
  const removed = removeElement(draft, name);
  const list = containerList(removed, to.container);
  return updateIn(removed, list, (value) => insertAt(Array.isArray(value) ? value : [], to.index, entry.element));
}

/**
 * The element's properties patched (undefined removes a key). A new `name` goes through `renameElement` (every
 * reference follows it); call renameElement with the published names yourself to keep the rename in previousNames.
 */
export function updateElement(draft: QuestionnaireDraft, name: string, patch: Record<string, unknown>): QuestionnaireDraft {
  elementEntry(draft, name);
  let current = draft;
  let currentName = name;
  if ("name" in patch && patch.name !== name) {
    assertValidElementName(patch.name);
    current = renameElement(draft, name, patch.name);
    currentName = patch.name;
  }
  const { name: _name, ...rest } = patch;
  if (Object.keys(rest).length === 0) return current;
  const entry = elementEntry(current, currentName);
  return updateIn(current, entry.segments, (value) => patched(value as Json, rest));
}

/** The draft's own properties patched: title, description (undefined removes it), audience, report sections (at least one). */
export function updateQuestionnaire(draft: QuestionnaireDraft, patch: Partial<Pick<QuestionnaireDraft, "title" | "description" | "audience" | "reportSections">>): QuestionnaireDraft {
  const next: QuestionnaireDraft = { ...draft };
  if (patch.title !== undefined) next.title = patch.title;
  if ("description" in patch) {
    if (patch.description === undefined) delete next.description;
    else next.description = patch.description;
  }
  if (patch.audience !== undefined) next.audience = patch.audience;
  if (patch.reportSections !== undefined) {
    if (patch.reportSections.length === 0) throw new DraftEditError("last-report-section", "a questionnaire has at least one report section");
    next.reportSections = patch.reportSections;
  }
  return next;
}
