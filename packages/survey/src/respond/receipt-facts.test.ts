import { describe, expect, it } from "vitest";
import { da } from "../i18n/da.js";
import { en } from "../i18n/en.js";
import { receiptText } from "./receipt-facts.js";
import type { Receipt } from "./respond-api.js";

// Issue 13 (5): the receipt said "Version 12" (a count of autosaves) and "SHA-256 af de indsendte svar".
const receipt: Receipt = {
  responseId: "0b6f3c1e-6a43-4d7e-9a55-2f1d8c0e4b71",
  revision: 12,
  receiptNumber: "7K2M-QX4D",
  submittedAt: "2026-12-03T13:05:00Z",
  answersSha256: "af".repeat(32),
  respondentName: "Frederiksberg Kommune",
  campaignTitle: "Gravide 2026",
};

describe("the receipt in plain words", () => {
  it("gives the receipt number first, then when and by whom, in Danish", () => {
    const text = receiptText(receipt, da, "da");
    expect(text.facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      "Kvitteringsnummer: 7K2M-QX4D",
      "Indsendt: 3. december 2026 kl. 14.05",
      "Indsendt af: Frederiksberg Kommune",
      "Indsamling: Gravide 2026",
    ]);
    expect(text.facts[0]?.help).toMatch(/kontakter sekretariatet/);
    expect(text.facts[1]?.dateTime).toBe(receipt.submittedAt);
  });

  it("shows neither the revision nor the hash among the facts; the hash is only for checking", () => {
    for (const [t, locale] of [[da, "da"], [en, "en"]] as const) {
      const text = receiptText(receipt, t, locale);
      const shown = text.facts.map((f) => `${f.label} ${f.value} ${f.help ?? ""}`).join("\n");
      expect(shown).not.toMatch(/version|revision|SHA|\b12\b/i);
      expect(shown).not.toContain(receipt.answersSha256);
      expect(text.check.hash).toBe(receipt.answersSha256);
    }
    expect(receiptText(receipt, da, "da").check).toMatchObject({ title: "Kontrol af de indsendte svar", help: expect.stringMatching(/^Koden.*\.$/) });
  });

  it("speaks English when chosen", () => {
    const text = receiptText(receipt, en, "en");
    expect(text.facts[0]).toMatchObject({ label: "Receipt number", value: "7K2M-QX4D" });
    expect(text.facts[1]?.value).toBe("3 December 2026 at 14:05");
  });
});
