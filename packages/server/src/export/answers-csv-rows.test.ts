import type { QuestionnaireVersion } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { toCsv } from "../http/csv.js";
import { answersTable, repeatingTables, type AnswerExportResponse } from "./answers-csv-rows.js";
import { exportResponses, formulaText, hovedstaden, kommuneQuestionnaire, municipalityResponses, offerResponses, tilbudQuestionnaire } from "./export-test-kit.js";

const municipalities = exportResponses(municipalityResponses());
const column = (header: string[], title: string) => {
  const index = header.indexOf(title);
  if (index < 0) throw new Error(`no column "${title}" in ${JSON.stringify(header)}`);
  return index;
};

describe("answersTable", () => {
  const { header, rows } = answersTable(kommuneQuestionnaire, municipalities, "da");
  const row = (name: string) => rows.find((r) => r[0] === name)!;
  const cell = (name: string, title: string) => row(name)[column(header, title)];
  const countTitle = "Hvor mange udsatte gravide kvinder med et skadeligt rusmiddelbrug har kommunen haft kendskab til i hvert af årene?";

  it("has one row per response and Danish column titles from the questionnaire", () => {
    expect(rows).toHaveLength(29);
    expect(header.slice(0, 4)).toEqual(["Respondent", "Kommunekode", "Status", "Indsendt"]);
    expect(header).toContain(`${countTitle} – 2018`);
    expect(header).toContain("Hvilke former for samarbejde om målgruppen indgår kommunen i?");
    expect(new Set(header).size).toBe(header.length);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it("writes the fixed columns: name with æøå, municipality code, status and submitted time in Danish time", () => {
    expect(row("Høje-Taastrup").slice(0, 4)).toEqual(["Høje-Taastrup", "169", "Indsendt", "2026-11-12 10:30"]);
    expect(rows.map((r) => r[0])).toEqual(hovedstaden.map((k) => k.name));
  });

  it("keeps numbers as numbers, a column per year", () => {
    expect(cell("København", `${countTitle} – 2017`)).toBe(400);
    expect(cell("Tårnby", `${countTitle} – 2018`)).toBe(0);
    expect(typeof cell("Tårnby", `${countTitle} – 2019`)).toBe("number");
  });

  it("writes choices as their Danish texts, several joined with '; ', booleans as Ja/Nej and files by name", () => {
    expect(cell("København", "Hvilke former for samarbejde om målgruppen indgår kommunen i?")).toBe(
      "Samarbejdsaftaler med andre kommuner; Samarbejde med regionen, fx familieambulatoriet; Supervision og rådgivning",
    );
    expect(cell("København", "Visiterer kommunen borgere i målgruppen til tilbud eller indsatser, fx døgnbehandling?")).toBe("Ja");
    expect(cell("Dragør", "Visiterer kommunen borgere i målgruppen til tilbud eller indsatser, fx døgnbehandling?")).toBe("Nej");
    expect(cell("Tårnby", "Vedhæft en kopi af de nedskrevne samarbejdsaftaler")).toBe("samarbejdsaftale-tårnby.pdf");
    expect(cell("Tårnby", "Hvilke yderligere udfordringer oplever kommunen i forhold til målgruppen, som ikke er beskrevet i den centrale udmelding?")).toBeNull();
  });

  it("sums a repeating table up in one cell, a line per row", () => {
    expect(cell("København", "Hvilke tilbud visiterer kommunen borgere i målgruppen til?")).toBe(
      [
        "Familieambulatoriet, Hvidovre Hospital – Regional – Andet – Hvidovre",
        "Døgnbehandlingstilbud for gravide – Privat eller selvejende – Serviceloven § 101 (behandling af stofmisbrug); Serviceloven § 107 (midlertidigt botilbud) – Roskilde",
      ].join("\n"),
    );
  });

  it("leaves formula-looking text as given, and toCsv neutralises it", () => {
    const comment = column(header, "Bemærkninger til kommunens brug af tilbud og indsatser");
    expect(rows[3]![comment]).toBe(formulaText);
    const csv = toCsv([header, ...rows]);
    expect(csv).toContain(`"'${formulaText.replaceAll('"', '""')}"`);
    expect(csv).toContain("Høje-Taastrup;169;Indsendt");
  });

  it("writes English titles and texts for locale en", () => {
    const english = answersTable(kommuneQuestionnaire, municipalities, "en");
    expect(english.header.slice(0, 4)).toEqual(["Respondent", "Municipality code", "Status", "Submitted"]);
    expect(english.header).toContain("Which forms of cooperation on the target group does the municipality take part in?");
    const refers = english.header.indexOf("Does the municipality refer citizens of the target group to offers or efforts, e.g. residential treatment?");
    expect(english.rows[0]![refers]).toBe("Yes");
    expect(english.rows[0]![2]).toBe("Submitted");
  });

  it("spreads a matrix over a column per row, with the column's text", () => {
    const offers = answersTable(tilbudQuestionnaire, exportResponses(offerResponses()), "da");
    const title = "Hvordan indgår følgende kompetencer i den borgerrettede indsats til målgruppen? – Svangerskab og jordemoderfaglighed";
    expect(offers.rows.map((r) => r[column(offers.header, title)])).toEqual(["Eksternt inddraget", "Indgår ikke", null]);
    expect(offers.rows[0]![column(offers.header, "Hvor mange års erfaring med målgruppen har medarbejderne i gennemsnit?")]).toBe(6.5);
  });

  it("gives a header and no rows without responses", () => {
    const empty = answersTable(kommuneQuestionnaire, [], "da");
    expect(empty.rows).toEqual([]);
    expect(empty.header).toHaveLength(header.length);
  });
});

describe("repeatingTables", () => {
  it("lists every offer row with the respondent on each row", () => {
    const [offers, ...rest] = repeatingTables(kommuneQuestionnaire, municipalities, "da");
    expect(rest).toEqual([]);
    expect(offers!.question).toBe("offersUsed");
    expect(offers!.columns.map((c) => c.title)).toEqual([
      "Respondent",
      "Kommunekode",
      "Række",
      "Tilbuddets navn",
      "Driftsherre",
      "Lovgrundlag",
      "Beliggenhed (by eller kommune)",
    ]);
    const expected = municipalityResponses().reduce((n, r) => n + (Array.isArray(r.answers.offersUsed) ? r.answers.offersUsed.length : 0), 0);
    expect(offers!.rows).toHaveLength(expected);
    expect(offers!.rows.filter((r) => r[0] === "København")).toEqual([
      ["København", "101", 1, "Familieambulatoriet, Hvidovre Hospital", "Regional", "Andet", "Hvidovre"],
      [
        "København",
        "101",
        2,
        "Døgnbehandlingstilbud for gravide",
        "Privat eller selvejende",
        "Serviceloven § 101 (behandling af stofmisbrug); Serviceloven § 107 (midlertidigt botilbud)",
        "Roskilde",
      ],
    ]);
  });
});

describe("other question types", () => {
  const questionnaire: QuestionnaireVersion = {
    announcement: "test",
    key: "typer",
    audience: "municipality",
    version: "1.0.0",
    title: { da: "Typer", en: "Types" },
    reportSections: [{ id: "a", title: { da: "A", en: "A" } }],
    survey: {
      pages: [
        {
          name: "p",
          elements: [
            {
              type: "panel",
              name: "panel",
              elements: [
                {
                  type: "checkbox",
                  name: "forms",
                  title: { default: "Former", en: "Forms" },
                  showOtherItem: true,
                  choices: [{ value: "a", text: { da: "Aftale", en: "Agreement" } }, "b"],
                },
              ],
            },
            { type: "text", name: "places", valueName: "placesValue", inputType: "number", title: "Pladser" },
            {
              type: "matrixdropdown",
              name: "grid",
              title: "Skema",
              rows: [{ value: "r1", text: "Række et" }],
              columns: [
                { name: "n", title: "Antal", cellType: "text", inputType: "number" },
                { name: "ok", title: "Godkendt", cellType: "boolean" },
              ],
            },
            {
              type: "paneldynamic",
              name: "people",
              title: "Funktioner",
              templateElements: [
                { type: "text", name: "role", title: "Rolle" },
                { type: "dropdown", name: "level", title: "Niveau", choices: [{ value: 1, text: "Lav" }] },
              ],
            },
            { type: "html", name: "info", html: "<p>x</p>" },
          ],
        },
      ],
    },
  };
  const responses: AnswerExportResponse[] = [
    {
      id: "x",
      respondentName: "Ærø",
      status: "draft",
      submittedAt: null,
      answers: {
        forms: ["a", "other", "zzz"],
        "forms-Comment": "+ noget andet",
        placesValue: "12",
        grid: { r1: { n: 3, ok: true } },
        people: [{ role: "Leder", level: 1 }, { role: "@medarbejder" }],
      },
    },
  ];

  it("reads panels, valueName, other texts, matrixdropdown and dynamic panels", () => {
    const { header, rows } = answersTable(questionnaire, responses, "da");
    expect(header).toEqual([
      "Respondent",
      "Kommunekode",
      "Status",
      "Indsendt",
      "Former",
      "Former – Andet/kommentar",
      "Pladser",
      "Skema – Række et – Antal",
      "Skema – Række et – Godkendt",
      "Funktioner",
    ]);
    expect(rows[0]).toEqual(["Ærø", null, "Kladde", null, "Aftale; Andet; zzz", "+ noget andet", 12, 3, "Ja", "Leder – Lav\n@medarbejder"]);
    const [people] = repeatingTables(questionnaire, responses, "en");
    expect(people!.columns.map((c) => c.title)).toEqual(["Respondent", "Municipality code", "Row", "Rolle", "Niveau"]);
    expect(people!.rows).toEqual([
      ["Ærø", null, 1, "Leder", "Lav"],
      ["Ærø", null, 2, "@medarbejder", null],
    ]);
    expect(answersTable(questionnaire, responses, "en").rows[0]![4]).toBe("Agreement; Other; zzz");
  });
});
