import { describe, expect, it } from "vitest";
import { answersEqual, mergeAnswers } from "./merge-answers.js";

const base = { antal: { "2017": 3, "2018": 4 }, samarbejde: ["supervision"], fremtid: "Vi samarbejder." };

describe("mergeAnswers", () => {
  it("keeps everything when nobody changed anything", () => {
    expect(mergeAnswers(base, { ...base }, { ...base })).toEqual({ merged: base, fromTheirs: [], conflicts: [] });
  });

  it("takes my change when only I changed a question", () => {
    const mine = { ...base, fremtid: "Vi opretter et fælles tilbud." };
    expect(mergeAnswers(base, mine, base)).toEqual({ merged: mine, fromTheirs: [], conflicts: [] });
  });

  it("takes their change when only they changed a question, and names it", () => {
    const theirs = { ...base, samarbejde: ["supervision", "radgivning"] };
    expect(mergeAnswers(base, base, theirs)).toEqual({ merged: theirs, fromTheirs: ["samarbejde"], conflicts: [] });
  });

  it("combines changes to different questions from both sides", () => {
    const mine = { ...base, fremtid: "Ny tekst" };
    const theirs = { ...base, antal: { "2017": 3, "2018": 5, "2019": 6 } };
    const result = mergeAnswers(base, mine, theirs);
    expect(result.merged).toEqual({ ...base, fremtid: "Ny tekst", antal: { "2017": 3, "2018": 5, "2019": 6 } });
    expect(result.fromTheirs).toEqual(["antal"]);
    expect(result.conflicts).toEqual([]);
  });

  it("accepts both sides changing a question to the same value, without a conflict", () => {
    const mine = { ...base, antal: { "2018": 4, "2017": 9 } };
    const theirs = { ...base, antal: { "2017": 9, "2018": 4 } };
    const result = mergeAnswers(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.fromTheirs).toEqual([]);
    expect(result.merged.antal).toEqual({ "2017": 9, "2018": 4 });
  });

  it("reports a conflict when both changed a question differently, and keeps the saved value", () => {
    const mine = { ...base, fremtid: "Min tekst", samarbejde: [] };
    const theirs = { ...base, fremtid: "Deres tekst" };
    const result = mergeAnswers(base, mine, theirs);
    expect(result.conflicts).toEqual([{ question: "fremtid", base: "Vi samarbejder.", mine: "Min tekst", theirs: "Deres tekst" }]);
    expect(result.merged).toEqual({ ...base, fremtid: "Deres tekst", samarbejde: [] });
    expect(result.fromTheirs).toEqual([]);
  });

  it("compares nested values deeply, so a change inside a year is a change of the question", () => {
    const mine = { ...base, antal: { "2017": 3, "2018": 7 } };
    const theirs = { ...base, antal: { "2017": 2, "2018": 4 } };
    const result = mergeAnswers(base, mine, theirs);
    expect(result.conflicts.map((c) => c.question)).toEqual(["antal"]);
    expect(result.merged.antal).toEqual({ "2017": 2, "2018": 4 });
  });

  describe("deletions count as changes", () => {
    it("my deletion of an untouched question wins", () => {
      const { fremtid: _removed, ...mine } = base;
      const result = mergeAnswers(base, mine, base);
      expect(result.merged).toEqual(mine);
      expect("fremtid" in result.merged).toBe(false);
      expect(result.conflicts).toEqual([]);
    });

    it("their deletion of a question I did not touch wins and is named", () => {
      const { samarbejde: _removed, ...theirs } = base;
      const result = mergeAnswers(base, base, theirs);
      expect(result.merged).toEqual(theirs);
      expect(result.fromTheirs).toEqual(["samarbejde"]);
    });

    it("my deletion against their edit is a conflict, and the edit stays", () => {
      const { fremtid: _removed, ...mine } = base;
      const theirs = { ...base, fremtid: "Rettet" };
      const result = mergeAnswers(base, mine, theirs);
      expect(result.conflicts).toEqual([{ question: "fremtid", base: "Vi samarbejder.", mine: undefined, theirs: "Rettet" }]);
      expect(result.merged.fremtid).toBe("Rettet");
    });

    it("their deletion against my edit is a conflict, and the question stays deleted until I choose", () => {
      const mine = { ...base, fremtid: "Rettet" };
      const { fremtid: _removed, ...theirs } = base;
      const result = mergeAnswers(base, mine, theirs);
      expect(result.conflicts).toEqual([{ question: "fremtid", base: "Vi samarbejder.", mine: "Rettet", theirs: undefined }]);
      expect("fremtid" in result.merged).toBe(false);
    });

    it("both deleting the same question is agreement", () => {
      const { fremtid: _a, ...mine } = base;
      const { fremtid: _b, ...theirs } = base;
      expect(mergeAnswers(base, mine, theirs)).toEqual({ merged: mine, fromTheirs: [], conflicts: [] });
    });

    it("treats a key set to undefined as a deletion", () => {
      const mine = { ...base, fremtid: undefined };
      const result = mergeAnswers(base, mine, base);
      expect("fremtid" in result.merged).toBe(false);
    });
  });

  describe("questions new since the base", () => {
    it("adds a question only I answered", () => {
      const result = mergeAnswers(base, { ...base, ny: "a" }, base);
      expect(result.merged.ny).toBe("a");
    });

    it("adds a question only they answered", () => {
      const result = mergeAnswers(base, base, { ...base, ny: "b" });
      expect(result.merged.ny).toBe("b");
      expect(result.fromTheirs).toEqual(["ny"]);
    });

    it("is a conflict when both answered a new question differently, with base undefined", () => {
      const result = mergeAnswers({}, { ny: 1 }, { ny: 2 });
      expect(result.conflicts).toEqual([{ question: "ny", base: undefined, mine: 1, theirs: 2 }]);
      expect(result.merged).toEqual({ ny: 2 });
    });
  });

  it("merges from an empty base (the first save of two colleagues)", () => {
    const result = mergeAnswers({}, { a: 1 }, { b: 2 });
    expect(result).toEqual({ merged: { a: 1, b: 2 }, fromTheirs: ["b"], conflicts: [] });
  });

  it("lists several conflicts and fromTheirs in a stable order", () => {
    const b = { a: 1, b: 1, c: 1, d: 1 };
    const result = mergeAnswers(b, { a: 2, b: 2, c: 1, d: 1 }, { a: 3, b: 3, c: 3, d: 1 });
    expect(result.conflicts.map((c) => c.question)).toEqual(["a", "b"]);
    expect(result.fromTheirs).toEqual(["c"]);
    expect(result.merged).toEqual({ a: 3, b: 3, c: 3, d: 1 });
  });

  it("does not change its inputs, and the result shares no objects with them", () => {
    const mine = { ...base, fremtid: "x" };
    const theirs = { ...base, antal: { "2017": 1 } };
    const snapshot = JSON.stringify([base, mine, theirs]);
    const result = mergeAnswers(base, mine, theirs);
    (result.merged.antal as Record<string, number>)["2017"] = 99;
    (result.merged.samarbejde as string[]).push("y");
    expect(JSON.stringify([base, mine, theirs])).toBe(snapshot);
  });

  it("treats prototype-named questions as plain data and never touches Object.prototype", () => {
    const mine = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as Record<string, unknown>;
    const result = mergeAnswers({}, mine, {});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.merged)).toBe(Object.prototype);
    expect(Object.keys(result.merged).sort()).toEqual(["__proto__", "constructor"]);
    // an inherited property is not an answer
    expect(mergeAnswers({}, {}, {}).merged).toEqual({});
  });

  it("is symmetric in what it merges when there are no conflicts", () => {
    const mine = { ...base, fremtid: "x", ny: [1] };
    const theirs = { ...base, antal: {} };
    expect(mergeAnswers(base, mine, theirs).merged).toEqual(mergeAnswers(base, theirs, mine).merged);
  });
});

describe("answersEqual", () => {
  it("compares JSON values deeply", () => {
    expect(answersEqual(1, 1)).toBe(true);
    expect(answersEqual("1", 1)).toBe(false);
    expect(answersEqual(null, undefined)).toBe(false);
    expect(answersEqual(null, null)).toBe(true);
    expect(answersEqual([1, 2], [1, 2])).toBe(true);
    expect(answersEqual([1, 2], [2, 1])).toBe(false);
    expect(answersEqual([1], { 0: 1 })).toBe(false);
    expect(answersEqual({ a: 1, b: [{ c: 2 }] }, { b: [{ c: 2 }], a: 1 })).toBe(true);
    expect(answersEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(answersEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(answersEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(answersEqual(true, false)).toBe(false);
  });
});
