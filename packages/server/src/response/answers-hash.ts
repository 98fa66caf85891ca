import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level, so equal answers always give equal text: what JSON.stringify gives
 * (keys whose value is undefined left out, undefined in a list written as null, numbers that are not finite as
 * null) with the keys in order. Written in one pass, without a sorted copy of the value: every save stores its
 * answers this way and fingerprints this text. The order is the one fingerprints have always had (a sorted copy's
 * JSON): keys that are array indexes ("2017", "9") first, by number, then the others sorted.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
}

/** The JSON of a value, or undefined for what JSON leaves out (undefined, functions, symbols). */
function write(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return JSON.stringify(value) as string | undefined;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return write((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? "" : ","}${write(value[i]) ?? "null"}`;
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = "{";
  let first = true;
  for (const key of orderedKeys(record)) {
    const item = write(record[key]);
    if (item === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${item}`;
    first = false;
  }
  return `${out}}`;
}

/** Whether a key is an array index, which JavaScript puts first in an object, by number. */
const isIndex = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;

function orderedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some(isIndex)) return keys;
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isIndex(key))];
}

/** The sha256 of a text, hex. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The fingerprint of a set of answers, on the receipt: sha256 of their canonical JSON, hex. */
export function answersSha256(answers: unknown): string {
  return sha256Hex(canonicalJson(answers));
}
