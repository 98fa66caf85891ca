import { describe, expect, it } from "vitest";
import { contactFileKind, decodeContactText, fileTooLarge, toBase64 } from "./contact-file.js";

describe("contact files", () => {
  it("reads UTF-8 and Windows-1252 CSV alike, keeping æ, ø and å", () => {
    const text = "Kommune;Navn\nHøje-Taastrup;Søren Æbelø\n";
    expect(decodeContactText(new TextEncoder().encode(text))).toBe(text);
    const cp1252 = Uint8Array.from([...text].map((ch) => ({ ø: 0xf8, Ø: 0xd8, æ: 0xe6, Æ: 0xc6, å: 0xe5 })[ch] ?? ch.charCodeAt(0)));
    expect(decodeContactText(cp1252)).toBe(text);
  });

  it("knows an .xlsx by its bytes, and refuses other spreadsheet formats and binary files", () => {
    expect(contactFileKind("kontakter.xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1]))).toBe("xlsx");
    expect(contactFileKind("kontakter", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1]))).toBe("xlsx");
    expect(contactFileKind("kontakter.csv", new TextEncoder().encode("a;b"))).toBe("csv");
    expect(contactFileKind("kontakter.txt", new TextEncoder().encode("a\tb"))).toBe("csv");
    expect(contactFileKind("gammel.xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe("unsupported");
    expect(contactFileKind("billede.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe("unsupported");
  });

  it("encodes bytes as base64, also past one chunk", () => {
    expect(toBase64(new TextEncoder().encode("Hej æ"))).toBe(Buffer.from("Hej æ").toString("base64"));
    const large = Uint8Array.from({ length: 70_000 }, (_, i) => i % 256);
    expect(toBase64(large)).toBe(Buffer.from(large).toString("base64"));
  });

  it("says when a file is larger than the server reads", () => {
    expect(fileTooLarge(512 * 1024)).toBe(false);
    expect(fileTooLarge(512 * 1024 + 1)).toBe(true);
  });
});
