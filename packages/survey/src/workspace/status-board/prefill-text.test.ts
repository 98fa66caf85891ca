import type { PrefillResult, PrefillSource } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { workspaceEn } from "../../i18n/workspace-en.js";
import { prefillSummary, sourceOptionLabel, sourceVersions } from "./prefill-text.js";

const source: PrefillSource = {
  id: "c1",
  title: "Afrapportering 2019",
  announcementId: "gravide-rusmiddel",
  status: "reported",
  deadline: "2019-12-18T12:00:00Z",
  createdAt: "2019-10-01T10:00:00Z",
  municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
  offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
  answered: 23,
};

const result: PrefillResult = {
  fromCampaign: { id: "c1", title: "Afrapportering 2019" },
  prefilled: [
    {
      respondentId: "r1",
      name: "Aarhus",
      carried: ["respondentUnit", "targetGroupCount", "cooperationForms"],
      dropped: [
        { question: "contactRole", title: { da: "Kontakt", en: "Contact" }, reason: "removed" },
        { question: "cooperationForms", title: { da: "Samarbejde", en: "Cooperation" }, reason: "choice-removed" },
      ],
    },
    { respondentId: "r2", name: "Tilbuddet", carried: ["offerName"], dropped: [] },
  ],
  skipped: [
    { respondentId: "r3", name: "Randers", reason: "has-answers" },
    { respondentId: "r4", name: "Skive", reason: "no-earlier-response" },
    { respondentId: "r5", name: "Viborg", reason: "no-earlier-response" },
  ],
};

describe("the words of filling in from an earlier campaign", () => {
  it("names a source by title, status, deadline and answers, and its questionnaire versions", () => {
    const status = workspaceDa.campaignStatusNames.reported;
    expect(sourceOptionLabel(source, workspaceDa, "da")).toBe(`Afrapportering 2019 (${status}, frist 18. december 2019, 23 besvarelser)`);
    expect(sourceVersions(source, workspaceDa)).toBe("Spørgeskemaer: kommune-2019 1.0.0, tilbud-2019 1.0.0");
    expect(sourceVersions({ ...source, offerQuestionnaire: null }, workspaceEn)).toBe("Questionnaires: kommune-2019 1.0.0");
  });

  it("counts the responses and answers filled in, and what could not come along", () => {
    const summary = prefillSummary(result, workspaceDa);
    expect(summary.done).toBe("2 besvarelser er udfyldt med i alt 4 svar.");
    expect(summary.prefilled[0]).toEqual({ respondentId: "r1", name: "Aarhus", text: "3 svar udfyldt; 2 svar kunne ikke komme med" });
    expect(summary.prefilled[1]!.text).toBe("1 svar udfyldt");
    expect(prefillSummary(result, workspaceEn).prefilled[0]!.text).toBe("3 answers filled in; 2 answers could not be carried over");
  });

  it("groups the skipped respondents by why, with their names", () => {
    expect(prefillSummary(result, workspaceDa).skipped).toEqual([
      { reason: "no-earlier-response", text: "svarede ikke i den tidligere indsamling: 2", names: ["Skive", "Viborg"] },
      { reason: "has-answers", text: "har allerede svar: 1", names: ["Randers"] },
    ]);
  });

  it("says so when nothing was filled in, in English too", () => {
    const summary = prefillSummary({ ...result, prefilled: [] }, workspaceEn);
    expect(summary.done).toBe("No responses were filled in.");
    expect(summary.skipped[1]!.text).toBe("already has answers: 1");
  });
});
