import * as Y from "yjs";
import { childrenKey } from "../draft-edit/draft-tree.js";
import { isRecord } from "../json-value.js";
import type { QuestionnaireDraft } from "../questionnaire-draft.js";
import { childrenPrefix, type JsonObject, jsonKey, orderedKeys, readValue, writeIdList, writeObject } from "./y-json.js";

// A questionnaire draft as a Yjs document several people edit at once (layout in README.md). Pages and elements are
// nodes kept by a stable id in the `nodes` map and their containers hold ordered lists of ids, so moving an element
// changes two id lists and nothing of the element: a colleague's concurrent edit of the moved element survives.

/** Marks a node that is a page (an element node never has it). */
const pageMarker = "@page";
/** The page a draft gets when concurrent removals left it none (a draft has at least one page). */
const fallbackPageName = "side1";
/** The report section a draft gets when concurrent removals left it none (a draft has at least one). */
const fallbackReportSection = { id: "generelt", title: { da: "Generelt", en: "General" } };

const draftMap = (doc: Y.Doc) => doc.getMap<unknown>("draft");
const nodeMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("nodes");
/** Signals beside the content: `commentsChangedAt` (ISO time) is set by the server whenever a comment thread changes. */
export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>("meta");

/** A page or element as the document holds it, with where it sits. */
interface NodeEntry {
  id: string;
  kind: "page" | "element";
  /** the key it is matched by: its name, or its JSON when it has none */
  key: string;
  name: string | undefined;
  type: unknown;
  /** "survey" for a page, else the id of the page or element whose list holds it */
  container: string;
  index: number;
}

const matchKey = (json: JsonObject) => (typeof json.name === "string" ? `n:${json.name}` : `j:${JSON.stringify(json)}`);

/** The key of an element's children when they are a list of objects (what the document keeps as nodes). */
function nodeListKey(json: JsonObject, kind: "page" | "element"): string | undefined {
  const key = kind === "page" ? "elements" : childrenKey(json);
  const list = key === undefined ? undefined : json[key];
  return Array.isArray(list) && list.every(isRecord) ? key : undefined;
}

/** Whether the document holds a draft yet (a client's document is empty until its first sync with the server). */
export function hasDraft(doc: Y.Doc): boolean {
  return draftMap(doc).get("survey") instanceof Y.Map;
}

