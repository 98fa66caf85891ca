import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so equal answers always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])] as const);
    return Object.fromEntries(entries);
  }
  return value;
}

/** The fingerprint of a set of answers, on the receipt: sha256 of their canonical JSON, hex. */
export function answersSha256(answers: unknown): string {
  return createHash("sha256").update(canonicalJson(answers), "utf8").digest("hex");
}
