import { describe, expect, it } from "vitest";
import { findJsonShapeProblem, jsonLimits } from "./json-shape.js";

/** `{ a: { a: … leaf } }`, n objects deep, built without recursion. */
function nested(n: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < n; i++) value = { a: value };
  return value;
}

describe("findJsonShapeProblem", () => {
  it("passes ordinary bodies, up to the depth limit", () => {
    expect(findJsonShapeProblem({ baseRevision: 1, answers: { q: [1, "x", null, { a: true }] } })).toBeUndefined();
    expect(findJsonShapeProblem(nested(jsonLimits.maxDepth))).toBeUndefined();
    for (const scalar of [null, 0, "x", true, undefined]) expect(findJsonShapeProblem(scalar)).toBeUndefined();
  });

  it("refuses one level more than the limit, naming where, and copes with any depth without a stack overflow", () => {
    expect(findJsonShapeProblem(nested(jsonLimits.maxDepth + 1))).toMatchObject({ kind: "too-deep", path: "a.a.a.a.a.a.a.a" });
    const arrays = JSON.parse("[".repeat(100_000) + "]".repeat(100_000));
    expect(findJsonShapeProblem(arrays)).toMatchObject({ kind: "too-deep", path: "[0][0][0][0][0][0][0][0]" });
    const answers = { baseRevision: 0, answers: { respondentUnit: nested(3500) } };
    const problem = findJsonShapeProblem(answers)!;
    expect(problem.path).toBe("answers.respondentUnit.a.a.a.a.a.a");
    expect(problem.message).toBe("answers.respondentUnit.a.a.a.a.a.a…: nested more than 64 levels deep.");
  });

  it("refuses too many keys in one object, and too many values in all", () => {
    const many = Object.fromEntries(Array.from({ length: jsonLimits.maxKeysPerObject + 1 }, (_, i) => [`k${i}`, i]));
    expect(findJsonShapeProblem({ answers: many })).toMatchObject({ kind: "too-many-keys", path: "answers" });
    expect(findJsonShapeProblem(many)).toMatchObject({ kind: "too-many-keys", path: "", message: expect.stringMatching(/^The body: more than/) });
    expect(findJsonShapeProblem({ list: new Array(jsonLimits.maxValues).fill(0) })).toMatchObject({ kind: "too-many-values" });
    expect(findJsonShapeProblem(new Array(jsonLimits.maxValues - 1).fill(0))).toBeUndefined();
  });

  it("refuses keys that reach the prototype, at any depth, naming the path", () => {
    expect(findJsonShapeProblem(JSON.parse('{"answers": {"__proto__": {"x": 1}}}'))).toMatchObject({ kind: "forbidden-key", path: "answers.__proto__" });
    expect(findJsonShapeProblem({ list: [{ ok: 1 }, { constructor: 1 }] })).toMatchObject({ path: "list[1].constructor" });
    expect(findJsonShapeProblem({ prototype: 1 })?.message).toBe('The key "prototype" is not allowed.');
  });

  it("refuses U+0000 in any string or key (PostgreSQL cannot store it in text), naming where", () => {
    expect(findJsonShapeProblem({ title: "a\u0000b" })).toMatchObject({ kind: "nul-character", path: "title" });
    expect(findJsonShapeProblem({ answers: { list: ["ok", "x\u0000"] } })).toMatchObject({ path: "answers.list[1]" });
    expect(findJsonShapeProblem({ answers: { "a\u0000b": 1 } })).toMatchObject({ kind: "nul-character", path: "answers" });
    expect(findJsonShapeProblem("\u0000")).toMatchObject({ kind: "nul-character", path: "" });
    expect(findJsonShapeProblem({ title: "æøå \u0001 \ud800" })).toBeUndefined();
  });

  it("reports the first problem in reading order", () => {
    expect(findJsonShapeProblem({ a: [1, { constructor: 1 }], b: { __proto__x: 1, prototype: 2 } })?.path).toBe("a[1].constructor");
  });
});
