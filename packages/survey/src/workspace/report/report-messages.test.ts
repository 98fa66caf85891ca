import { describe, expect, it } from "vitest";
import { reportDa } from "../../i18n/report-da.js";
import { reportEn } from "../../i18n/report-en.js";

describe("the report's strings", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(reportEn).sort()).toEqual(Object.keys(reportDa).sort());
    for (const [key, value] of Object.entries({ ...reportDa, ...reportEn })) {
      if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    }
  });

  it("says what the brief asks in Danish", () => {
    expect(reportDa.summarySavedAt("14.32")).toBe("Gemt kl. 14.32");
    expect(reportDa.approvalChanged).toBe("Rapporten er ændret siden seneste godkendelse – en ny version skal godkendes.");
    expect(reportDa.smallCountsNote.startsWith("Små tal (1–4) kan identificere borgere")).toBe(true);
    expect(reportDa.figureSources("27", 3)).toBe("27 – vis de 3 besvarelser, tallet kommer fra");
    expect(reportEn.figureSources("1", 1)).toBe("1 – show the response it came from");
  });
});
