import type { PrefillNotice } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { da } from "../i18n/da.js";
import { en } from "../i18n/en.js";
import { prefillNoticeText } from "./prefill-notice-text.js";

const notice: PrefillNotice = {
  fromCampaignTitle: "Afrapportering 2019",
  carried: ["respondentUnit", "targetGroupCount", "cooperationForms"],
  dropped: [
    { question: "contactRole", title: { da: "Kontaktpersonens funktion", en: "The contact's role" }, reason: "removed" },
    { question: "cooperationForms", title: { da: "Samarbejdsformer", en: "Forms of cooperation" }, reason: "choice-removed" },
    { question: "offersUsed", title: { da: "Tilbud", en: "Offers" }, reason: "column-removed" },
    { question: "placeCount", title: { da: "Pladser", en: "" }, reason: "type-changed" },
  ],
};

describe("the respondent's notice about pre-filled answers", () => {
  it("says how many answers were filled in from which campaign, in Danish", () => {
    const text = prefillNoticeText(notice, da, "da");
    expect(text?.text).toBe("Vi har udfyldt 3 svar fra jeres besvarelse i «Afrapportering 2019». Tjek dem, før I indsender.");
    expect(text?.dropped.map((d) => `${d.question}: ${d.reason}`)).toEqual([
      "Kontaktpersonens funktion: spørgsmålet findes ikke længere",
      "Samarbejdsformer: svarmuligheden findes ikke længere",
      "Tilbud: kolonnen findes ikke længere",
      "Pladser: spørgsmålet har fået en anden type",
    ]);
  });

  it("speaks English when chosen, falling back to the question's name for a missing title", () => {
    const text = prefillNoticeText({ ...notice, carried: ["respondentUnit"] }, en, "en");
    expect(text?.text).toBe("We have filled in 1 answer from your response in “Afrapportering 2019”. Check them before you submit.");
    expect(text?.dropped[0]).toMatchObject({ question: "The contact's role", reason: "the question no longer exists" });
    expect(text?.dropped[3]).toMatchObject({ question: "placeCount" });
  });

  it("says nothing when nothing was pre-filled", () => {
    expect(prefillNoticeText(null, da, "da")).toBeNull();
  });

  it("has a plain reason for every way an answer can be dropped, in both languages", () => {
    expect(Object.keys(da.prefillDropReasons).sort()).toEqual(Object.keys(en.prefillDropReasons).sort());
    expect(da.prefillDropReasons.attachment).toMatch(/vedhæft/);
  });
});
