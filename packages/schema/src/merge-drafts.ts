import { deepEqual, isRecord, ownValue } from "./json-value.js";
import { type QuestionnaireDraft, QuestionnaireDraftSchema } from "./questionnaire-draft.js";

// A three-way merge of questionnaire drafts, for two secretariat colleagues saving from the same revision. The
// same idea as mergeAnswers, one level up: the draft is cut into units, and for each unit a change on one side
// wins, the same change on both sides is fine, and different changes on both sides are a conflict. Unlike answers,
// a draft with conflicts is never half-merged: the save is refused with every conflict listed.
//
// The units:
// - `audience`: as a whole.
// - `title`, `description`: per language (`title.da`); a description added on one side is added, removed on one
//   side and unchanged on the other is removed, removed on one side and changed on the other is a conflict.
// - `reportSections`: each section by id, per property (its `title` as a whole); their order as below.
// - survey settings: each key of the survey JSON other than `pages`, as a whole.
// - pages: each page by name, per property (everything but `elements`); their order as below.
// - elements: each element by name, per property, its nested `elements` (panel) and `templateElements`
//   (paneldynamic) left out: those are elements of their own. So a title changed on one side and `isRequired` on
//   the other merge; the same property changed differently is a conflict. An element added on both sides under one
//   name must be the same on both. A rename is a removal and an addition.
// - placement: the page or panel each element is in, per element (moved on one side → that side; moved differently
//   on both → a conflict; removed on one side and moved on the other → a conflict).
// - order: the sequence of each container (the pages, a page's elements, a panel's elements, the report sections).
//   Changed on one side only → that side's order; on both → mine's order, with what only theirs has placed right
//   after its nearest predecessor in theirs that is kept (at the start when it was first in theirs, else at the end).
//
// Elements without a string name, or whose name an earlier element already took (neither is well-formed), are
// matched by their index in their container, with a path like `survey.pages[name=p1].elements[2]`.

/** A unit both sides changed incompatibly. */
export interface DraftConflict {
  /** where, e.g. `title.en`, `survey.pages[name=p1].elements[name=q3]`, `…elements[name=q3].isRequired` */
  path: string;
  /** the name of the element concerned, when the conflict is about an element */
  element?: string;
  message: string;
}

export type MergeDraftsResult =
  | {
      ok: true;
      merged: QuestionnaireDraft;
      /** paths of the units whose merged value came from theirs alone (same forms as DraftConflict.path) */
      fromTheirs: string[];
    }
  | { ok: false; conflicts: DraftConflict[] };

type Json = Record<string, unknown>;

/** Stands in for a nested array of elements inside a unit, so the unit compares without its children. */
const NESTED: unique symbol = Symbol("nested elements");
const nestedElementKeys: readonly string[] = ["elements", "templateElements"];

interface Unit {
  /** the unit's JSON, its nested element arrays replaced by NESTED */
  record: Json;
  path: string;
  /** the container it sits in (pages and sections: "") */
  container: string;
  /** an element's name, when it has a usable one */
  name?: string;
}

interface Side {
  pages: Map<string, Unit>;
  pageOrder: string[];
  sections: Map<string, Unit>;
  sectionOrder: string[];
  elements: Map<string, Unit>;
  /** container id → keys of its elements, in order */
  sequences: Map<string, string[]>;
  /** container id → its path, e.g. `survey.pages[name=p1].elements` */
  containerPaths: Map<string, string>;
}

interface Context {
  conflicts: DraftConflict[];
  fromTheirs: string[];
}

/** Where a unit is reported: mine's path for conflicts, theirs' for what came from theirs. */
interface At {
  path: string;
  theirsPath: string;
  element?: string;
}

/**
 * Merges two drafts saved from the same `base`: `theirs` is the revision already saved, `mine` the one being saved.
 * Pure: the inputs are not changed and the merged draft shares nothing with them. When ok, the merged draft passes
 * `QuestionnaireDraftSchema` and no two of its elements share a name.
 */