/** Reads the draft and where each node sits; the one walk readDraft and writeDraft share, so they agree. */
function walk(doc: Y.Doc): { draft: QuestionnaireDraft; entries: NodeEntry[] } {
  const root = draftMap(doc);
  const nodes = nodeMap(doc);
  const survey = root.get("survey");
  if (!(survey instanceof Y.Map)) throw new Error("the document holds no draft yet");
  const entries: NodeEntry[] = [];
  const visited = new Set<string>();

  const readNode = (id: string, kind: "page" | "element", container: string, index: number): JsonObject | undefined => {
    const map = nodes.get(id);
    // an id seen before is a duplicate left by two concurrent moves of one element: the first place wins
    if (!(map instanceof Y.Map) || visited.has(id)) return undefined;
    visited.add(id);
    const entry: NodeEntry = { id, kind, key: "", name: undefined, type: undefined, container, index };
    entries.push(entry);
    const json: JsonObject = {};
    for (const stored of map.keys()) {
      const key = jsonKey(stored);
      if (key !== undefined) json[key] = readValue(map.get(stored));
      else if (stored.startsWith(childrenPrefix)) json[stored.slice(childrenPrefix.length)] = readList(map.get(stored), id);
    }
    const ordered: JsonObject = {};
    for (const key of orderedKeys(Object.keys(json))) ordered[key] = json[key];
    entry.name = typeof ordered.name === "string" ? ordered.name : undefined;
    entry.type = ordered.type;
    entry.key = matchKey(ordered);
    return ordered;
  };
  const readList = (list: unknown, container: string): JsonObject[] => {
    const children: JsonObject[] = [];
    if (!(list instanceof Y.Array)) return children;
    for (const id of list.toArray()) {
      const child = typeof id === "string" ? readNode(id, "element", container, children.length) : undefined;
      if (child) children.push(child);
    }
    return children;
  };

  const pages: JsonObject[] = [];
  const pageIds: string[] = [];
  const pageList = survey.get(`${childrenPrefix}pages`);
  for (const id of pageList instanceof Y.Array ? (pageList.toArray() as unknown[]) : []) {
    const page = typeof id === "string" ? readNode(id, "page", "survey", pages.length) : undefined;
    if (page && typeof page.name === "string" && page.name !== "") {
      pages.push(page);
      pageIds.push(id as string);
    }
  }
  if (pages.length === 0) pages.push({ name: fallbackPageName, elements: [] });

  // Elements whose container went away while they were added or moved into it (a removed panel, two panels moved
  // into each other) are reachable from no page: they go to the end of the last page rather than being lost, the
  // outermost first and, in a cycle, the smallest id first, so every peer reads the same.
  const orphans = [...nodes.keys()].filter((id) => !visited.has(id) && nodes.get(id)?.get(pageMarker) !== true).sort();
  if (orphans.length > 0) {
    const last = pages[pages.length - 1] as JsonObject;
    const lastId = pageIds[pages.length - 1] ?? "";
    const elements = Array.isArray(last.elements) ? [...(last.elements as JsonObject[])] : [];
    const referenced = new Set<string>();
    for (const id of orphans) {
      for (const [stored, value] of nodes.get(id)?.entries() ?? []) {
        if (stored.startsWith(childrenPrefix) && value instanceof Y.Array) for (const child of value.toArray()) referenced.add(String(child));
      }
    }
    const roots = [...orphans.filter((id) => !referenced.has(id)), ...orphans];
    for (const id of roots) {
      const element = readNode(id, "element", lastId, elements.length);
      if (element) elements.push(element);
    }
    last.elements = elements;
  }

  const draft: JsonObject = {};
  const audience = root.get("audience");
  draft.audience = audience;
  for (const key of ["title", "description", "reportSections"]) {
    if (root.has(key)) draft[key] = readValue(root.get(key));
  }
  if (!Array.isArray(draft.reportSections) || draft.reportSections.length === 0) draft.reportSections = [structuredClone(fallbackReportSection)];
  const surveyJson: JsonObject = {};
  for (const stored of survey.keys()) {
    const key = jsonKey(stored);
    if (key !== undefined) surveyJson[key] = readValue(survey.get(stored));
  }
  surveyJson.pages = pages;
  const orderedSurvey: JsonObject = {};
  for (const key of orderedKeys(Object.keys(surveyJson))) orderedSurvey[key] = surveyJson[key];
  draft.survey = orderedSurvey;
  return { draft: draft as QuestionnaireDraft, entries };
}

/** The draft the document holds; every peer with the same updates reads the same JSON. */
export function readDraft(doc: Y.Doc): QuestionnaireDraft {
  return walk(doc).draft;
}

/** A page or element of the draft being written, with the node it is matched to. */
interface Wanted {
  kind: "page" | "element";
  json: JsonObject;
  key: string;
  name: string | undefined;
  /** index into the wanted list of its container (-1 for a page) */
  parent: number;
  index: number;
  id?: string;
}

const idCounters = new WeakMap<Y.Doc, number>();
function newId(doc: Y.Doc): string {
  const count = (idCounters.get(doc) ?? 0) + 1;
  idCounters.set(doc, count);
  return `${doc.clientID.toString(36)}-${count.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Pairs the draft's pages and elements with the document's nodes: by name, then a rename by previousNames or by place. */
function match(doc: Y.Doc, wanted: Wanted[], entries: NodeEntry[]): void {
  const claimed = new Set<string>();
  const newNames = new Set(wanted.map((item) => item.name).filter((name) => name !== undefined));
  const byKey = new Map<string, NodeEntry[]>();
  for (const entry of entries) {
    const key = `${entry.kind}:${entry.key}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const claim = (item: Wanted, entry: NodeEntry | undefined) => {
    if (!entry) return;
    item.id = entry.id;
    claimed.add(entry.id);
  };
  for (const item of wanted) claim(item, byKey.get(`${item.kind}:${item.key}`)?.find((entry) => !claimed.has(entry.id)));
  const renamable = (entry: NodeEntry, kind: Wanted["kind"]) => entry.kind === kind && !claimed.has(entry.id) && !(entry.name !== undefined && newNames.has(entry.name));
  for (const item of wanted) {
    const previous = item.json.previousNames;
    if (item.id !== undefined || item.kind !== "element" || !Array.isArray(previous)) continue;
    claim(item, entries.find((entry) => renamable(entry, "element") && entry.name !== undefined && previous.includes(entry.name)));
  }
  // a rename the builder made: the same kind of node at the same place (the containers are matched before their contents)
  for (const item of wanted) {
    if (item.id !== undefined) continue;
    const container = item.parent < 0 ? "survey" : wanted[item.parent]?.id;
    if (container !== undefined) {
      claim(item, entries.find((entry) => renamable(entry, item.kind) && entry.container === container && entry.index === item.index && entry.type === item.json.type));
    }
    item.id ??= newId(doc);
  }
}

