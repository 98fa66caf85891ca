import type { z } from "zod";
import { HttpError } from "./http-error.js";

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

/** Finds a prototype-polluting key anywhere in parsed JSON; returns its path, or undefined. */
export function findForbiddenKey(value: unknown, path = ""): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findForbiddenKey(item, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const keyPath = path === "" ? key : `${path}.${key}`;
      if (forbiddenKeys.has(key)) return keyPath;
      const found = findForbiddenKey((value as Record<string, unknown>)[key], keyPath);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Parses request input with a zod schema. The first problem becomes a 400 naming its field, so a client can put
 * the message next to the field it concerns.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = "body"): z.infer<S> {
  const forbidden = findForbiddenKey(input);
  if (forbidden !== undefined) {
    throw new HttpError("validation_failed", `The key "${forbidden}" is not allowed.`, forbidden);
  }
  const result = schema.safeParse(input ?? (where === "body" ? undefined : {}));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const keyField = field === "" ? key : `${field}.${key}`;
    throw new HttpError("validation_failed", `Unknown field "${keyField}".`, keyField);
  }
  const label = field === "" ? where : field;
  throw new HttpError("validation_failed", `${label}: ${issue.message}`, field === "" ? undefined : field);
}