export function mergeDrafts(base: QuestionnaireDraft, theirs: QuestionnaireDraft, mine: QuestionnaireDraft): MergeDraftsResult {
  const ctx: Context = { conflicts: [], fromTheirs: [] };
  const b = indexDraft(base);
  const t = indexDraft(theirs);
  const m = indexDraft(mine);

  const audience = mergeValue(base.audience, theirs.audience, mine.audience, { path: "audience", theirsPath: "audience" }, ctx);
  const title = mergeRecord(base.title, theirs.title, mine.title, { path: "title", theirsPath: "title" }, ctx) ?? {};
  const description = mergeRecord(base.description, theirs.description, mine.description, { path: "description", theirsPath: "description" }, ctx);

  // report sections, by id
  const sections = new Map<string, Json>();
  for (const key of unionKeys(m.sectionOrder, t.sectionOrder, b.sectionOrder)) {
    const record = mergeUnit(b.sections.get(key), t.sections.get(key), m.sections.get(key), ctx);
    if (record !== undefined) sections.set(key, record);
  }
  const sectionOrder = orderKeys(b.sectionOrder, t.sectionOrder, m.sectionOrder, new Set(sections.keys()), "reportSections", ctx);
  if (sectionOrder.length === 0) ctx.conflicts.push({ path: "reportSections", message: "no report section would be left" });

  // survey settings, pages and their order
  const settings = mergeRecord(withNested(base.survey, ["pages"]), withNested(theirs.survey, ["pages"]), withNested(mine.survey, ["pages"]), { path: "survey", theirsPath: "survey" }, ctx) ?? {};
  const pages = new Map<string, Json>();
  for (const key of unionKeys(m.pageOrder, t.pageOrder, b.pageOrder)) {
    const record = mergeUnit(b.pages.get(key), t.pages.get(key), m.pages.get(key), ctx);
    if (record !== undefined) pages.set(key, record);
  }
  const pageOrder = orderKeys(b.pageOrder, t.pageOrder, m.pageOrder, new Set(pages.keys()), "survey.pages", ctx);
  if (pageOrder.length === 0) ctx.conflicts.push({ path: "survey.pages", message: "no page would be left" });

  // elements, their placement, and the order of every container
  const elements = new Map<string, { record: Json; container: string }>();
  const conflicted = new Set<string>();
  for (const key of unionKeys([...m.elements.keys()], [...t.elements.keys()], [...b.elements.keys()])) {
    const placed = mergeElement(b.elements.get(key), t.elements.get(key), m.elements.get(key), ctx);
    if (placed === "conflict") conflicted.add(key);
    else if (placed !== undefined) elements.set(key, placed);
  }
  const members = new Map<string, Set<string>>();
  for (const [key, { container }] of elements) {
    const set = members.get(container) ?? new Set<string>();
    set.add(key);
    members.set(container, set);
  }
  const orders = new Map<string, string[]>();
  for (const container of unionKeys([...m.sequences.keys()], [...t.sequences.keys()], [...b.sequences.keys()], [...members.keys()])) {
    const path = m.containerPaths.get(container) ?? t.containerPaths.get(container) ?? b.containerPaths.get(container) ?? container;
    const seq = (side: Side) => side.sequences.get(container) ?? [];
    orders.set(container, orderKeys(seq(b), seq(t), seq(m), members.get(container) ?? new Set(), path, ctx));
  }

  // build the survey from the pages down; an element not reached sits in a container that is gone
  const reached = new Set<string>();
  const buildElements = (container: string): Json[] =>
    (orders.get(container) ?? []).flatMap((key) => {
      const element = elements.get(key);
      if (element === undefined || reached.has(key)) return [];
      reached.add(key);
      return [fill(element.record, key, buildElements)];
    });
  const pagesJson = pageOrder.flatMap((key) => {
    const page = pages.get(key);
    return page === undefined ? [] : [fill(page, key, buildElements)];
  });
  for (const [key, { container }] of elements) {
    if (reached.has(key) || conflicted.has(key)) continue;
    const unit = m.elements.get(key) ?? t.elements.get(key) ?? b.elements.get(key);
    const cycle = insideItself(key, container, elements);
    if (!cycle && elements.has(containerOwner(container))) continue; // it goes where its panel goes, reported there
    const message = cycle ? "the moves on the two sides would put it inside itself" : "it would be in a page or panel the other side removed";
    ctx.conflicts.push({ path: unit?.path ?? key, ...(unit?.name === undefined ? {} : { element: unit.name }), message });
  }

  if (ctx.conflicts.length > 0) return { ok: false, conflicts: ctx.conflicts };

  const survey = Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, value === NESTED ? pagesJson : value]));
  if (!("pages" in survey)) survey.pages = pagesJson;
  const candidate = {
    audience,
    title,
    ...(description === undefined ? {} : { description }),
    reportSections: sectionOrder.flatMap((key) => sections.get(key) ?? []),
    survey,
  };
  const merged = structuredClone(candidate) as QuestionnaireDraft;

  // the promises of the result, checked rather than hoped for (they hold for well-formed drafts)
  const duplicates = duplicateNames(merged);
  const parsed = QuestionnaireDraftSchema.safeParse(merged);
  const problems: DraftConflict[] = [
    ...duplicates.map((name) => ({ path: "survey", element: name, message: "more than one element would have this name" })),
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: `the merged draft would be malformed: ${issue.message}` }))),
  ];
  if (problems.length > 0) return { ok: false, conflicts: problems };
  return { ok: true, merged, fromTheirs: [...new Set(ctx.fromTheirs)] };
}

