import { describe, expect, it } from "vitest";
import { danishDay, decidedOn, isOverdue } from "./approval-schedule.js";

describe("a step's schedule", () => {
  const decisions = [
    { position: 1, decision: "approved" as const, decision_date: "2027-03-01" },
    { position: 2, decision: "rejected" as const, decision_date: "2027-04-01" },
  ];

  it("takes the step's latest decision, not a rejection", () => {
    expect(decidedOn(decisions, 1)).toBe("2027-03-01");
    expect(decidedOn(decisions, 2)).toBeNull();
    expect(decidedOn(decisions, 3)).toBeNull();
    expect(decidedOn([...decisions, { position: 2, decision: "approved", decision_date: "2027-05-01" }], 2)).toBe("2027-05-01");
  });

  it("is overdue only when the plan's last day has passed without a decision", () => {
    const june = { plannedFrom: "2027-06-01", plannedTo: "2027-06-30" };
    expect(isOverdue(june, null, "2027-06-30")).toBe(false);
    expect(isOverdue(june, null, "2027-07-01")).toBe(true);
    expect(isOverdue(june, "2027-06-15", "2027-08-01")).toBe(false);
    expect(isOverdue({ plannedFrom: "2027-06-12", plannedTo: null }, null, "2027-06-13")).toBe(true);
    expect(isOverdue({ plannedFrom: "2027-06-12", plannedTo: null }, null, "2027-06-12")).toBe(false);
    expect(isOverdue(undefined, null, "2030-01-01")).toBe(false);
  });

  it("counts days by the Danish calendar", () => {
    expect(danishDay(new Date("2027-06-11T22:30:00Z"))).toBe("2027-06-12");
    expect(danishDay(new Date("2027-01-01T22:59:00Z"))).toBe("2027-01-01");
  });
});
