import fc from "fast-check";

/**
 * Near-valid inputs for the pure checks: a real document (a published questionnaire, a SurveyJS survey) with a
 * few of its nodes replaced by something nasty, removed, or given an unknown sibling – so the checks meet broken
 * input deep inside, where plain random JSON never reaches.
 */
type Path = Array<string | number>;

/** Text, numbers and shapes that have broken parsers and validators before. */
export const nastyLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "",
    "\u0000",
    "\uD800",
    "\uFEFF",
    "🧑‍🧑‍🧒‍🧒",
    "Æøå ß ǅ",
    "{",
    "{question1} = 'a' and",
    "iif(",
    "((((((((((((((((((((",
    "<script>alert(1)</script>",
    "=1+1",
    "__proto__",
    "constructor",
    "toString",
    "valueOf",
    "x".repeat(70_000),
  ),
  fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e309, 2 ** 53 + 2, -1, 0, 1.5, Number.MAX_VALUE),
  // Made anew each time: a later mutation may change what an earlier one put in, and must not change a shared one.
  fc.constantFrom("null", "true", "false", "[]", "{}", "[[[[]]]]").map((text) => JSON.parse(text) as unknown),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** `{ a: { a: … } }` or `[[…]]`, n levels deep: far past any limit a check might have. */
export function deepValue(levels: number, array = false): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = array ? [value] : { a: value };
  return value;
}

/** An object holding `key` as its own property, "__proto__" included. */
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(base), [key, value]]);
}

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyLeaf, weight: 10 },
  { arbitrary: fc.constantFrom(100, 5_000).chain((n) => fc.boolean().map((array) => deepValue(n, array))), weight: 1 },
  { arbitrary: fc.constantFrom("__proto__", "constructor", "prototype").map((key) => withOwnKey({}, key, { polluted: true })), weight: 1 },
  { arbitrary: fc.constant(50_000).map((n) => new Array(n).fill("x")), weight: 1 },
);

/** The paths in a JSON document, root first, to `maxDepth` levels (a mutation may have nested thousands deep). */
export function jsonPaths(value: unknown, maxDepth = 40): Path[] {
  const out: Path[] = [];
  const stack: Array<[unknown, Path]> = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    out.push(path);
    if (path.length >= maxDepth || node === null || typeof node !== "object") continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.slice(0, 1_000).map((item, i) => [i, item]) : Object.entries(node);
    for (const [key, item] of entries.reverse()) stack.push([item, [...path, key]]);
  }
  return out;
}

type Mutation = { kind: "replace"; at: number; value: unknown } | { kind: "remove"; at: number } | { kind: "add"; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: nastyValue }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom("__proto__", "constructor", "type", "name", "elements", "visibleIf", "choices"), fc.string({ maxLength: 8 })),
      value: nastyValue,
    }),
    weight: 1,
  },
);

/** The document with one to four mutations at random places; the document itself is left as it was. */
export function mutatedJson(document: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    let value = structuredClone(document);
    for (const change of mutations) value = apply(value, change);
    return value;
  });
}

function apply(document: unknown, change: Mutation): unknown {
  const paths = jsonPaths(document);
  const path = paths[change.at % paths.length]!;
  if (change.kind === "replace") return setAt(document, path, change.value);
  if (change.kind === "remove") return path.length === 0 ? undefined : removeAt(document, path);
  const target = getAt(document, path);
  if (target === null || typeof target !== "object" || Array.isArray(target)) return setAt(document, path, change.value);
  return setAt(document, path, withOwnKey(target as Record<string, unknown>, change.key, change.value));
}

function getAt(document: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
}

function setAt(document: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(document, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  // defineProperty, so that a "__proto__" key stays a plain own property.
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  return document;
}

function removeAt(document: unknown, path: Path): unknown {
  const parent = getAt(document, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<string, unknown>)[key];
  return document;
}
