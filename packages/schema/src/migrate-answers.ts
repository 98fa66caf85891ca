import type { Answers } from "./question-meta.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { answerShape, compatibleTypes } from "./answer-shape.js";
import { allowedValues, hasCommentArea, hasOtherItem, itemValue, rowValues, sameValue } from "./choice-items.js";
import { isRecord } from "./json-value.js";
import { matchElements, previousNamesOf } from "./match-elements.js";
import { type ElementJson, matrixColumns, multipleTextItems, surveyElements, templateElements } from "./survey-elements.js";

/**
 * Why (part of) an answer was not carried to the new version:
 * - `removed`: the question is gone (or the key belongs to no question of either version)
 * - `type-changed`: the question now takes another kind of answer
 * - `choice-removed`: a choice (or a row or column value of a `matrix`, or a row of a `matrixdropdown`) is gone
 * - `column-removed`: a column of a `matrixdropdown`/`matrixdynamic`, an item of a `multipletext` or a question
 *   of a `paneldynamic` is gone
 */
export type DropReason = "removed" | "type-changed" | "choice-removed" | "column-removed";

export interface DroppedAnswer {
  /** the answer's key in the input */
  question: string;
  /** what was dropped, in the answer's own shape: the whole value, or the removed part of it (for a checkbox the
   * removed values; for a matrixdynamic an array aligned with the rows, holding each row's removed cells) */
  value: unknown;
  reason: DropReason;
}

export interface MigrationResult {
  answers: Answers;
  /** input keys carried under the same name (possibly with some values dropped, see `dropped`) */
  carried: string[];
  /** input keys carried under a new name */
  renamed: { from: string; to: string }[];
  /** input keys whose answer, or part of it, was not carried */
  dropped: DroppedAnswer[];
}

const commentSuffix = "-Comment";

type DroppedPart = { value: unknown; reason: DropReason };
/** keep the (possibly reduced) value; drop it whole; or drop it in parts, each for its own reason */
type Outcome =
  | { kind: "keep"; target: ElementJson; value: unknown; dropped: DroppedPart[] }
  | { kind: "drop"; reason: DropReason }
  | { kind: "parts"; dropped: DroppedPart[] };

/**
 * Carries a respondent's answers from one version of a questionnaire to another. Pure: the input is never
 * changed. Nothing is lost silently: every key of `answers` is either carried (under its name or, for a question
 * renamed through `previousNames`, its new name) or listed in `dropped`, or – when only part of its value no longer
 * fits, like one removed choice of a checkbox – both carried and listed with the part dropped.
 * A `<name>-Comment` key goes with its question (to `<newName>-Comment`) while the new question still has a
 * comment area or an "Other" item. What is carried fits the new version: a value it cannot hold – a choice, row,
 * column or item it does not have, or a key that is no question of either version – is dropped and listed, even if
 * the old version could not hold it either (so `migrateAnswers(q, q, answers)` only drops what `q` cannot hold).
 */
export function migrateAnswers(from: QuestionnaireVersion, to: QuestionnaireVersion, answers: Answers): MigrationResult {
  const beforeQuestions = surveyElements(from.survey).map((location) => location.element);
  const afterQuestions = surveyElements(to.survey).map((location) => location.element);
  const matches = matchElements(beforeQuestions, afterQuestions);
  const beforeByName = new Map(beforeQuestions.map((element) => [element.name, element] as const));

  const result: MigrationResult = { answers: {}, carried: [], renamed: [], dropped: [] };
  const put = (key: string, target: string, value: unknown): boolean => {
    if (Object.hasOwn(result.answers, target)) return false;
    setOwn(result.answers, target, structuredClone(value));
    if (target === key) result.carried.push(key);
    else result.renamed.push({ from: key, to: target });
    return true;
  };
  const drop = (key: string, value: unknown, reason: DropReason) => {
    result.dropped.push({ question: key, value: structuredClone(value), reason });
  };

  // Keys of questions of the old version first, so that they win over stray keys of the same target name.
  const keys = Object.keys(answers);
  const isQuestionKey = (key: string) => beforeByName.has(key) || beforeByName.has(baseName(key) ?? "");
  for (const key of [...keys.filter(isQuestionKey), ...keys.filter((key) => !isQuestionKey(key))]) {
    const value = answers[key];
    const comment = baseName(key);
    const old = beforeByName.get(key);
    if (old) {
      const outcome = migrateValue(old, matches.get(key), value);
      if (outcome.kind === "drop") drop(key, value, outcome.reason);
      for (const part of outcome.kind === "drop" ? [] : outcome.dropped) drop(key, part.value, part.reason);
      // a collision is only possible with a question named like a comment key; the later key gives way
      if (outcome.kind === "keep" && !put(key, outcome.target.name, outcome.value)) drop(key, value, "removed");
    } else if (comment !== undefined && beforeByName.has(comment)) {
      const question = beforeByName.get(comment) as ElementJson;
      const target = matches.get(comment);
      const reason = commentDropReason(question, target);
      if (reason || !target) drop(key, value, reason ?? "removed");
      else if (!put(key, `${target.name}${commentSuffix}`, value)) drop(key, value, "removed");
    } else {
      // not a question of the old version: keep it if the new version has a question (or comment) for it
      const target = strayTarget(key, afterQuestions, matches);
      if (target === undefined || !put(key, target, value)) drop(key, value, "removed");
    }
  }
  return result;
}

