import { describe, expect, it } from "vitest";
import { checkPlan } from "./step-plan.js";

describe("a step's planned date", () => {
  it("takes one Danish date, or a period", () => {
    expect(checkPlan({ from: "12.6.2027", to: "" })).toEqual({ ok: true, plannedFrom: "2027-06-12", plannedTo: null });
    expect(checkPlan({ from: " 1.6.2027 ", to: "30-06-2027" })).toEqual({ ok: true, plannedFrom: "2027-06-01", plannedTo: "2027-06-30" });
    expect(checkPlan({ from: "12.6.2027", to: "12.6.2027" })).toEqual({ ok: true, plannedFrom: "2027-06-12", plannedTo: null });
  });

  it("names what is wrong", () => {
    expect(checkPlan({ from: "", to: "" })).toEqual({ ok: false, problems: [{ field: "from", reason: "missing" }] });
    expect(checkPlan({ from: "31.6.2027", to: "" })).toEqual({ ok: false, problems: [{ field: "from", reason: "invalid" }] });
    expect(checkPlan({ from: "juni 2027", to: "juli" })).toEqual({
      ok: false,
      problems: [
        { field: "from", reason: "invalid" },
        { field: "to", reason: "invalid" },
      ],
    });
    expect(checkPlan({ from: "30.6.2027", to: "1.6.2027" })).toEqual({ ok: false, problems: [{ field: "to", reason: "beforeFrom" }] });
  });
});
