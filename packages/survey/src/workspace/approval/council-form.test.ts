import { describe, expect, it } from "vitest";
import { checkCouncil } from "./council-form.js";

describe("a council's decision", () => {
  const today = "2027-06-20";

  it("accepts a decision with a Danish date", () => {
    expect(checkCouncil({ decision: "approved-with-remarks", date: "12.6.2027", note: "" }, today)).toEqual([]);
  });

  it("names every problem in the form's order", () => {
    expect(checkCouncil({ decision: "", date: "", note: "" }, today)).toEqual([
      { field: "decision", reason: "missing" },
      { field: "date", reason: "missing" },
    ]);
    expect(checkCouncil({ decision: "approved", date: "12. juni", note: "" }, today)).toEqual([{ field: "date", reason: "invalid" }]);
    expect(checkCouncil({ decision: "approved", date: "21.6.2027", note: "" }, today)).toEqual([{ field: "date", reason: "future" }]);
    expect(checkCouncil({ decision: "approved", date: "20.6.2027", note: "x".repeat(2001) }, today)).toEqual([{ field: "note", reason: "tooLong" }]);
  });
});
