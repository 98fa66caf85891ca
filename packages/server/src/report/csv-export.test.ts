import { findAnnouncement, findQuestionnaire } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { answersTable, danishText } from "./csv-export.js";

const announcement = findAnnouncement("gravide-rusmiddel")!;
const kommune = findQuestionnaire(announcement, "kommune-2019", "1.0.0")!;
const tilbud = findQuestionnaire(announcement, "tilbud-2019", "1.0.0")!;

function table(questionnaire: typeof kommune, answers: Record<string, unknown>[]) {
  const rows = answersTable(
    questionnaire,
    answers.map((a, i) => ({ respondentName: `R${i}`, kommuneCode: null, state: "submitted" as const, submittedAt: null, revision: 1, answers: a })),
  );
  const [header, ...body] = rows;
  return { header: header as string[], body, cell: (row: number, title: string) => body[row]![(header as string[]).indexOf(title)] };
}

describe("answersTable", () => {
  it("spreads the offers of a matrixdynamic over numbered columns with Danish titles and choice texts", () => {
    const title = "Hvilke tilbud visiterer kommunen borgere i målgruppen til?";
    const { header, cell } = table(kommune, [
      { offersUsed: [{ name: "Solsikken", operator: "private", legalBasis: ["sel-101", "sel-107"] }, { name: "Hvidovre", operator: "regional" }] },
      { offersUsed: [{ name: "Havnen", operator: "municipal" }] },
    ]);
    expect(header).toContain(`${title} – række 2 – Tilbuddets navn`);
    expect(header).not.toContain(`${title} – række 3 – Tilbuddets navn`);
    expect(cell(0, `${title} – række 1 – Driftsherre`)).toBe("Privat eller selvejende");
    expect(cell(0, `${title} – række 1 – Lovgrundlag`)).toBe("Serviceloven § 101 (behandling af stofmisbrug); Serviceloven § 107 (midlertidigt botilbud)");
    expect(cell(1, `${title} – række 2 – Tilbuddets navn`)).toBeUndefined();
  });

  it("writes years, booleans, matrices, files and numbers as the questionnaire names them", () => {
    const { cell, header } = table(tilbud, [
      { citizensPerYear: { "2017": "5", "2018": 7 }, staffCount: "12", competences: { familie: "internal", psykiatri: "absent" } },
    ]);
    expect(cell(0, header.find((h) => h.endsWith("– 2017"))!)).toBe(5);
    expect(cell(0, header.find((h) => h.endsWith("– 2018"))!)).toBe(7);
    expect(cell(0, header.find((h) => h.endsWith("– Familiebehandling"))!)).toBe("Internt (ansatte i tilbuddet)");
    expect(cell(0, header.find((h) => h.endsWith("– Psykiatrisk behandling"))!)).toBe("Indgår ikke");
    const k = table(kommune, [{ refersToOffers: true, cooperationAgreements: [{ name: "aftale.pdf", type: "application/pdf", content: "attachment:x" }] }]);
    expect(k.cell(0, k.header.find((h) => h.startsWith("Visiterer kommunen"))!)).toBe("Ja");
    expect(k.cell(0, k.header.find((h) => h.startsWith("Vedhæft en kopi"))!)).toBe("aftale.pdf");
  });

  it("adds a comment column only when someone wrote one, and reads SurveyJS texts Danish first", () => {
    expect(table(kommune, [{}]).header.some((h) => h.endsWith("anden/kommentar"))).toBe(false);
    expect(table(kommune, [{ "cooperationForms-Comment": "x" }]).header.some((h) => h.endsWith("anden/kommentar"))).toBe(true);
    expect(danishText({ default: "d", da: "da", en: "en" }, "f")).toBe("da");
    expect(danishText({ en: "en" }, "f")).toBe("en");
    expect(danishText(undefined, "f")).toBe("f");
  });
});
