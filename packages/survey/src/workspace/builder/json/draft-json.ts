import { QuestionnaireDraftSchema, type QuestionnaireDraft } from "@afrapport/schema";
import { jsonLanguage } from "@codemirror/lang-json";

/** The JSON grammar's syntax node (from @lezer/common, which this package reaches only through CodeMirror). */
type SyntaxNode = NonNullable<ReturnType<typeof jsonLanguage.parser.parse>["topNode"]["firstChild"]>;

// Reading the JSON view's text back into a draft. Two kinds of problem, each placed where it is in the text so the
// editor can underline it and the notice can name its line: the text is not JSON (JSON.parse's verdict, placed by
// its position or, where the browser gives none, by the JSON grammar's first error), or it is JSON but not a draft
// (QuestionnaireDraftSchema's issues, placed on the property they name). The words are the messages file's.

export type SyntaxReason =
  | "unexpected-end"
  | "unexpected-token"
  | "expected-comma-or-brace"
  | "expected-comma-or-bracket"
  | "expected-property-name"
  | "unterminated-string"
  | "bad-control-character"
  | "bad-escape"
  | "trailing-content"
  | "other";

export type SchemaReason =
  | { code: "missing" }
  | { code: "type"; expected: string }
  | { code: "unknown-key"; key: string }
  | { code: "too-small"; minimum: number; of: "array" | "string" | "number" }
  | { code: "too-big"; maximum: number; of: "array" | "string" | "number" }
  | { code: "one-of"; values: string[] }
  | { code: "format" }
  | { code: "other" };

export type JsonProblem = { from: number; to: number; line: number } & (
  | { kind: "syntax"; reason: SyntaxReason; token?: string }
  | { kind: "schema"; reason: SchemaReason; path: string }
);

export type DraftJsonResult = { ok: true; draft: QuestionnaireDraft } | { ok: false; problems: JsonProblem[] };

/** The draft as the JSON view shows it: two-space indented, as the built-in questionnaires are written. */
export function formatDraftJson(draft: QuestionnaireDraft): string {
  return JSON.stringify(draft, null, 2);
}

/** The text as a draft, or what is wrong with it and where. */
export function readDraftJson(text: string): DraftJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error instanceof Error ? error.message : String(error))] };
  }
  const parsed = QuestionnaireDraftSchema.safeParse(value);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const top = topValue(text);
  const problems = parsed.error.issues.flatMap((issue) => schemaProblems(text, top, value, issue as unknown as ZodIssueLike));
  problems.sort((a, b) => a.from - b.from);
  return { ok: false, problems };
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// ---- syntax ----------------------------------------------------------------------------------------------------

const syntaxReasons: [RegExp, SyntaxReason][] = [
  [/Unexpected end of JSON input|end of data/i, "unexpected-end"],
  [/Unterminated string|unterminated string/i, "unterminated-string"],
  [/Bad control character|control character/i, "bad-control-character"],
  [/Bad escaped character|Bad Unicode escape|bad escape/i, "bad-escape"],
  [/Expected ',' or '}'|expected ',' or '}'/i, "expected-comma-or-brace"],
  [/Expected ',' or ']'|expected ',' or ']'/i, "expected-comma-or-bracket"],
  [/property name|double-quoted/i, "expected-property-name"],
  [/non-whitespace character after JSON|after JSON data/i, "trailing-content"],
  [/Unexpected token|unexpected character|Unexpected/i, "unexpected-token"],
];

/** A JSON.parse error message (V8's, or another browser's) as a placed problem. */
export function syntaxProblem(text: string, message: string): JsonProblem {
  const reason = syntaxReasons.find(([pattern]) => pattern.test(message))?.[1] ?? "other";
  let from = Math.min(errorOffset(text, message, reason), text.trimEnd().length);
  let to = Math.min(from + 1, text.length);
  if (reason === "expected-comma-or-brace" || reason === "expected-comma-or-bracket") {
    // the parser stops at the next value; the comma is missing after the one before, where it is to be typed
    const end = text.slice(0, from).trimEnd().length;
    if (end > 0) [from, to] = [end - 1, end];
  }
  const token = reason === "unexpected-token" && from < text.length ? text[from] : undefined;
  return { kind: "syntax", reason, from, to, line: lineAt(text, from), ...(token === undefined ? {} : { token }) };
}