/** One element: its properties merged, then where it goes. "conflict" when it has one. */
function mergeElement(b: Unit | undefined, t: Unit | undefined, m: Unit | undefined, ctx: Context): { record: Json; container: string } | "conflict" | undefined {
  const before = ctx.conflicts.length;
  const theirsMoved = b !== undefined && t !== undefined && t.container !== b.container;
  const mineMoved = b !== undefined && m !== undefined && m.container !== b.container;
  const record = mergeUnit(b, t, m, ctx, { theirs: theirsMoved, mine: mineMoved });
  if (ctx.conflicts.length > before) return "conflict";
  if (record === undefined) return undefined;

  const at = atOf(b, t, m);
  let container: string;
  if (t === undefined || m === undefined) {
    container = (m ?? t ?? b)!.container;
  } else if (b === undefined || (theirsMoved && mineMoved)) {
    if (t.container !== m.container) {
      const message = b === undefined ? "added on both sides in different places" : "moved to different places on both sides";
      ctx.conflicts.push({ path: at.path, ...element(at), message });
      return "conflict";
    }
    container = m.container;
  } else if (theirsMoved) {
    container = t.container;
    ctx.fromTheirs.push(at.theirsPath);
  } else {
    container = m.container;
  }
  return { record, container };
}

/**
 * A unit that may be missing on some side: added on one side → added; removed on one side and unchanged on the
 * other (`changed` counts a move as a change) → removed; removed on one and changed on the other → a conflict;
 * present everywhere → merged per property.
 */
function mergeUnit(
  b: Unit | undefined,
  t: Unit | undefined,
  m: Unit | undefined,
  ctx: Context,
  moved: { theirs: boolean; mine: boolean } = { theirs: false, mine: false },
): Json | undefined {
  if (b === undefined && t === undefined && m === undefined) return undefined;
  const at = atOf(b, t, m);
  if (b !== undefined && t === undefined && m !== undefined && (moved.mine || !deepEqual(b.record, m.record))) {
    ctx.conflicts.push({ path: at.path, ...element(at), message: "removed by them, changed by you" });
    return undefined;
  }
  if (b !== undefined && m === undefined && t !== undefined && (moved.theirs || !deepEqual(b.record, t.record))) {
    ctx.conflicts.push({ path: at.path, ...element(at), message: "changed by them, removed by you" });
    return undefined;
  }
  return mergeRecord(b?.record, t?.record, m?.record, at, ctx);
}

