import { attachmentApi } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { samples, zipWith } from "./file-samples.js";
import { allowedFileTypes, checkFileType, cleanFileName, sniffFileType } from "./file-type.js";

describe("allowedFileTypes", () => {
  it("are the ones the upload route's contract names", () => {
    const named = allowedFileTypes.map((type) => type.extensions.join("/")).join(", ");
    expect(attachmentApi.upload.description).toContain(`Allowed: ${named}, `);
  });
});

describe("sniffFileType", () => {
  it("recognises every allowed type by content", () => {
    for (const id of ["pdf", "png", "jpeg", "doc", "docx", "xlsx", "odt"] as const) expect(sniffFileType(samples[id]), id).toBe(id);
  });
  it("recognises nothing else", () => {
    expect(sniffFileType(samples.html)).toBeUndefined();
    expect(sniffFileType(samples.exe)).toBeUndefined();
    expect(sniffFileType(new Uint8Array())).toBeUndefined();
    expect(sniffFileType(zipWith(["foo.txt"]))).toBeUndefined();
  });
});

describe("checkFileType", () => {
  it("needs an allowed extension whose type matches the content", () => {
    expect(checkFileType("aftale.PDF", samples.pdf)).toMatchObject({ ok: true, type: { contentType: "application/pdf" } });
    expect(checkFileType("foto.jpeg", samples.jpeg)).toMatchObject({ ok: true, type: { id: "jpeg" } });
    expect(checkFileType("foto.jpg", samples.jpeg)).toMatchObject({ ok: true });
    expect(checkFileType("aftale.pdf", samples.html)).toMatchObject({ ok: false });
    expect(checkFileType("aftale.docx", samples.pdf)).toMatchObject({ ok: false });
    expect(checkFileType("aftale.html", samples.html)).toMatchObject({ ok: false });
    expect(checkFileType("aftale", samples.pdf)).toMatchObject({ ok: false });
    expect(checkFileType("program.exe", samples.exe)).toMatchObject({ ok: false });
  });
});

describe("cleanFileName", () => {
  it("keeps æøå, drops folders and control characters, and shortens long names keeping the extension", () => {
    expect(cleanFileName("Samarbejdsaftale Ærø.pdf")).toBe("Samarbejdsaftale Ærø.pdf");
    expect(cleanFileName("C:\\Users\\x\\aftale.pdf")).toBe("aftale.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    const long = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});
