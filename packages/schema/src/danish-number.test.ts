import { describe, expect, it } from "vitest";
import { formatDanishNumber, parseDanishNumber } from "./danish-number.js";

describe("parseDanishNumber", () => {
  // the offer form's own hint says "fx 4,5", and a browser number input once stored "4,5" as 45
  it.each([
    ["4,5", 4.5],
    ["0,5", 0.5],
    [",5", 0.5],
    ["4,50", 4.5],
    ["12", 12],
    ["0", 0],
    ["007", 7],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1 234", 1234],
    ["1 234 567,25", 1234567.25],
    ["1\u00a0234", 1234],
    ["1\u202f234", 1234],
    ["  4,5  ", 4.5],
    ["-3", -3],
    ["−3,5", -3.5],
    ["- 2", -2],
    ["-0", 0],
    // a dot that is not a thousands grouping is a decimal point
    ["4.5", 4.5],
    ["4.55", 4.55],
    ["1.23", 1.23],
    ["1.2345", 1.2345],
    ["1234.5", 1234.5],
    ["0.500", 0.5],
    [".5", 0.5],
    ["999999999999999", 999999999999999],
  ])("reads %j as %d", (text, value) => {
    expect(parseDanishNumber(text)).toEqual({ kind: "number", value });
  });

  it.each(["", "   ", "\u00a0"])("reads %j as no answer", (text) => {
    expect(parseDanishNumber(text)).toEqual({ kind: "empty" });
  });

  it.each([
    "4,5,6",
    "4,",
    "4.",
    ",",
    ".",
    "-",
    "abc",
    "4,5 år",
    "ca. 4",
    "1e3",
    "0x10",
    "+4",
    "4-5",
    "--4",
    "1.5,5",
    "12.34,5",
    "1.2.3",
    "1.23.456",
    "1..234",
    "1 23",
    "12 34",
    "1 234.567",
    "1.234 567",
    "4, 5",
    "4 ,5",
    "1 234.5",
    "Infinity",
    "NaN",
    "1234567890123456",
    "0,1234567890123456",
  ])("refuses %j", (text) => {
    expect(parseDanishNumber(text)).toEqual({ kind: "invalid" });
  });
});

describe("formatDanishNumber", () => {
  it.each([
    [4.5, "4,5"],
    [1234, "1234"],
    [1234.5, "1234,5"],
    [-0.25, "-0,25"],
    [0, "0"],
    [1e-7, "0,0000001"],
  ])("writes %d as %j", (value, text) => {
    expect(formatDanishNumber(value)).toBe(text);
  });

  it("writes what it reads back", () => {
    for (const value of [4.5, 0.1, 1234.5, 999999.999, -12.75, 1e-7, 123456789012345]) {
      expect(parseDanishNumber(formatDanishNumber(value))).toEqual({ kind: "number", value });
    }
  });

  it("writes nothing for what is not a number", () => {
    expect(formatDanishNumber(Number.NaN)).toBe("");
    expect(formatDanishNumber(Number.POSITIVE_INFINITY)).toBe("");
  });
});