/** A record that may be missing on some side (see mergeUnit), merged per property when present everywhere. */
function mergeRecord(b: Json | undefined, t: Json | undefined, m: Json | undefined, at: At, ctx: Context): Json | undefined {
  if (b === undefined) {
    if (t === undefined || m === undefined) {
      if (m === undefined && t !== undefined) ctx.fromTheirs.push(at.theirsPath);
      return m ?? t;
    }
    if (!deepEqual(t, m)) ctx.conflicts.push({ path: at.path, ...element(at), message: "added on both sides, differently" });
    return m;
  }
  if (t === undefined || m === undefined) {
    const other = t ?? m;
    if (other !== undefined && !deepEqual(b, other)) {
      const message = t === undefined ? "removed by them, changed by you" : "changed by them, removed by you";
      ctx.conflicts.push({ path: at.path, ...element(at), message });
    } else if (t === undefined && m !== undefined) {
      ctx.fromTheirs.push(at.theirsPath); // removed by them; removed by both is nobody's in particular
    }
    return undefined;
  }
  const entries: [string, unknown][] = [];
  for (const key of unionKeys(Object.keys(m), Object.keys(t), Object.keys(b))) {
    const value = mergeValue(ownValue(b, key), ownValue(t, key), ownValue(m, key), { ...at, path: `${at.path}.${key}`, theirsPath: `${at.theirsPath}.${key}` }, ctx);
    if (value !== undefined) entries.push([key, value]);
  }
  // Object.fromEntries defines own properties, so a property named like a prototype key stays plain data.
  return Object.fromEntries(entries);
}

/** One value as a whole. */
function mergeValue<T>(b: T, t: T, m: T, at: At, ctx: Context): T {
  const theirsChanged = !deepEqual(b, t);
  const mineChanged = !deepEqual(b, m);
  if (theirsChanged && mineChanged && !deepEqual(t, m)) {
    ctx.conflicts.push({ path: at.path, ...element(at), message: "changed differently on both sides" });
  } else if (theirsChanged && !mineChanged) {
    ctx.fromTheirs.push(at.theirsPath);
    return t;
  }
  return m;
}

/** The order of one container's keys, limited to `members` (see the order rule at the top). */
function orderKeys(b: string[], t: string[], m: string[], members: ReadonlySet<string>, path: string, ctx: Context): string[] {
  const theirsChanged = !deepEqual(b, t);
  const mineChanged = !deepEqual(b, m);
  const [primary, secondary] = theirsChanged && !mineChanged ? [t, m] : [m, t];
  if (theirsChanged && !mineChanged) ctx.fromTheirs.push(path);
  const order = primary.filter((key) => members.has(key));
  const placed = new Set(order);
  for (const [i, key] of secondary.entries()) {
    if (!members.has(key) || placed.has(key)) continue;
    let at = -1;
    for (let j = i - 1; j >= 0 && at < 0; j--) at = order.indexOf(secondary[j]!);
    if (at >= 0) order.splice(at + 1, 0, key);
    else if (i === 0) order.unshift(key);
    else order.push(key);
    placed.add(key);
  }
  for (const key of members) if (!placed.has(key)) order.push(key);
  return order;
}

/** The JSON of a page or element, its nested element arrays built from their containers. */
function fill(record: Json, key: string, build: (container: string) => Json[]): Json {
  const entries = Object.entries(record).map(([name, value]): [string, unknown] =>
    value === NESTED ? [name, build(containerId(key, name))] : [name, value],
  );
  for (const name of nestedElementKeys) {
    if (record[name] === NESTED) continue;
    const children = build(containerId(key, name));
    if (children.length > 0) entries.push([name, children]);
  }
  return Object.fromEntries(entries);
}

