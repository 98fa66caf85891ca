import { describe, expect, it } from "vitest";
import { countFigure, figure, smallCountLimit, sumFigures } from "./report-figure.js";

describe("figure", () => {
  it("flags 1 to 4 as small, and neither 0 nor 5", () => {
    expect(smallCountLimit).toBe(4);
    expect([0, 0.5, 1, 2, 3, 4, 4.5, 5, 100, -2].map((v) => figure(v).small)).toEqual([false, false, true, true, true, true, false, false, false, false]);
  });
  it("de-duplicates sources and keeps their order", () => {
    expect(figure(3, ["b", "a", "b"])).toEqual({ value: 3, sources: ["b", "a"], small: true });
  });
  it("counts distinct sources", () => {
    expect(countFigure(["r1", "r2", "r1"])).toEqual({ value: 2, sources: ["r1", "r2"], small: true });
    expect(countFigure([])).toEqual({ value: 0, sources: [], small: false });
  });
  it("sums figures with the union of their sources", () => {
    expect(sumFigures([figure(2, ["a"]), figure(3, ["b", "a"]), figure(0, ["c"])])).toEqual({ value: 5, sources: ["a", "b", "c"], small: false });
    expect(sumFigures([])).toEqual({ value: 0, sources: [], small: false });
  });
});
