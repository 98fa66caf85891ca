import { describe, expect, it } from "vitest";
import { kommunerInRegion } from "../kommune.js";
import { splitCells } from "./contact-cells.js";
import { contactsToSave, detectContactColumns, matchKommune, readContactRows } from "./contact-rows.js";

const hovedstaden = kommunerInRegion("1084").map((k) => k.code);

describe("matchKommune", () => {
  it.each([
    ["Albertslund", "165"],
    ["albertslund kommune", "165"],
    ["Københavns Kommune", "101"],
    ["KØBENHAVN", "101"],
    ["Bornholms Regionskommune", "400"],
    ["Høje Taastrup", "169"],
    ["Høje-Tåstrup Kommune", "169"],
    ["Lyngby Taarbæk", "173"],
    ["Århus", "751"],
    ["Assens", "420"],
    ["Vesthimmerlands Kommune", "820"],
    ["101", "101"],
    ["0165", "165"],
    ["Kommune Albertslund", "165"],
  ])("%s is municipality %s", (text, code) => {
    expect(matchKommune(text)?.code).toBe(code);
  });

  it.each(["", "Christiansø", "999", "411", "Region Hovedstaden", "Albertslundt"])("%s is no municipality", (text) => {
    expect(matchKommune(text)).toBeUndefined();
  });
});

describe("detectContactColumns", () => {
  it("follows a header in any order and language", () => {
    expect(detectContactColumns([["E-mail", "Kontaktperson", "Kommune"]])).toEqual({ columns: { kommune: 2, name: 1, email: 0 }, hasHeader: true });
    expect(detectContactColumns([["Municipality", "Contact name", "Email"]])).toEqual({ columns: { kommune: 0, name: 1, email: 2 }, hasHeader: true });
    expect(detectContactColumns([["Kommunenavn", "Navn", "Mail"]])).toEqual({ columns: { kommune: 0, name: 1, email: 2 }, hasHeader: true });
  });

  it("without a header finds the columns by what they hold", () => {
    const rows = [
      ["a@b.dk", "Mette", "Albertslund"],
      ["c@d.dk", "Jens", "Ballerup"],
    ];
    expect(detectContactColumns(rows)).toEqual({ columns: { kommune: 2, name: 1, email: 0 }, hasHeader: false });
  });
});

describe("readContactRows", () => {
  it("matches each row to a municipality of the campaign and says what is wrong with the others", () => {
    const text = [
      "Kommune;Navn;E-mail",
      "Albertslund;Mette Hansen;Mette@Albertslund.DK",
      "Københavns Kommune;Jens Jensen;jj@kk.dk",
      "Aarhus;Anne;anne@aarhus.dk",
      "Gentofteby;Ole;ole@gentofte.dk",
      "Ballerup;Bo;bo-at-ballerup.dk",
      "albertslund kommune;Mette H.;mh@albertslund.dk",
      ";Uden kommune;x@y.dk",
      "Gladsaxe;Gitte;",
    ].join("\n");
    const { rows, hasHeader, tooMany } = readContactRows(splitCells(text), hovedstaden);
    expect(hasHeader).toBe(true);
    expect(tooMany).toBe(false);
    expect(rows.map((r) => [r.row, r.kommune?.code ?? null, r.problems.map((p) => p.code)])).toEqual([
      [2, "165", []],
      [3, "101", []],
      [4, null, ["kommune-not-in-campaign"]],
      [5, null, ["kommune-unknown"]],
      [6, "151", ["email-invalid"]],
      [7, "165", ["kommune-duplicate"]],
      [8, null, ["kommune-missing"]],
      [9, "159", ["email-missing"]],
    ]);
    expect(rows[0]).toMatchObject({ contactName: "Mette Hansen", contactEmail: "mette@albertslund.dk" });
    expect(rows[5]!.problems[0]).toEqual({ code: "kommune-duplicate", name: "Albertslund", firstRow: 2 });
    expect(rows[3]!.problems[0]).toEqual({ code: "kommune-unknown", text: "Gentofteby" });
    expect(rows[2]!.problems[0]).toEqual({ code: "kommune-not-in-campaign", name: "Aarhus" });
    expect(contactsToSave(rows)).toEqual([
      { kommuneCode: "165", contactName: "Mette Hansen", contactEmail: "mette@albertslund.dk" },
      { kommuneCode: "101", contactName: "Jens Jensen", contactEmail: "jj@kk.dk" },
    ]);
  });

  it("reads rows without a header, numbered from 1, and a municipality not invited in the campaign is refused", () => {
    const { rows, hasHeader } = readContactRows([["Albertslund", "Mette", "m@a.dk"], ["Ballerup", "Bo", "b@b.dk"]], ["151"]);
    expect(hasHeader).toBe(false);
    expect(rows.map((r) => [r.row, r.problems.map((p) => p.code)])).toEqual([
      [1, ["kommune-not-in-campaign"]],
      [2, []],
    ]);
  });

  it("reads at most 500 rows and says there were more", () => {
    const table = Array.from({ length: 501 }, () => ["Albertslund", "M", "m@a.dk"]);
    const read = readContactRows(table, hovedstaden);
    expect(read.rows).toHaveLength(500);
    expect(read.tooMany).toBe(true);
  });

  it("refuses a name longer than 200 characters", () => {
    const { rows } = readContactRows([["Albertslund", "x".repeat(201), "m@a.dk"]], hovedstaden);
    expect(rows[0]!.problems).toEqual([{ code: "name-too-long" }]);
  });
});
