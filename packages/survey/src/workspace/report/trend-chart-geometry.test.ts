import { describe, expect, it } from "vitest";
import { chartGeometry, defaultChartBox, niceMaximum, ticksUpTo } from "./trend-chart-geometry.js";

describe("the trend chart's axis", () => {
  it("rounds the maximum up to 1, 2 or 5 × 10ⁿ", () => {
    expect(niceMaximum(0)).toBe(1);
    expect(niceMaximum(-3)).toBe(1);
    expect(niceMaximum(3)).toBe(5);
    expect(niceMaximum(10)).toBe(10);
    expect(niceMaximum(11)).toBe(20);
    expect(niceMaximum(47)).toBe(50);
    expect(niceMaximum(51)).toBe(100);
    expect(niceMaximum(Number.NaN)).toBe(1);
  });

  it("ticks in whole, even steps from 0 to the maximum", () => {
    expect(ticksUpTo(1)).toEqual([0, 1]);
    expect(ticksUpTo(2)).toEqual([0, 1, 2]);
    expect(ticksUpTo(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticksUpTo(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticksUpTo(20)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(ticksUpTo(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});

describe("the trend chart's points", () => {
  it("spreads the years over the plot and puts 0 on the baseline", () => {
    const g = chartGeometry([
      { label: "2017", value: 0 },
      { label: "2018", value: 5 },
      { label: "2019", value: 10 },
    ]);
    const [first, middle, last] = g.points.map((p) => p.x);
    expect(first).toBeGreaterThan(g.plot.left);
    expect(middle).toBe((g.plot.left + g.plot.right) / 2);
    expect(last).toBeLessThan(g.plot.right);
    expect(middle! - first!).toBeCloseTo(last! - middle!);
    expect(g.points[0]!.y).toBe(g.plot.bottom);
    expect(g.points[2]!.y).toBe(g.plot.top);
    expect(g.path.startsWith(`M ${first} ${g.plot.bottom} L`)).toBe(true);
    expect(g.ticks.at(-1)).toEqual({ value: 10, y: g.plot.top });
  });

  it("centres a single year and draws nothing for none", () => {
    const one = chartGeometry([{ label: "2019", value: 3 }]);
    expect(one.points[0]!.x).toBe((defaultChartBox.padding.left + defaultChartBox.width - defaultChartBox.padding.right) / 2);
    expect(chartGeometry([]).path).toBe("");
  });
});
