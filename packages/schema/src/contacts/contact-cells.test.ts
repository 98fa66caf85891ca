import { describe, expect, it } from "vitest";
import { detectSeparator, splitCells } from "./contact-cells.js";

describe("splitCells", () => {
  it("reads rows copied from Excel (tabs, CRLF), trimming cells and leaving out blank rows", () => {
    const text = "Kommune\tNavn\tE-mail\r\nAlbertslund\t Mette Hansen \tmette@albertslund.dk\r\n\r\n\t\t\r\nBallerup\tJens\tjens@balk.dk\r\n";
    expect(splitCells(text)).toEqual([
      ["Kommune", "Navn", "E-mail"],
      ["Albertslund", "Mette Hansen", "mette@albertslund.dk"],
      ["Ballerup", "Jens", "jens@balk.dk"],
    ]);
  });

  it("prefers semicolons over commas, so a comma inside a name stays in its cell", () => {
    expect(detectSeparator("Gentofte;Hansen, Mette;m@g.dk")).toBe(";");
    expect(splitCells("Gentofte;Hansen, Mette;m@g.dk")).toEqual([["Gentofte", "Hansen, Mette", "m@g.dk"]]);
    expect(detectSeparator("Gentofte,Mette,m@g.dk")).toBe(",");
    expect(detectSeparator("Gentofte\tHansen; Mette\tm@g.dk")).toBe("\t");
  });

  it("reads quoted cells with separators, doubled quotes and line breaks, and ignores a byte order mark", () => {
    const text = '\uFEFFkommune,navn,email\n"Lyngby-Taarbæk","Hansen, ""Mette""\nsekretær",mh@ltk.dk\n';
    expect(splitCells(text)).toEqual([
      ["kommune", "navn", "email"],
      ["Lyngby-Taarbæk", 'Hansen, "Mette"\nsekretær', "mh@ltk.dk"],
    ]);
  });

  it("does not treat a semicolon inside quotes as the separator", () => {
    expect(detectSeparator('"a;b",c')).toBe(",");
  });

  it("gives no rows for empty text", () => {
    expect(splitCells("")).toEqual([]);
    expect(splitCells("\n \n")).toEqual([]);
  });
});
