import { englishStrings, surveyLocalization } from "survey-core";
import { describe, expect, it } from "vitest";
import { danishSurveyStrings, registerDanishLocale } from "./survey-locale-da.js";

describe("danishSurveyStrings", () => {
  it("has a non-empty Danish string for every key of the English dictionary", () => {
    const danish: Record<string, string | undefined> = danishSurveyStrings;
    for (const key of Object.keys(englishStrings)) {
      expect(danish[key], key).toEqual(expect.any(String));
      expect(danish[key]?.trim(), key).not.toBe("");
    }
    expect(Object.keys(danishSurveyStrings).sort()).toEqual(Object.keys(englishStrings).sort());
  });

  it("keeps every {placeholder} of the English string that a Danish sentence needs", () => {
    const danish: Record<string, string | undefined> = danishSurveyStrings;
    // numericMin/Max/MinMax leave out '{0}' (the question title or "value") on purpose
    const leftOut: Record<string, string[]> = { numericMin: ["{0}"], numericMax: ["{0}"], numericMinMax: ["{0}"] };
    for (const [key, english] of Object.entries(englishStrings)) {
      const placeholders = (english.match(/\{[a-zA-Z0-9]+\}/g) ?? []).filter((p) => !(leftOut[key] ?? []).includes(p));
      for (const p of placeholders) expect(danish[key], `${key} needs ${p}`).toContain(p);
    }
  });

  it("fixes the bundled machine translations a respondent would see", () => {
    expect(danishSurveyStrings.booleanCheckedLabel).toBe("Ja");
    expect(danishSurveyStrings.booleanUncheckedLabel).toBe("Nej"); // bundled: "Ingen"
    expect(danishSurveyStrings.cancel).toBe("Annuller"); // bundled: "Aflyse"
    expect(danishSurveyStrings.modalCancelButtonText).toBe("Annuller"); // bundled: "Aflyse"
    expect(danishSurveyStrings.modalApplyButtonText).toBe("Anvend"); // bundled: "Anvende"
    expect(danishSurveyStrings.completeText).toBe("Indsend"); // bundled: "Færdig"
    expect(danishSurveyStrings.pageNextText).toBe("Næste"); // bundled: "Videre"
    expect(danishSurveyStrings.pagePrevText).toBe("Forrige"); // bundled: "Tilbage"
    expect(danishSurveyStrings.requiredError).toBe("Besvar venligst spørgsmålet.");
    expect(danishSurveyStrings.selectCaption).toBe("Vælg"); // bundled: "Markere"
    expect(danishSurveyStrings.ratingOptionsCaption).toBe("Vælg …"); // bundled: "Markere..."
    expect(danishSurveyStrings.signaturePlaceHolder).toBe("Skriv under her"); // bundled: "Tilmeld dig her" (sign up)
    expect(danishSurveyStrings.loadingPage).toBe("Henter …"); // bundled: "Pålæsning..."
    expect(danishSurveyStrings.textMaxLength).toBe("Skriv venligst højst {0} tegn."); // bundled: left in English
    expect(danishSurveyStrings.maxSelectError).toBe("Vælg venligst højst {0} svarmulighed(er)."); // bundled: "færre {0}"
    expect(danishSurveyStrings.textNoDigitsAllow).toBe("Feltet må ikke indeholde tal."); // bundled: "Numre" (phone numbers)
    expect(danishSurveyStrings.panelDynamicProgressText).toBe("{0} af {1}"); // bundled: "Optag {0} af {1}"
    expect(danishSurveyStrings.otherItemText).toBe("Andet (uddyb)"); // bundled: "Valgfrit svar..."
    expect(danishSurveyStrings.noEntriesText).not.toMatch(/tilmelding/i); // bundled: "Ingen tilmeldinger endnu"
  });

  it("is frozen, so no caller can change it for everyone", () => {
    expect(Object.isFrozen(danishSurveyStrings)).toBe(true);
  });
});

describe("registerDanishLocale", () => {
  it("registers locale da and overrides the bundled dictionary, also when that is imported afterwards", async () => {
    // @ts-expect-error -- survey-core ships no type declarations for its i18n files
    await import("survey-core/i18n/danish");
    expect(surveyLocalization.getString("booleanUncheckedLabel", "da")).toBe("Ingen");
    registerDanishLocale();
    expect(surveyLocalization.getString("booleanUncheckedLabel", "da")).toBe("Nej");
    expect(surveyLocalization.getString("cancel", "da")).toBe("Annuller");
    expect(surveyLocalization.localeNames["da"]).toBe("dansk");
  });

  it("is idempotent and leaves English alone", () => {
    registerDanishLocale();
    registerDanishLocale();
    expect(surveyLocalization.getString("completeText", "da")).toBe("Indsend");
    expect(surveyLocalization.getString("completeText", "en")).toBe("Complete");
  });
});
