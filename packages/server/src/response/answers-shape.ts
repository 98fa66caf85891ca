import { validateDraft, type Answers, type AnswerValidation, type QuestionnaireVersion } from "@afrapport/schema";
import { fail, ok, type Result } from "../http/result.js";
import { commentSuffix, valueQuestions } from "./value-questions.js";

/** Where a file answer points: `attachment:<id>` of one of the response's attachments. */
export const attachmentRefPrefix = "attachment:";

export function attachmentIdOf(content: unknown): string | undefined {
  return typeof content === "string" && content.startsWith(attachmentRefPrefix) ? content.slice(attachmentRefPrefix.length) : undefined;
}

/** Every attachment id a set of answers refers to. */
export function referencedAttachmentIds(questionnaire: QuestionnaireVersion, answers: Answers): Set<string> {
  const ids = new Set<string>();
  for (const question of valueQuestions(questionnaire)) {
    if (question.type !== "file") continue;
    const value = answers[question.key];
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const id = attachmentIdOf((item as { content?: unknown } | null)?.content);
      if (id !== undefined) ids.add(id);
    }
  }
  return ids;
}

const maxAnswerKeys = 1000;

// Every autosave asks this of its version; a published version never changes (see valueQuestions).
const keysOf = new WeakMap<QuestionnaireVersion, ReadonlySet<string>>();

function questionKeys(questionnaire: QuestionnaireVersion): ReadonlySet<string> {
  let keys = keysOf.get(questionnaire);
  if (keys === undefined) keysOf.set(questionnaire, (keys = new Set(valueQuestions(questionnaire).map((q) => q.key))));
  return keys;
}

/** validateAnswers' codes for answers that do not fit the questionnaire's structure at all: refused, not saved. */
const structuralCodes = new Set(["not-an-object", "forbidden-key", "not-json", "unknown-question", "unknown-item", "unknown-column", "unknown-row"]);

/**
 * The structural check of answers before anything is saved (a failure is 400 naming the field, nothing saved):
 * every key must be a question of the questionnaire (or its `-Comment`), and nested keys must be the question's
 * items, rows or columns. Types and ranges are not checked here: a draft may hold them, and the save reports them.
 * Passing, it returns the draft validation it ran, so a save whose answers are stored as sent reports it without
 * validating again.
 */
export function checkAnswerKeys(questionnaire: QuestionnaireVersion, answers: Answers): Result<AnswerValidation> {
  const questions = questionKeys(questionnaire);
  const keys = Object.keys(answers);
  if (keys.length > maxAnswerKeys) return fail("validation_failed", "answers: too many keys.", "answers");
  for (const key of keys) {
    const base = key.endsWith(commentSuffix) ? key.slice(0, -commentSuffix.length) : undefined;
    if (!questions.has(key) && (base === undefined || !questions.has(base))) {
      return fail("validation_failed", `answers.${key}: the questionnaire has no question "${key}".`, `answers.${key}`);
    }
  }
  const draft = validateDraft(questionnaire, answers);
  const structural = draft.errors.find((e) => structuralCodes.has(e.code));
  if (structural !== undefined) {
    const field = structural.path === "" ? "answers" : `answers.${structural.path}`;
    return fail("validation_failed", `${field}: ${structural.message.en}`, field);
  }
  return ok(draft);
}

/**
 * A file question's value must be a list of `{ name, type, content: "attachment:<id>" }` pointing at the
 * response's own attachments. `knownAttachmentIds`: the response's attachments and every id the saved answers
 * already refer to (so a file deleted after it was referenced does not block later saves).
 */
export function checkFileReferences(
  questionnaire: QuestionnaireVersion,
  answers: Answers,
  knownAttachmentIds: ReadonlySet<string>,
): Result<null> {
  for (const question of valueQuestions(questionnaire)) {
    if (question.type !== "file" || !Object.prototype.hasOwnProperty.call(answers, question.key)) continue;
    const checked = checkFileAnswer(question.key, answers[question.key], knownAttachmentIds);
    if (!checked.ok) return checked;
  }
  return ok(null);
}

function checkFileAnswer(key: string, value: unknown, known: ReadonlySet<string>): Result<null> {
  if (value === undefined || value === null) return ok(null);
  const field = `answers.${key}`;
  if (!Array.isArray(value)) return fail("validation_failed", `${field}: must be a list of uploaded files.`, field);
  for (const [i, item] of value.entries()) {
    const itemField = `${field}[${i}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      return fail("validation_failed", `${itemField}: must be { name, type, content }.`, itemField);
    }
    const { name, type, content, ...rest } = item as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) return fail("validation_failed", `${itemField}.${extra}: unknown field.`, `${itemField}.${extra}`);
    if (typeof name !== "string" || name.length > 255) return fail("validation_failed", `${itemField}.name: must be the file name.`, `${itemField}.name`);
    if (type !== undefined && typeof type !== "string") return fail("validation_failed", `${itemField}.type: must be a content type.`, `${itemField}.type`);
    const id = attachmentIdOf(content);
    if (id === undefined || !known.has(id)) {
      return fail(
        "validation_failed",
        `${itemField}.content: must be "attachment:<id>" of a file uploaded to this response.`,
        `${itemField}.content`,
      );
    }
  }
  return ok(null);
}
