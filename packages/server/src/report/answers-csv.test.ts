import { findAnnouncement, findQuestionnaire } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { localText } from "../export/survey-text.js";
import { answersCsv } from "./answers-csv.js";

const announcement = findAnnouncement("gravide-rusmiddel")!;
const kommune = findQuestionnaire(announcement, "kommune-2019", "1.0.0")!;
const tilbud = findQuestionnaire(announcement, "tilbud-2019", "1.0.0")!;

/** RFC 4180 as toCsv writes it: cells split on the separator, quoted cells unquoted, records ending in CRLF. */
function parseCsv(text: string, separator = ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

function table(questionnaire: typeof kommune, answers: Record<string, unknown>[], locale: "da" | "en" = "da") {
  const csv = answersCsv(
    questionnaire,
    answers.map((a, i) => ({ id: `r${i}`, respondentName: `R${i}`, status: "submitted", submittedAt: null, answers: a })),
    { locale },
  );
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header = [], ...body] = parseCsv(csv.slice(1));
  return { csv, header, body, cell: (row: number, title: string) => body[row]![header.indexOf(title)] };
}

describe("answersCsv", () => {
  it("sums the offers of a matrixdynamic up in one cell with the Danish title, a line per offer with the choice texts", () => {
    const title = "Hvilke tilbud visiterer kommunen borgere i målgruppen til?";
    const { header, cell } = table(kommune, [
      { offersUsed: [{ name: "Solsikken", operator: "private", legalBasis: ["sel-101", "sel-107"] }, { name: "Hvidovre", operator: "regional" }] },
      { offersUsed: [{ name: "Havnen", operator: "municipal" }] },
    ]);
    expect(header.filter((h) => h.startsWith(title))).toEqual([title]);
    expect(cell(0, title)!.split("\n")).toEqual([
      "Solsikken – Privat eller selvejende – Serviceloven § 101 (behandling af stofmisbrug); Serviceloven § 107 (midlertidigt botilbud)",
      "Hvidovre – Regional",
    ]);
    expect(cell(1, title)!.split("\n")).toHaveLength(1);
  });

  it("writes years, booleans, matrices, files and numbers as the questionnaire names them", () => {
    const { cell, header } = table(tilbud, [
      { citizensPerYear: { "2017": "5", "2018": 7, "2019": "2.5" }, staffCount: "12", staffExperienceYears: 6.5, competences: { familie: "internal", psykiatri: "absent" } },
    ]);
    expect(cell(0, header.find((h) => h.endsWith("– 2017"))!)).toBe("5");
    expect(cell(0, header.find((h) => h.endsWith("– 2018"))!)).toBe("7");
    // numbers (and numeric text in a number field) are written as numbers in Danish form, with a decimal comma
    expect(cell(0, header.find((h) => h.endsWith("– 2019"))!)).toBe("2,5");
    expect(cell(0, "Hvor mange års erfaring med målgruppen har medarbejderne i gennemsnit?")).toBe("6,5");
    expect(cell(0, header.find((h) => h.endsWith("– Familiebehandling"))!)).toBe("Internt (ansatte i tilbuddet)");
    expect(cell(0, header.find((h) => h.endsWith("– Psykiatrisk behandling"))!)).toBe("Indgår ikke");
    const k = table(kommune, [{ refersToOffers: true, cooperationAgreements: [{ name: "aftale.pdf", type: "application/pdf", content: "attachment:x" }] }]);
    expect(k.cell(0, k.header.find((h) => h.startsWith("Visiterer kommunen"))!)).toBe("Ja");
    expect(k.cell(0, k.header.find((h) => h.startsWith("Vedhæft en kopi"))!)).toBe("aftale.pdf");
  });

  it("adds a comment column only when someone wrote one, and reads SurveyJS texts Danish first", () => {
    expect(table(kommune, [{}]).header.some((h) => h.endsWith("Andet/kommentar"))).toBe(false);
    expect(table(kommune, [{ "cooperationForms-Comment": "x" }]).header.some((h) => h.endsWith("Andet/kommentar"))).toBe(true);
    expect(localText({ default: "d", da: "da", en: "en" }, "f", "da")).toBe("da");
    expect(localText({ en: "en" }, "f", "da")).toBe("en");
    expect(localText(undefined, "f", "da")).toBe("f");
  });

  it("starts with a BOM, keeps æøå, neutralises formula-looking text and titles in English for locale en", () => {
    const answers = { offersComment: '=HYPERLINK("x")', futureOrganisation: "Samarbejde med Tårnby og Ærø" };
    const { csv, cell } = table(kommune, [answers]);
    expect(cell(0, "Bemærkninger til kommunens brug af tilbud og indsatser")).toBe(`'=HYPERLINK("x")`);
    expect(csv).toContain("Samarbejde med Tårnby og Ærø");
    const english = table(kommune, [answers], "en");
    expect(english.header.slice(0, 4)).toEqual(["Respondent", "Municipality code", "Status", "Submitted"]);
    expect(english.cell(0, "Status")).toBe("Submitted");
    expect(english.header).toContain("Which forms of cooperation on the target group does the municipality take part in?");
  });
});
