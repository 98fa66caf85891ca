import type { AnswerConflict } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { applyResolution, choose, chooseRemaining, isResolved, startResolution, unresolved } from "./conflict-resolution.js";

const conflicts: AnswerConflict[] = [
  { question: "currentEffortNature", base: "a", mine: "mine", theirs: "theirs" },
  { question: "futureCoordination", base: "x", mine: undefined, theirs: "kept by them" },
  { question: "currentEffortSetting", base: undefined, mine: ["residential"], theirs: ["non-residential"] },
];

describe("conflict resolution", () => {
  it("starts with no choice made and lists every question as open", () => {
    const state = startResolution(conflicts);
    expect(isResolved(state)).toBe(false);
    expect(unresolved(state)).toEqual(["currentEffortNature", "futureCoordination", "currentEffortSetting"]);
  });

  it("records one choice per question and ignores questions that are not in conflict", () => {
    let state = startResolution(conflicts);
    state = choose(state, "currentEffortNature", "mine");
    state = choose(state, "unrelated", "theirs");
    expect(state.choices).toEqual({ currentEffortNature: "mine" });
    state = choose(state, "currentEffortNature", "theirs");
    expect(state.choices).toEqual({ currentEffortNature: "theirs" });
    expect(unresolved(state)).toEqual(["futureCoordination", "currentEffortSetting"]);
  });

  it("refuses to apply while a choice is missing: nothing is decided for the person", () => {
    const state = choose(startResolution(conflicts), "currentEffortNature", "mine");
    expect(() => applyResolution(state, {})).toThrow(/futureCoordination, currentEffortSetting/);
  });

  it("applies the chosen values on top of the other answers, and removes an answer whose chosen side cleared it", () => {
    let state = startResolution(conflicts);
    state = choose(state, "currentEffortNature", "theirs");
    state = choose(state, "futureCoordination", "mine");
    state = choose(state, "currentEffortSetting", "mine");
    const answers = { currentEffortNature: "mine", futureCoordination: "kept by them", currentEffortSetting: ["residential"], other: 1 };
    const result = applyResolution(state, answers);
    expect(result).toEqual({ currentEffortNature: "theirs", currentEffortSetting: ["residential"], other: 1 });
    expect(answers.futureCoordination).toBe("kept by them"); // the input is not changed
  });

  it("returns copies, so editing the result cannot reach the conflict", () => {
    const state = chooseRemaining(startResolution(conflicts), "theirs");
    const result = applyResolution(state, {});
    (result.currentEffortSetting as string[]).push("changed");
    expect(conflicts[2]!.theirs).toEqual(["non-residential"]);
  });

  it("chooses one side for all remaining questions, keeping choices already made", () => {
    const state = chooseRemaining(choose(startResolution(conflicts), "futureCoordination", "mine"), "theirs");
    expect(state.choices).toEqual({ futureCoordination: "mine", currentEffortNature: "theirs", currentEffortSetting: "theirs" });
    expect(isResolved(state)).toBe(true);
  });
});
