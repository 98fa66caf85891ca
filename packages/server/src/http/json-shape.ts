/**
 * Bounds on the shape of parsed JSON, checked before anything recurses over it. JSON.parse itself copes with any
 * depth, but every recursive walk after it (zod, the answer merge, JSON.stringify of the reply) overflows the
 * stack somewhere between a few thousand and ten thousand levels – a 21 KB body is enough. The deepest real body
 * (a questionnaire with panels in dynamic panels, inside a draft) is about a dozen levels.
 */
export interface JsonLimits {
  /** Objects and arrays nested in each other; the body itself is level 1. */
  maxDepth: number;
  /** Keys of one object. */
  maxKeysPerObject: number;
  /** Values of every kind in the whole document. */
  maxValues: number;
}

export const jsonLimits: JsonLimits = { maxDepth: 64, maxKeysPerObject: 10_000, maxValues: 200_000 };

/** Keys that would reach Object.prototype when an object is copied key by key. */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

export type JsonShapeProblemKind = "too-deep" | "too-many-keys" | "too-many-values" | "forbidden-key" | "nul-character";

export interface JsonShapeProblem {
  kind: JsonShapeProblemKind;
  /** Where it is, e.g. `answers.panel[3].x`; "" for the document itself. */
  path: string;
  /** English, naming the path. */
  message: string;
}

/** A path this long names its place well enough; a 3,500-level path would be a message of 10 KB. */
const maxPathSegments = 8;

/**
 * The first thing about a JSON value that is out of bounds, or undefined. Walks with its own stack, never by
 * recursion, so no input can overflow it, and stops at the first problem. The walk keeps no paths (it runs on every
 * request body); only when it finds a problem does a second walk, that keeps them, name the place.
 */
export function findJsonShapeProblem(root: unknown, limits: JsonLimits = jsonLimits): JsonShapeProblem | undefined {
  return walk(root, limits, false) === undefined ? undefined : walk(root, limits, true);
}

function walk(root: unknown, limits: JsonLimits, withPaths: boolean): JsonShapeProblem | undefined {
  if (typeof root === "string" && root.includes("\u0000")) return { kind: "nul-character", path: "", message: "The body: text must not contain the character U+0000 (NUL)." };
  if (root === null || typeof root !== "object") return undefined;
  // Three parallel stacks of the objects and arrays still to visit; scalars are only counted, never pushed.
  const values: object[] = [root];
  const depths: number[] = [1];
  const paths: string[] = [""];
  const segments: number[] = [0];
  let count = 1;
  const tooMany = (): JsonShapeProblem => ({ kind: "too-many-values", path: "", message: `The body holds more than ${limits.maxValues} values.` });
  const childPath = (path: string, key: string | number) => (typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`);
  // PostgreSQL cannot store U+0000 in text, and no form has a use for it: refused wherever it is, key or value.
  const nul = (path: string): JsonShapeProblem => ({ kind: "nul-character", path, message: `${path === "" ? "The body" : path}: text must not contain the character U+0000 (NUL).` });
  /** Counts a child; an object or array is kept to visit; a string with a NUL is the problem it returns. */
  const push = (value: unknown, depth: number, path: string, segment: number, key: string | number): JsonShapeProblem | undefined => {
    if (typeof value === "string") return value.includes("\u0000") ? nul(withPaths ? childPath(path, key) : "") : undefined;
    if (value === null || typeof value !== "object") return undefined;
    values.push(value);
    depths.push(depth);
    if (!withPaths) return undefined;
    if (segment >= maxPathSegments) {
      paths.push(path);
      segments.push(segment);
    } else {
      paths.push(childPath(path, key));
      segments.push(segment + 1);
    }
    return undefined;
  };
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    const path = withPaths ? paths.pop()! : "";
    const segment = withPaths ? segments.pop()! : 0;
    if (depth > limits.maxDepth) {
      const where = path === "" ? "The body" : `${path}${segment >= maxPathSegments ? "…" : ""}`;
      return { kind: "too-deep", path, message: `${where}: nested more than ${limits.maxDepth} levels deep.` };
    }
    if (Array.isArray(value)) {
      count += value.length;
      if (count > limits.maxValues) return tooMany();
      // Pushed last to first, so the walk meets them in order and reports the first problem in reading order.
      let found: JsonShapeProblem | undefined;
      for (let i = value.length - 1; i >= 0; i--) found = push(value[i], depth + 1, path, segment, i) ?? found;
      if (found !== undefined) return found;
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxKeysPerObject) {
      return { kind: "too-many-keys", path, message: `${path === "" ? "The body" : path}: more than ${limits.maxKeysPerObject} keys in one object.` };
    }
    count += keys.length;
    if (count > limits.maxValues) return tooMany();
    for (const key of keys) {
      if (forbiddenKeys.has(key)) {
        const keyPath = path === "" ? key : `${path}.${key}`;
        return { kind: "forbidden-key", path: keyPath, message: `The key "${keyPath}" is not allowed.` };
      }
      if (key.includes("\u0000")) return nul(path);
    }
    let found: JsonShapeProblem | undefined;
    for (let i = keys.length - 1; i >= 0; i--) found = push((value as Record<string, unknown>)[keys[i]!], depth + 1, path, segment, keys[i]!) ?? found;
    if (found !== undefined) return found;
  }
  return undefined;
}