/**
 * Writes `next` into the document in one transaction, changing as little as possible: only changed keys and
 * characters, only moved ids. Pages and elements are matched to the document's nodes by name, a renamed one by its
 * `previousNames` or by keeping its place and type, so a colleague's concurrent edit of it lands on the renamed one.
 */
export function writeDraft(doc: Y.Doc, next: QuestionnaireDraft, origin?: unknown): void {
  doc.transact(() => {
    const root = draftMap(doc);
    const nodes = nodeMap(doc);
    const entries = hasDraft(doc) ? walk(doc).entries : [];

    const wanted: Wanted[] = [];
    const collect = (list: unknown[], kind: "page" | "element", parent: number) => {
      list.forEach((json, index) => {
        if (!isRecord(json)) return;
        const position = wanted.length;
        wanted.push({ kind, json, key: matchKey(json), name: typeof json.name === "string" ? json.name : undefined, parent, index });
        const key = nodeListKey(json, kind);
        if (key !== undefined) collect(json[key] as unknown[], "element", position);
      });
    };
    collect(next.survey.pages, "page", -1);
    match(doc, wanted, entries);

    const { pages: _pages, ...surveyRest } = next.survey;
    let survey = root.get("survey");
    if (!(survey instanceof Y.Map)) survey = root.set("survey", new Y.Map<unknown>());
    const surveyMap = survey as Y.Map<unknown>;
    writeObject(surveyMap, surveyRest, new Set([`${childrenPrefix}pages`]));
    writeObject(root, { audience: next.audience, title: next.title, description: next.description, reportSections: next.reportSections }, new Set(["survey"]));

    const idList = (map: Y.Map<unknown>, key: string, ids: string[]) => {
      let list = map.get(key);
      if (!(list instanceof Y.Array)) list = map.set(key, new Y.Array<string>());
      writeIdList(list as Y.Array<string>, ids);
    };
    const childIds = (position: number) => wanted.filter((item) => item.parent === position).map((item) => item.id as string);
    idList(surveyMap, `${childrenPrefix}pages`, childIds(-1));

    wanted.forEach((item, position) => {
      const id = item.id as string;
      let node = nodes.get(id);
      if (!(node instanceof Y.Map)) node = nodes.set(id, new Y.Map<unknown>());
      const listKey = nodeListKey(item.json, item.kind);
      const { [listKey ?? ""]: _children, ...rest } = item.json;
      const keep = new Set<string>();
      if (listKey !== undefined) keep.add(`${childrenPrefix}${listKey}`);
      if (item.kind === "page") keep.add(pageMarker);
      writeObject(node, listKey === undefined ? item.json : rest, keep);
      if (item.kind === "page" && node.get(pageMarker) !== true) node.set(pageMarker, true);
      if (listKey !== undefined) idList(node, `${childrenPrefix}${listKey}`, childIds(position));
    });

    const kept = new Set(wanted.map((item) => item.id));
    for (const entry of entries) if (!kept.has(entry.id)) nodes.delete(entry.id);
  }, origin);
}

/** A document holding the draft: the server makes it once per draft, when none is stored yet. */
export function createDraftDoc(draft: QuestionnaireDraft): Y.Doc {
  const doc = new Y.Doc();
  writeDraft(doc, draft);
  return doc;
}

