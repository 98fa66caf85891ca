import { diffQuestionnaires, type DraftText, type QuestionnaireDraft, type QuestionnaireVersion } from "@afrapport/schema";
import { contentKey } from "../json/text-sync.js";

// What differs between two revisions of a draft, short enough to read before restoring one: questions added,
// removed, renamed and changed (with the kinds of change diffQuestionnaires names, so the history and the publish
// dialog speak of changes alike), pages added and removed, and the other kinds of change outside the questions.

export interface DiffQuestion {
  name: string;
  type: string;
  title: DraftText;
}

export interface RevisionDiff {
  /** questions only in `to` */
  added: DiffQuestion[];
  /** questions only in `from` */
  removed: DiffQuestion[];
  renamed: { from: string; to: string; title: DraftText }[];
  /** questions in both that differ; `kinds` are diffQuestionnaires' change kinds, each once */
  changed: (DiffQuestion & { kinds: string[] })[];
  pages: { added: string[]; removed: string[] };
  /** changes outside the questions (title, report sections, panels, text blocks, settings), each kind once */
  other: string[];
  /** nothing differs */
  same: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every named element of a draft, panels entered, by name (the first of a name wins, as survey-core's lookup). */
function elementsByName(draft: QuestionnaireDraft): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isRecord(element)) continue;
      if (typeof element.name === "string" && !found.has(element.name)) found.set(element.name, element);
      if (element.type === "panel" || element.type === "flowpanel") walk(element.elements);
    }
  };
  for (const page of draft.survey.pages) walk(page.elements);
  return found;
}

const titleOf = (element: Record<string, unknown> | undefined): DraftText => (isRecord(element?.title) ? (element.title as DraftText) : {});
const typeOf = (element: Record<string, unknown> | undefined): string => (typeof element?.type === "string" ? element.type : "");
const isQuestion = (element: Record<string, unknown>) => !["panel", "flowpanel", "html", "image"].includes(typeOf(element));

/** The draft as diffQuestionnaires reads it: a version in all but its checks. */
function asVersion(draft: QuestionnaireDraft): QuestionnaireVersion {
  return { announcement: "draft", key: "draft", version: "1.0.0", ...draft } as unknown as QuestionnaireVersion;
}

const pageChanges = new Set(["page-added", "page-removed", "required-question-added"]);

/** What changed from revision `from` to revision `to`. Pure; `diff` is there for the test of the fallback. */
export function revisionDiff(from: QuestionnaireDraft, to: QuestionnaireDraft, diffOf: typeof diffQuestionnaires = diffQuestionnaires): RevisionDiff {
  const before = elementsByName(from);
  const after = elementsByName(to);
  const question = (element: Record<string, unknown> | undefined, name: string): DiffQuestion => ({ name, type: typeOf(element), title: titleOf(element) });
  const pageNames = (draft: QuestionnaireDraft) => draft.survey.pages.map((page) => page.name);
  const pages = {
    added: pageNames(to).filter((name) => !pageNames(from).includes(name)),
    removed: pageNames(from).filter((name) => !pageNames(to).includes(name)),
  };

  let result: Omit<RevisionDiff, "pages" | "same">;
  try {
    const diff = diffOf(asVersion(from), asVersion(to));
    result = {
      added: diff.added.map(({ name }) => question(after.get(name), name)),
      removed: diff.removed.map(({ name }) => question(before.get(name), name)),
      renamed: diff.renamed.map(({ from: old, to: next }) => ({ from: old, to: next, title: titleOf(after.get(next)) })),
      changed: diff.changed.map(({ name, changes }) => ({ ...question(after.get(name), name), kinds: [...new Set(changes.map((c) => c.kind))] })),
      other: [...new Set(diff.questionnaire.map((c) => c.kind).filter((kind) => !pageChanges.has(kind)))],
    };
  } catch {
    // a draft too unfinished for the diff (it reads JSON a version has passed the checks for): compare by name
    const questions = (map: Map<string, Record<string, unknown>>) => [...map].filter(([, element]) => isQuestion(element));
    result = {
      added: questions(after).filter(([name]) => !before.has(name)).map(([name, element]) => question(element, name)),
      removed: questions(before).filter(([name]) => !after.has(name)).map(([name, element]) => question(element, name)),
      renamed: [],
      changed: questions(after)
        .filter(([name, element]) => before.has(name) && contentKey(before.get(name)) !== contentKey(element))
        .map(([name, element]) => ({ ...question(element, name), kinds: [] })),
      other: contentKey({ ...from, survey: null }) === contentKey({ ...to, survey: null }) ? [] : ["property-changed"],
    };
  }
  const same =
    result.added.length + result.removed.length + result.renamed.length + result.changed.length + result.other.length + pages.added.length + pages.removed.length === 0;
  return { ...result, pages, same };
}