function indexDraft(draft: QuestionnaireDraft): Side {
  const side: Side = {
    pages: new Map(),
    pageOrder: [],
    sections: new Map(),
    sectionOrder: [],
    elements: new Map(),
    sequences: new Map(),
    containerPaths: new Map(),
  };
  for (const [i, section] of draft.reportSections.entries()) {
    const key = side.sections.has(`s:${section.id}`) ? `s#${i}` : `s:${section.id}`;
    side.sections.set(key, { record: section, path: `reportSections[id=${section.id}]`, container: "" });
    side.sectionOrder.push(key);
  }
  const names = new Set<string>();
  const walk = (list: unknown, container: string, path: string): void => {
    side.containerPaths.set(container, path);
    if (!Array.isArray(list)) return;
    const sequence: string[] = [];
    side.sequences.set(container, sequence);
    for (const [i, element] of list.entries()) {
      if (!isRecord(element)) continue; // not an element at all; well-formed drafts have none
      const name = typeof element.name === "string" && element.name !== "" && !names.has(element.name) ? element.name : undefined;
      if (name !== undefined) names.add(name);
      const key = name === undefined ? `u:${container}#${i}` : `n:${name}`;
      const elementPath = name === undefined ? `${path}[${i}]` : `${path}[name=${name}]`;
      side.elements.set(key, { record: withNested(element, nestedElementKeys), path: elementPath, container, ...(name === undefined ? {} : { name }) });
      sequence.push(key);
      for (const nested of nestedElementKeys) {
        if (Array.isArray(element[nested])) walk(element[nested], containerId(key, nested), `${elementPath}.${nested}`);
      }
    }
  };
  for (const [i, page] of draft.survey.pages.entries()) {
    const key = side.pages.has(`p:${page.name}`) ? `p#${i}` : `p:${page.name}`;
    const path = `survey.pages[name=${page.name}]`;
    side.pages.set(key, { record: withNested(page, ["elements"]), path, container: "" });
    side.pageOrder.push(key);
    walk(page.elements, containerId(key, "elements"), `${path}.elements`);
  }
  return side;
}

function withNested(record: Json, keys: readonly string[]): Json {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, keys.includes(key) && Array.isArray(value) ? NESTED : value]));
}

function containerId(owner: string, key: string): string {
  return JSON.stringify([owner, key]);
}

/** Whether following the containers up from an element comes back to it. */
function insideItself(key: string, container: string, elements: ReadonlyMap<string, { container: string }>): boolean {
  const seen = new Set<string>();
  let owner = containerOwner(container);
  while (owner !== key) {
    const parent = elements.get(owner);
    if (parent === undefined || seen.has(owner)) return false;
    seen.add(owner);
    owner = containerOwner(parent.container);
  }
  return true;
}

function containerOwner(container: string): string {
  const parsed: unknown = JSON.parse(container);
  return Array.isArray(parsed) && typeof parsed[0] === "string" ? parsed[0] : "";
}

function atOf(b: Unit | undefined, t: Unit | undefined, m: Unit | undefined): At {
  const unit = (m ?? t ?? b)!;
  return { path: unit.path, theirsPath: (t ?? b ?? unit).path, ...(unit.name === undefined ? {} : { element: unit.name }) };
}

function element(at: At): { element?: string } {
  return at.element === undefined ? {} : { element: at.element };
}

function unionKeys(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Element names used more than once in a draft's survey, pages and panels and templates included. */
function duplicateNames(draft: QuestionnaireDraft): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isRecord(element)) continue;
      if (typeof element.name === "string" && element.name !== "") {
        if (seen.has(element.name)) duplicates.add(element.name);
        seen.add(element.name);
      }
      for (const nested of nestedElementKeys) walk(element[nested]);
    }
  };
  for (const page of draft.survey.pages) walk(page.elements);
  return [...duplicates];
}
