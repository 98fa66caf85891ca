import { describe, expect, it } from "vitest";
import { contentDisposition, csvCell, toCsv } from "./csv.js";

describe("toCsv", () => {
  it("starts with a BOM, separates with ; and ends every row with CRLF", () => {
    expect(toCsv([["a", "b"], ["c", "d"]])).toBe("\uFEFFa;b\r\nc;d\r\n");
    expect(toCsv([])).toBe("\uFEFF");
    expect(toCsv([["a", "b"]], { separator: "," })).toBe("\uFEFFa,b\r\n");
  });

  it("quotes cells with the separator, quotes, CR or LF (RFC 4180), and only those", () => {
    expect(toCsv([["a;b", 'sagde "hej"', "linje 1\nlinje 2", "cr\r", "a,b"]])).toBe(
      '\uFEFF"a;b";"sagde ""hej""";"linje 1\nlinje 2";"cr\r";a,b\r\n',
    );
    expect(toCsv([["a,b", "a;b"]], { separator: "," })).toBe('\uFEFF"a,b",a;b\r\n');
  });

  it("keeps æøå as UTF-8 text", () => {
    const csv = toCsv([["Ærø Kommune", "Høje-Taastrup"]]);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain("Ærø Kommune;Høje-Taastrup");
  });

  it("writes numbers the way Excel reads them: decimal comma with ;, decimal point with ,", () => {
    expect(toCsv([[3.5, -2, 0, 1234567, null, undefined, Number.NaN, Number.POSITIVE_INFINITY]])).toBe("\uFEFF3,5;-2;0;1234567;;;;\r\n");
    expect(toCsv([[3.5, -2.25]], { separator: "," })).toBe("\uFEFF3.5,-2.25\r\n");
    expect(toCsv([[true, false]])).toBe("\uFEFFtrue;false\r\n");
  });

  it("neutralises text that Excel would run as a formula, but leaves numbers alone", () => {
    const cells = ["=1+1", "+45 12345678", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1", '=HYPERLINK("http://evil";"klik")'];
    expect(cells.map((c) => csvCell(c))).toEqual([
      "'=1+1",
      "'+45 12345678",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "\"'\rx\"",
      "'＝1+1",
      '"\'=HYPERLINK(""http://evil"";""klik"")"',
    ]);
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(-5.5)).toBe("-5,5");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("")).toBe("");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII filename and a UTF-8 filename* for æøå", () => {
    expect(contentDisposition("Høringssvar Ærø å.csv")).toBe(
      `attachment; filename="Hoeringssvar Aeroe aa.csv"; filename*=UTF-8''H%C3%B8ringssvar%20%C3%86r%C3%B8%20%C3%A5.csv`,
    );
    expect(contentDisposition('a"b\\c;d.csv')).toBe(`attachment; filename="a_b_c_d.csv"; filename*=UTF-8''a%22b%5Cc%3Bd.csv`);
  });
});
