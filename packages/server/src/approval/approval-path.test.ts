import { describe, expect, it } from "vitest";
import { decisionKindRefusal, decisionRefusal, defaultApprovalSteps, pathPosition, stepsChangeRefusal, type DecidedStep } from "./approval-path.js";

const steps = defaultApprovalSteps("1084");
const d = (position: number, decision: DecidedStep["decision"] = "approved"): DecidedStep => ({ position, decision });

describe("defaultApprovalSteps", () => {
  it("gives Hovedstaden K29 and KKR Hovedstaden, Syddanmark K22 and KKR Syddanmark", () => {
    expect(steps).toEqual([
      "Faglig referencegruppe",
      "Socialdirektørforum",
      "K29",
      "KKR Hovedstaden",
      "Kommunalbestyrelser og regionsråd",
      "Sendt til Socialstyrelsen",
    ]);
    expect(defaultApprovalSteps("1083")).toEqual([
      "Faglig referencegruppe",
      "Socialdirektørforum",
      "K22",
      "KKR Syddanmark",
      "Kommunalbestyrelser og regionsråd",
      "Sendt til Socialstyrelsen",
    ]);
  });

  it("gives the other regions their KKR", () => {
    expect(defaultApprovalSteps("1081")[3]).toBe("KKR Nordjylland");
    expect(defaultApprovalSteps("1082")[3]).toBe("KKR Midtjylland");
    expect(defaultApprovalSteps("1085")[3]).toBe("KKR Sjælland");
    expect(defaultApprovalSteps("1085")[2]).toBe("Kommunaldirektørkreds");
  });
});

describe("pathPosition", () => {
  it("starts as a draft waiting for the first step", () => {
    expect(pathPosition(6, [])).toEqual({ state: "draft", next: 1, allowed: [1] });
  });

  it("moves one step at a time", () => {
    expect(pathPosition(6, [d(1), d(2, "noted")])).toEqual({ state: "in-approval", next: 3, allowed: [3] });
  });

  it("goes back to draft on a rejection, resuming at any step up to the rejecting one", () => {
    expect(pathPosition(6, [d(1), d(2), d(3, "rejected")])).toEqual({ state: "draft", next: 3, allowed: [1, 2, 3] });
    expect(pathPosition(6, [d(1), d(2), d(3, "rejected"), d(1)])).toEqual({ state: "in-approval", next: 2, allowed: [2] });
  });

  it("is complete once the last step has decided", () => {
    expect(pathPosition(3, [d(1), d(2), d(3, "sent")])).toEqual({ state: "complete", next: null, allowed: [] });
    expect(pathPosition(3, [d(1), d(2), d(3, "rejected")]).state).toBe("draft");
  });
});

describe("decisionRefusal", () => {
  it("refuses a step before the previous one has decided, naming both", () => {
    expect(decisionRefusal(steps, [], 3)).toBe("Step 3. K29 cannot decide before step 1. Faglig referencegruppe has a decision.");
    expect(decisionRefusal(steps, [], 1)).toBeUndefined();
  });

  it("refuses deciding a decided step again unless the report was rejected", () => {
    expect(decisionRefusal(steps, [d(1), d(2)], 1)).toMatch(/already decided; the next step is 3\. K29/);
    expect(decisionRefusal(steps, [d(1), d(2, "rejected")], 1)).toBeUndefined();
  });

  it("keeps `sent` for the last step and refuses anything after completion", () => {
    expect(decisionKindRefusal(steps, 1, "sent")).toMatch(/last step \(6\. Sendt til Socialstyrelsen\), not of step 1/);
    expect(decisionKindRefusal(steps, 5, "sent")).toMatch(/not of step 5/);
    expect(decisionKindRefusal(steps, 6, "sent")).toBeUndefined();
    expect(decisionKindRefusal(steps, 1, "approved")).toBeUndefined();
    const all = [d(1), d(2), d(3), d(4), d(5)];
    expect(decisionRefusal(steps, all, 6)).toBeUndefined();
    expect(decisionRefusal(steps, [...all, d(6, "sent")], 6)).toMatch(/complete/);
  });
});

describe("stepsChangeRefusal", () => {
  it("allows any path before the first decision", () => {
    expect(stepsChangeRefusal(steps, ["Én"], [])).toBeUndefined();
  });

  it("keeps decided steps in place and allows changes after them", () => {
    const renamed = [...steps.slice(0, 2), "K29 (kommunaldirektører)", ...steps.slice(3)];
    expect(stepsChangeRefusal(steps, renamed, [d(1), d(2)])).toBeUndefined();
    expect(stepsChangeRefusal(steps, steps.slice(1), [d(1)])).toMatch(/Steps 1–1 already have decisions/);
    expect(stepsChangeRefusal(steps, steps.slice(0, 1), [d(1), d(2)])).toMatch(/step 2 is "Socialdirektørforum"/);
  });

  it("refuses any change to a complete path", () => {
    expect(stepsChangeRefusal(["A"], ["A", "B"], [d(1)])).toMatch(/complete/);
  });
});