/** Sets an own property, even one named `__proto__` (answers come from JSON, where that is an ordinary key). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function baseName(key: string): string | undefined {
  return key.endsWith(commentSuffix) && key.length > commentSuffix.length ? key.slice(0, -commentSuffix.length) : undefined;
}

function commentDropReason(question: ElementJson, target: ElementJson | undefined): DropReason | undefined {
  if (!target) return "removed";
  if (!compatibleTypes(question, target)) return "type-changed";
  if (hasCommentArea(target) || hasOtherItem(target)) return undefined;
  // the comment held the text of "Other", and "Other" is gone
  return hasOtherItem(question) && !hasCommentArea(question) ? "choice-removed" : "removed";
}

/** Where a key that is no question of the old version goes in the new version, if anywhere. */
function strayTarget(key: string, after: ElementJson[], matches: Map<string, ElementJson>): string | undefined {
  const taken = new Set([...matches.values()]);
  const find = (name: string) =>
    after.find((element) => element.name === name && !taken.has(element)) ??
    after.find((element) => !taken.has(element) && previousNamesOf(element).includes(name));
  const question = find(key);
  if (question) return question.name;
  const comment = baseName(key);
  const owner = comment !== undefined ? find(comment) : undefined;
  return owner && (hasCommentArea(owner) || hasOtherItem(owner)) ? `${owner.name}${commentSuffix}` : undefined;
}

function migrateValue(before: ElementJson, after: ElementJson | undefined, value: unknown): Outcome {
  if (!after) return { kind: "drop", reason: "removed" };
  if (!compatibleTypes(before, after)) return { kind: "drop", reason: "type-changed" };
  const keep = (kept: unknown, dropped: DroppedPart[] = []): Outcome => ({
    kind: "keep",
    target: after,
    value: kept,
    dropped,
  });
  if (value === undefined || value === null) return keep(value);

  switch (answerShape(after)) {
    case "single":
    case "boolean": {
      const fits = choiceFilter(before, after);
      return fits(value) ? keep(value) : { kind: "drop", reason: "choice-removed" };
    }
    case "multi": {
      if (!Array.isArray(value)) return keep(value);
      const fits = choiceFilter(before, after);
      // an entry is a value, or { value, comment } for a choice with its own comment area
      const entryValue = (entry: unknown) => (isRecord(entry) && "value" in entry ? entry.value : entry);
      const kept = value.filter((entry) => fits(entryValue(entry)));
      const removed = value.filter((entry) => !fits(entryValue(entry)));
      if (removed.length === 0) return keep(value);
      if (kept.length === 0) return { kind: "drop", reason: "choice-removed" };
      return keep(kept, [{ value: removed, reason: "choice-removed" }]);
    }
    case "matrix": {
      if (!isRecord(value)) return keep(value);
      const rows = rowValues(after);
      const columns = Array.isArray(after.columns) ? after.columns.map(itemValue) : [];
      const fits = (row: string, cell: unknown) =>
        (rows.length === 0 || rows.some((r) => sameValue(r, row))) && (columns.length === 0 || columns.some((c) => sameValue(c, cell)));
      return splitObject(value, (row, cell) => (fits(row, cell) ? undefined : "choice-removed"), keep);
    }
    case "matrixdropdown": {
      if (!isRecord(value)) return keep(value);
      const rows = rowValues(after);
      const columns = new Set(matrixColumns(after).map((column) => column.name));
      const keptRows: Record<string, unknown> = {};
      const removedRows: Record<string, unknown> = {};
      const removedCells: Record<string, unknown> = {};
      for (const [row, cells] of Object.entries(value)) {
        if (rows.length > 0 && !rows.some((r) => sameValue(r, row))) {
          setOwn(removedRows, row, cells);
          continue;
        }
        if (!isRecord(cells)) {
          setOwn(keptRows, row, cells);
          continue;
        }
        const [kept, removed] = partitionKeys(cells, (cell) => columns.has(cell) || columns.has(baseName(cell) ?? ""));
        if (Object.keys(removed).length > 0) setOwn(removedCells, row, removed);
        if (Object.keys(kept).length > 0) setOwn(keptRows, row, kept);
      }
      const dropped: DroppedPart[] = [];
      if (Object.keys(removedRows).length > 0) dropped.push({ value: removedRows, reason: "choice-removed" });
      if (Object.keys(removedCells).length > 0) dropped.push({ value: removedCells, reason: "column-removed" });
      if (dropped.length === 0) return keep(value);
      if (Object.keys(keptRows).length === 0) return dropped.length === 1 ? { kind: "drop", reason: dropped[0]!.reason } : { kind: "parts", dropped };
      return keep(keptRows, dropped);
    }
    case "multipletext": {
      if (!isRecord(value)) return keep(value);
      const items = new Set(multipleTextItems(after).map((item) => item.name));
      return splitObject(value, (item) => (items.has(item) ? undefined : "column-removed"), keep);
    }
    case "matrixdynamic":
    case "paneldynamic": {
      if (!Array.isArray(value)) return keep(value);
      const isMatrix = after.type === "matrixdynamic";
      const renames = isMatrix ? new Map<string, string>() : nestedRenames(before, after);
      const names = new Set((isMatrix ? matrixColumns(after) : templateElements(after)).map((element) => element.name));
      const fits = (key: string) => names.has(key) || names.has(baseName(key) ?? "");
      let anyRemoved = false;
      const keptRows: unknown[] = [];
      const removedRows: unknown[] = [];
      for (const row of value) {
        if (!isRecord(row)) {
          keptRows.push(row);
          removedRows.push({});
          continue;
        }
        const renamed: Record<string, unknown> = {};
        const removed: Record<string, unknown> = {};
        for (const [key, cell] of Object.entries(row)) {
          const comment = baseName(key);
          const target = renames.get(key) ?? (comment !== undefined && renames.has(comment) ? `${renames.get(comment)}${commentSuffix}` : key);
          if (fits(target) && !Object.hasOwn(renamed, target)) setOwn(renamed, target, cell);
          else setOwn(removed, key, cell);
        }
        if (Object.keys(removed).length > 0) anyRemoved = true;
        keptRows.push(renamed);
        removedRows.push(removed);
      }
      if (!anyRemoved) return keep(keptRows);
      // rows stay, even when all their cells are gone, so the dropped cells line up with the carried rows
      return keep(keptRows, [{ value: removedRows, reason: "column-removed" }]);
    }
    default:
      return keep(value);
  }
}

