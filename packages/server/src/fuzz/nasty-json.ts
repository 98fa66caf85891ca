import fc from "fast-check";

/**
 * Values that have broken JSON APIs before: text a database or a parser chokes on, numbers JSON.stringify cannot
 * write, nesting and width past the guard's limits, prototype keys. Some cannot exist as a JavaScript value (1e309
 * is Infinity once parsed), so they travel as a marker string that `toJsonText` writes out raw.
 */
const RAW_MARK = "@@fuzz-raw:";

/** A stand-in for JSON text that is written out verbatim by toJsonText, e.g. raw("1e309"). */
export function raw(text: string): string {
  return `${RAW_MARK}${Buffer.from(text).toString("base64")}@@`;
}

/** JSON.stringify, with every raw() marker replaced by its text. */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value) ?? "null";
  return text.replace(/"@@fuzz-raw:([A-Za-z0-9+/=]*)@@"/g, (_m, b64: string) => Buffer.from(b64, "base64").toString());
}

/** `{"a":{"a":…}}` n levels deep, as raw JSON text (building it as a value would overflow JSON.stringify). */
export function deepText(levels: number): string {
  return '{"a":'.repeat(levels) + "1" + "}".repeat(levels);
}

/** An object that has `key` as its own property, even "__proto__". */
export function withOwnKey(key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(base), [key, value]]);
}

export const prototypeKeys = ["__proto__", "constructor", "prototype"] as const;

const oddTexts = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF\uD800",
  "\uFEFF",
  "\u202Eevil",
  "Æblegrød på Ærø – “citat” ß ǅ",
  "🧑‍🧑‍🧒‍🧒",
  "\r\n\t",
  "<script>alert(1)</script>",
  "=HYPERLINK(\"http://x\")",
  "' or 1=1 --",
  "../../../etc/passwd",
  "%00%2F..",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "2026-02-30T25:61:00Z",
  "0000-00-00",
  "x@y",
  "a".repeat(257),
];

const oddNumbers: unknown[] = [
  raw("1e309"),
  raw("-1e309"),
  raw("1e-400"),
  raw("-0"),
  raw("123456789012345678901234567890"),
  raw("1.0000000000000000000000001"),
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -1,
  0,
  0.5,
  1e21,
  -2147483649,
];

/** One scalar or small structure that is probably wrong wherever it lands. */
export const nastyLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...oddTexts),
  fc.constantFrom(...oddNumbers),
  fc.constantFrom(null, true, false, [], {}, [null], { "": "" }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.double(),
  fc.integer(),
);

/** Nasty values including large and structural ones: huge text, deep nesting, wide arrays, prototype keys. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyLeaf, weight: 8 },
  { arbitrary: fc.constantFrom(1_000, 70_000, 300_000).map((n) => "x".repeat(n)), weight: 1 },
  // Just past the body limit: the route must answer 413, not choke.
  { arbitrary: fc.constant(raw(`"${"y".repeat(1_100_000)}"`)), weight: 1 },
  { arbitrary: fc.constantFrom(63, 64, 65, 200, 5_000).map((n) => raw(deepText(n))), weight: 1 },
  { arbitrary: fc.constantFrom(10_001, 200_001).map((n) => raw(`[${"0,".repeat(n - 1)}0]`)), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...prototypeKeys), fc.jsonValue({ maxDepth: 1 })).map(([k, v]) => withOwnKey(k, v)), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** Whole bodies that are not the JSON the route wants, sent as text. */
export const nastyBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "}",
    "nul",
    "[1,]",
    '{"a":1,}',
    '{"a":1}trailing',
    "\uFEFF{}",
    '"a string"',
    "123",
    "null",
    "true",
    "[]",
    "{}",
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":1,"a":2}',
    "{\"a\":\"\\ud800\"}",
    '{"a":"\\u0000"}',
    "{'single':'quotes'}",
    deepText(3_500),
    "[".repeat(20_000) + "]".repeat(20_000),
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
  nastyValue.map(toJsonText),
);
