import { describe, expect, it } from "vitest";
import { copenhagenIso, danishDateTimeText, parseDanishDate, parseDanishTime, readDeadline } from "./danish-date.js";

describe("Danish dates and times", () => {
  it("reads the ways people write a date", () => {
    expect(parseDanishDate("1.12.2026")).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseDanishDate(" 01-12-2026 ")).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseDanishDate("28/2/2027")).toEqual({ year: 2027, month: 2, day: 28 });
    expect(parseDanishDate("29.2.2027")).toBeNull();
    expect(parseDanishDate("2026-12-01")).toBeNull();
    expect(parseDanishDate("1.13.2026")).toBeNull();
    expect(parseDanishDate("")).toBeNull();
  });

  it("reads a time with a dot, a colon or only the hour", () => {
    expect(parseDanishTime("12.00")).toEqual({ hour: 12, minute: 0 });
    expect(parseDanishTime("9:30")).toEqual({ hour: 9, minute: 30 });
    expect(parseDanishTime("16")).toEqual({ hour: 16, minute: 0 });
    expect(parseDanishTime("24.00")).toBeNull();
    expect(parseDanishTime("12.5")).toBeNull();
  });

  it("gives winter and summer times their own offset", () => {
    expect(copenhagenIso({ year: 2026, month: 12, day: 1 }, { hour: 12, minute: 0 })).toBe("2026-12-01T12:00:00+01:00");
    expect(copenhagenIso({ year: 2026, month: 6, day: 15 }, { hour: 9, minute: 5 })).toBe("2026-06-15T09:05:00+02:00");
    // the morning after the switch to summer time (29 March 2026, 02.00 → 03.00)
    expect(copenhagenIso({ year: 2026, month: 3, day: 29 }, { hour: 12, minute: 0 })).toBe("2026-03-29T12:00:00+02:00");
    expect(copenhagenIso({ year: 2026, month: 10, day: 25 }, { hour: 12, minute: 0 })).toBe("2026-10-25T12:00:00+01:00");
  });

  it("writes an instant back as the fields' text in Danish time", () => {
    expect(danishDateTimeText("2026-12-01T11:00:00Z")).toEqual(["1.12.2026", "12.00"]);
    expect(danishDateTimeText("2026-06-15T07:05:00Z")).toEqual(["15.6.2026", "09.05"]);
  });

  it("names the field that is wrong, and refuses a deadline that is not later", () => {
    const now = new Date("2026-11-01T10:00:00Z");
    expect(readDeadline("1.12.2026", "12.00", now)).toEqual({ ok: true, iso: "2026-12-01T12:00:00+01:00" });
    expect(readDeadline("31.11.2026", "12.00", now)).toEqual({ ok: false, problem: "date" });
    expect(readDeadline("1.12.2026", "kl. 12", now)).toEqual({ ok: false, problem: "time" });
    expect(readDeadline("1.10.2026", "12.00", now)).toEqual({ ok: false, problem: "past" });
    expect(readDeadline("1.12.2026", "12.00", new Date("2026-12-01T11:00:00Z"), "notLater")).toEqual({ ok: false, problem: "notLater" });
  });
});