/**
 * Whether a choice value of an answer to `before` can stand in `after`: it is one of the new choices, or it was
 * the text of "Other" (a value outside the old choices) and the new question still has "Other".
 */
function choiceFilter(before: ElementJson, after: ElementJson): (value: unknown) => boolean {
  const allowedAfter = allowedValues(after);
  const allowedBefore = allowedValues(before);
  if (allowedAfter === undefined) return () => true;
  return (value) => {
    if (allowedAfter.some((allowed) => sameValue(allowed, value))) return true;
    const otherText = hasOtherItem(before) && allowedBefore !== undefined && !allowedBefore.some((allowed) => sameValue(allowed, value));
    return otherText && hasOtherItem(after);
  };
}

function partitionKeys(value: Record<string, unknown>, keepKey: (key: string) => boolean): [Record<string, unknown>, Record<string, unknown>] {
  const kept: Record<string, unknown> = {};
  const removed: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) setOwn(keepKey(key) ? kept : removed, key, entry);
  return [kept, removed];
}

/** Splits an object answer into what fits and what does not; `reasonFor` names why an entry does not fit. */
function splitObject(
  value: Record<string, unknown>,
  reasonFor: (key: string, entry: unknown) => DropReason | undefined,
  keep: (kept: unknown, dropped?: DroppedPart[]) => Outcome,
): Outcome {
  const kept: Record<string, unknown> = {};
  const removed = new Map<DropReason, Record<string, unknown>>();
  for (const [key, entry] of Object.entries(value)) {
    const reason = reasonFor(key, entry);
    if (reason === undefined) setOwn(kept, key, entry);
    else removed.set(reason, { ...removed.get(reason), [key]: entry });
  }
  if (removed.size === 0) return keep(value);
  const dropped = [...removed].map(([reason, part]) => ({ value: part, reason }));
  if (Object.keys(kept).length > 0) return keep(kept, dropped);
  return dropped.length === 1 ? { kind: "drop", reason: dropped[0]!.reason } : { kind: "parts", dropped };
}

/** Old → new names of the questions inside a paneldynamic renamed through `previousNames`. */
function nestedRenames(before: ElementJson, after: ElementJson): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [old, next] of matchElements(templateElements(before), templateElements(after))) {
    if (old !== next.name) renames.set(old, next.name);
  }
  return renames;
}
