import { describe, expect, it } from "vitest";
import {
  countFigure,
  figure,
  formatFigureAddress,
  inlineFigures,
  parseFigureAddress,
  PositionSet,
  referringFigures,
  smallCountLimit,
  sourceCountOf,
  sumFigures,
} from "./report-figure.js";

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

describe("a figure's address", () => {
  it("is written and read back", () => {
    for (const address of [
      { audience: "municipality", part: 3, n: 12 },
      { audience: "offer", part: "respondents", n: 0 },
      { audience: "offer", part: "screening", n: 2 },
    ] as const) {
      expect(parseFigureAddress(formatFigureAddress(address))).toEqual(address);
    }
    expect(formatFigureAddress({ audience: "municipality", part: 3, n: 12 })).toBe("m3.12");
  });

  it("is not read from anything else", () => {
    for (const text of ["", "m3", "x3.1", "m03.1", "m3.01", "m-1.0", "mq.0", "m3.1.2", " m3.1", "m3.1 ", "m1234567.0"]) expect(parseFigureAddress(text), text).toBeUndefined();
  });
});

describe("figures made while aggregating", () => {
  it("de-duplicate positions and keep their first order, call after call", () => {
    const positions = new PositionSet(5);
    expect(positions.distinct([3, 1, 3, 4, 1])).toEqual([3, 1, 4]);
    expect(positions.distinct([1, 1, 0])).toEqual([1, 0]);
  });

  it("carry their sources inline as response ids", () => {
    const figures = inlineFigures(["a", "b", "c"], new PositionSet(3));
    expect(figures.make(7, [2, 0, 2])).toEqual({ value: 7, sources: ["c", "a"], small: false });
    expect(figures.count([1, 1, 2])).toEqual({ value: 2, sources: ["b", "c"], small: true });
    expect(figures.ids).toEqual(["a", "b", "c"]);
  });

  it("or refer to them, numbered in the order made, and tell the one asked for its sources", () => {
    const capture: { n: number; found?: number[] } = { n: 1 };
    const figures = referringFigures({ audience: "offer", part: 4 }, new PositionSet(3), capture);
    expect(figures.make(7, [2, 0, 2])).toEqual({ value: 7, small: false, sourceCount: 2, ref: "o4.0" });
    expect(figures.count([1, 1, 2])).toEqual({ value: 2, small: true, sourceCount: 2, ref: "o4.1" });
    expect(figures.make(0, [])).toEqual({ value: 0, small: false, sourceCount: 0, ref: "o4.2" });
    expect(capture.found).toEqual([1, 2]);
    expect(figures.ids).toBeUndefined();
  });

  it("count the sources of either kind", () => {
    expect(sourceCountOf({ value: 1, sources: ["a", "b"], small: true })).toBe(2);
    expect(sourceCountOf({ value: 1, small: true, sourceCount: 5, ref: "m0.0" })).toBe(5);
  });
});
