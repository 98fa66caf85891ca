// Questionnaire JSON and answers reach this package as `unknown`. These are the questions every reader asks of
// such data, answered once so that every module answers them the same way.

/** An object that is not an array (null is not one). Says nothing about its prototype; see `isPlainObject`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A record made by an object literal or `JSON.parse` (prototype Object.prototype or null): what answers from JSON
 * are. Anything else (a Date, a class instance) is not JSON data, and validateAnswers refuses it.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Structural equality of JSON values: primitives by value (NaN equals NaN), arrays element by element in order,
 * objects by their own keys in any order. A key whose value is undefined counts as absent, as it would after a
 * JSON round trip. Public as `answersEqual` (merge-answers.ts).
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...definedKeys(left), ...definedKeys(right)]);
  for (const key of keys) {
    if (!deepEqual(ownValue(left, key), ownValue(right, key))) return false;
  }
  return true;
}

/** The own value of a key; never an inherited one (a question called "constructor" is just a question). */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/**
 * The path of every object and array inside a JSON value (`survey.pages[1].elements[0]`), by identity: survey-core
 * reports its load errors on the JSON objects it read, and this turns them back into paths a person can follow.
 */
export function jsonPaths(root: unknown, rootPath: string): WeakMap<object, string> {
  const paths = new WeakMap<object, string>();
  const index = (value: unknown, path: string): void => {
    if (value === null || typeof value !== "object" || paths.has(value)) return;
    paths.set(value, path);
    if (Array.isArray(value)) value.forEach((item, i) => index(item, `${path}[${i}]`));
    else for (const [key, item] of Object.entries(value)) index(item, `${path}.${key}`);
  };
  index(root, rootPath);
  return paths;
}
