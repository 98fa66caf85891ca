import { describe, expect, it } from "vitest";
import { cprBirthYear, findCprNumbers } from "./cpr.js";

const matches = (text: string) => findCprNumbers(text).map((m) => m.match);

describe("findCprNumbers", () => {
  it("finds the three written forms", () => {
    expect(matches("010190-1234")).toEqual(["010190-1234"]);
    expect(matches("0101901234")).toEqual(["0101901234"]);
    expect(matches("010190 1234")).toEqual(["010190 1234"]);
  });

  it("reports index and length in the text", () => {
    const text = "Borgeren (CPR 241280-4321) blev henvist.";
    expect(findCprNumbers(text)).toEqual([{ index: 14, length: 11, match: "241280-4321" }]);
    expect(text.slice(14, 25)).toBe("241280-4321");
  });

  it("finds several numbers in one text", () => {
    expect(matches("A: 010190-1234, B: 0202021234\nC: 311299 0001")).toEqual(["010190-1234", "0202021234", "311299 0001"]);
  });

  it("accepts typographic hyphens and a no-break space, as word processors write them", () => {
    expect(matches("010190\u20131234")).toEqual(["010190\u20131234"]);
    expect(matches("010190\u20111234")).toEqual(["010190\u20111234"]);
    expect(matches("010190\u00A01234")).toEqual(["010190\u00A01234"]);
  });

  it("does not apply the modulus-11 check", () => {
    // 010190-1235 fails modulus 11 (the weighted sum is not divisible by 11) and must still be found.
    expect(matches("010190-1235")).toEqual(["010190-1235"]);
  });

  it("needs a real calendar date", () => {
    expect(matches("000190-1234")).toEqual([]); // day 0
    expect(matches("320190-1234")).toEqual([]); // day 32
    expect(matches("010090-1234")).toEqual([]); // month 0
    expect(matches("011390-1234")).toEqual([]); // month 13
    expect(matches("310490-1234")).toEqual([]); // 31 April
    expect(matches("300490-1234")).toEqual(["300490-1234"]);
    expect(matches("310190-1234")).toEqual(["310190-1234"]);
  });

  it("checks 29 February against the century given by the 7th digit", () => {
    // 2000 is a leap year, 1900 is not.
    expect(matches("290200-1234")).toEqual([]); // 7th digit 1: 1900
    expect(matches("290200-4234")).toEqual(["290200-4234"]); // 4: 2000
    expect(matches("290200-5234")).toEqual(["290200-5234"]); // 5: 2000
    expect(matches("290200-9234")).toEqual(["290200-9234"]); // 9: 2000
    // 1896 and 1996 are leap years, 1897 is not
    expect(matches("290296-0234")).toEqual(["290296-0234"]); // 1996
    expect(matches("290296-6234")).toEqual(["290296-6234"]); // 1896
    expect(matches("290297-6234")).toEqual([]); // 1897
    // 2024 is a leap year whichever digit says 20xx; 1924 too
    expect(matches("290224-4234")).toEqual(["290224-4234"]);
    expect(matches("290224-2234")).toEqual(["290224-2234"]);
    expect(matches("290223-4234")).toEqual([]);
    // 58 with 7th digit 5..8 is 1858 (not leap) – 29 Feb 1858 is not a date
    expect(matches("290258-5234")).toEqual([]);
  });

  it("ignores numbers that are part of a longer digit run", () => {
    expect(matches("01019012345")).toEqual([]); // 11 digits
    expect(matches("101019012345")).toEqual([]); // 12 digits
    expect(matches("5701234567892")).toEqual([]); // EAN-13
    expect(matches("45 0101901234567")).toEqual([]);
    expect(matches("1010190-1234")).toEqual([]); // 7 digits before the hyphen
    expect(matches("010190-12345")).toEqual([]); // 5 digits after
  });

  it("ignores numbers glued to other numbers by a hyphen, dot or comma", () => {
    expect(matches("1234-010190-1234")).toEqual([]);
    expect(matches("010190-1234-5678")).toEqual([]);
    expect(matches("0,0101901234")).toEqual([]);
    expect(matches("0101901234.5")).toEqual([]);
  });

  it("does not mistake phone numbers, amounts or dates for CPR numbers", () => {
    expect(matches("Ring på 12 34 56 78 eller +45 12345678")).toEqual([]);
    expect(matches("Budget 1.250.000 kr., 2.500 timer")).toEqual([]);
    expect(matches("Mødet er 01-01-2024 kl. 10")).toEqual([]);
    expect(matches("2017: 4, 2018: 6, 2019: 5")).toEqual([]);
    expect(matches("")).toEqual([]);
  });

  it("finds a number next to letters and punctuation", () => {
    expect(matches("cpr:010190-1234.")).toEqual(["010190-1234"]);
    expect(matches("(0101901234)")).toEqual(["0101901234"]);
    expect(matches("nr.010190-1234, og")).toEqual(["010190-1234"]);
    expect(matches("CPR 010190 1234 2 gange")).toEqual(["010190 1234"]);
  });

  it("accepts one separator only", () => {
    expect(matches("010190--1234")).toEqual([]);
    expect(matches("010190 - 1234")).toEqual([]);
  });
});

describe("cprBirthYear", () => {
  it("follows the CPR office's table", () => {
    expect(cprBirthYear(90, 0)).toBe(1990);
    expect(cprBirthYear(5, 3)).toBe(1905);
    expect(cprBirthYear(36, 4)).toBe(2036);
    expect(cprBirthYear(37, 4)).toBe(1937);
    expect(cprBirthYear(57, 5)).toBe(2057);
    expect(cprBirthYear(58, 8)).toBe(1858);
    expect(cprBirthYear(36, 9)).toBe(2036);
    expect(cprBirthYear(99, 9)).toBe(1999);
  });
});
