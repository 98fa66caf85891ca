import { describe, expect, it } from "vitest";
import { figureSources } from "./figure-sources.js";

const responses = [
  { responseId: "a", respondentId: "ra", respondentName: "København" },
  { responseId: "b", respondentId: "rb", respondentName: "Frederiksberg" },
];

describe("a figure's sources", () => {
  it("names the responses in the figure's order", () => {
    expect(figureSources(["b", "a"], responses).map((r) => r.respondentName)).toEqual(["Frederiksberg", "København"]);
  });

  it("keeps an unknown id rather than dropping it", () => {
    expect(figureSources(["x"], responses)).toEqual([{ responseId: "x", respondentId: "", respondentName: "x" }]);
  });
});