function errorOffset(text: string, message: string, reason: SyntaxReason): number {
  const position = /at position (\d+)/.exec(message);
  if (position !== null) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
  if (reason === "unexpected-end") return text.trimEnd().length;
  // V8 leaves the position out of "Unexpected token"; the JSON grammar's first error is at the same spot
  let at = -1;
  jsonLanguage.parser.parse(text).iterate({
    enter: (node) => {
      if (at >= 0) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  return at >= 0 ? at : 0;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

// ---- schema ----------------------------------------------------------------------------------------------------

/** What zod 4 reports, read structurally (the survey package does not depend on zod itself). */
interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
}

function schemaProblems(text: string, top: SyntaxNode | null, value: unknown, issue: ZodIssueLike): JsonProblem[] {
  const path = issue.path.filter((key): key is string | number => typeof key === "string" || typeof key === "number");
  const place = (at: (string | number)[], reason: SchemaReason): JsonProblem => {
    const { from, to } = locate(text, top, at, reason.code === "unknown-key");
    return { kind: "schema", reason, path: pathText(at), from, to, line: lineAt(text, from) };
  };
  if (issue.code === "unrecognized_keys") {
    return (issue.keys ?? []).map((key) => place([...path, key], { code: "unknown-key", key }));
  }
  return [place(path, schemaReason(issue, valueAt(value, path)))];
}

function schemaReason(issue: ZodIssueLike, found: unknown): SchemaReason {
  const of = issue.origin === "array" || issue.origin === "string" || issue.origin === "number" ? issue.origin : "array";
  switch (issue.code) {
    case "invalid_type":
      return found === undefined ? { code: "missing" } : { code: "type", expected: issue.expected ?? "" };
    case "too_small":
      return { code: "too-small", minimum: Number(issue.minimum ?? 0), of };
    case "too_big":
      return { code: "too-big", maximum: Number(issue.maximum ?? 0), of };
    case "invalid_value":
      return { code: "one-of", values: (issue.values ?? []).map(String) };
    case "invalid_format":
      return { code: "format" };
    default:
      return { code: "other" };
  }
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** `survey.pages[0].elements[2].title`, the form validateQuestionnaire's findings use. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

function topValue(text: string): SyntaxNode | null {
  return jsonLanguage.parser.parse(text).topNode.firstChild;
}

/**
 * Where a path is in the text: a plain value itself (the wrong thing is the value), else the property's name (a
 * whole object would underline half the file; an unknown key is wrong by its name), else an array element's first
 * line. A path that goes further than the text (a missing key) stops at the deepest part that is there.
 */
function locate(text: string, top: SyntaxNode | null, path: (string | number)[], byName: boolean): { from: number; to: number } {
  if (top === null) return { from: 0, to: Math.min(1, text.length) };
  let node: SyntaxNode = top;
  let mark: { from: number; to: number } = { from: top.from, to: firstLineEnd(text, top) };
  for (const key of path) {
    const child = typeof key === "number" ? arrayItem(node, key) : property(text, node, key);
    if (child === null) break;
    const plain = child.value !== null && child.value.name !== "Object" && child.value.name !== "Array";
    mark =
      child.name !== null && (byName || !plain) ? child.name
      : child.value === null ? mark
      : { from: child.value.from, to: firstLineEnd(text, child.value) };
    if (child.value === null) break;
    node = child.value;
  }
  return mark;
}

function firstLineEnd(text: string, node: SyntaxNode): number {
  const newline = text.indexOf("\n", node.from);
  return newline < 0 || newline > node.to ? node.to : newline;
}

function arrayItem(node: SyntaxNode, index: number): { name: null; value: SyntaxNode } | null {
  if (node.name !== "Array") return null;
  let seen = 0;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.name === "[" || child.name === "]" || child.name === "," || child.type.isError) continue;
    if (seen === index) return { name: null, value: child };
    seen++;
  }
  return null;
}

function property(text: string, node: SyntaxNode, key: string): { name: { from: number; to: number }; value: SyntaxNode | null } | null {
  if (node.name !== "Object") return null;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.name !== "Property") continue;
    const name = child.getChild("PropertyName");
    if (name === null) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(name.from, name.to));
    } catch {
      continue;
    }
    if (parsed !== key) continue;
    let value: SyntaxNode | null = null;
    for (let part = name.nextSibling; part !== null; part = part.nextSibling) {
      if (part.name !== ":" && !part.type.isError) {
        value = part;
        break;
      }
    }
    return { name: { from: name.from, to: name.to }, value };
  }
  return null;
}
