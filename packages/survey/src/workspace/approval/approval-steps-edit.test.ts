import { describe, expect, it } from "vitest";
import { addStep, canMove, checkSteps, lockedStepCount, maxStepNameLength, moveStep, removeStep, renameStep } from "./approval-steps-edit.js";

const path = ["Faglig referencegruppe", "Socialdirektørforum", "K29"];

describe("editing the approval path", () => {
  it("adds, renames and removes steps without changing the original", () => {
    const added = addStep(path, "KKR Hovedstaden");
    expect(added).toEqual([...path, "KKR Hovedstaden"]);
    expect(path).toHaveLength(3);
    expect(renameStep(path, 2, "K29 (kommunaldirektører)")[2]).toBe("K29 (kommunaldirektører)");
    expect(removeStep(path, 0)).toEqual(["Socialdirektørforum", "K29"]);
  });

  it("moves a step up or down, and not past either end", () => {
    expect(moveStep(path, 1, -1)).toEqual(["Socialdirektørforum", "Faglig referencegruppe", "K29"]);
    expect(moveStep(path, 1, 1)).toEqual(["Faglig referencegruppe", "K29", "Socialdirektørforum"]);
    expect(moveStep(path, 0, -1)).toEqual(path);
    expect(moveStep(path, 2, 1)).toEqual(path);
  });

  it("finds empty, over-long and repeated names", () => {
    const check = checkSteps(["  K29 ", "", "k29", "x".repeat(maxStepNameLength + 1)]);
    expect(check.steps[0]).toBe("K29");
    expect([...check.problems]).toEqual([
      [1, "empty"],
      [2, "duplicate"],
      [3, "tooLong"],
    ]);
    expect(checkSteps([]).none).toBe(true);
    expect(checkSteps(path).problems.size).toBe(0);
  });
});

describe("decided steps", () => {
  it("stay at the top: nothing moves into or out of them", () => {
    expect(lockedStepCount([1, 2, 1])).toBe(2);
    expect(lockedStepCount([])).toBe(0);
    expect(canMove(2, -1, 4, 2)).toBe(false);
    expect(canMove(1, 1, 4, 2)).toBe(false);
    expect(canMove(2, 1, 4, 2)).toBe(true);
    expect(canMove(3, 1, 4, 0)).toBe(false);
    expect(canMove(0, -1, 4, 0)).toBe(false);
  });
});
