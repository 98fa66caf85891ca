import { describe, expect, it } from "vitest";
import { da } from "../i18n/da.js";
import { en } from "../i18n/en.js";
import { failureFromBody } from "./respond-api.js";
import { uploadFailureText } from "./file-handlers.js";
import { attachmentContent, attachmentId, checkFile, describeTypes, effectiveMaxBytes, maxUploadBytes, parseAcceptedTypes } from "./file-check.js";

const MB = 1024 * 1024;

describe("checking a file before upload", () => {
  const accepted = parseAcceptedTypes(".pdf,.doc,.docx,.odt");

  it("reads SurveyJS's acceptedTypes", () => {
    expect(accepted).toEqual([".pdf", ".doc", ".docx", ".odt"]);
    expect(parseAcceptedTypes(" application/pdf , image/* ")).toEqual(["application/pdf", "image/*"]);
    expect(parseAcceptedTypes(undefined)).toEqual([]);
  });

  it("accepts an allowed file within the limit, whatever the case of its extension", () => {
    expect(checkFile({ name: "Samarbejdsaftale.PDF", size: 2 * MB, type: "application/pdf" }, { maxBytes: 20 * MB, accepted })).toBeUndefined();
  });

  it("refuses a file above the limit", () => {
    expect(checkFile({ name: "scan.pdf", size: 21 * MB, type: "application/pdf" }, { maxBytes: 20 * MB, accepted })).toEqual({ kind: "tooLarge", maxBytes: 20 * MB });
  });

  it("refuses a type the question does not accept, and an empty file", () => {
    expect(checkFile({ name: "photo.jpg", size: 1000, type: "image/jpeg" }, { maxBytes: 20 * MB, accepted })).toEqual({ kind: "wrongType", allowed: accepted });
    expect(checkFile({ name: "empty.pdf", size: 0, type: "application/pdf" }, { maxBytes: 20 * MB, accepted })).toEqual({ kind: "empty" });
  });

  it("matches MIME types and wildcards too, and accepts anything when the question names no type", () => {
    expect(checkFile({ name: "a", size: 1, type: "image/png" }, { maxBytes: MB, accepted: ["image/*"] })).toBeUndefined();
    expect(checkFile({ name: "a", size: 1, type: "application/pdf" }, { maxBytes: MB, accepted: ["application/pdf"] })).toBeUndefined();
    expect(checkFile({ name: "a.exe", size: 1, type: "" }, { maxBytes: MB, accepted: [] })).toBeUndefined();
  });

  it("uses the question's maxSize when it is below the server's 20 MB", () => {
    expect(effectiveMaxBytes(10 * MB)).toBe(10 * MB);
    expect(effectiveMaxBytes(50 * MB)).toBe(maxUploadBytes);
    expect(effectiveMaxBytes(undefined)).toBe(20 * MB);
    expect(effectiveMaxBytes(0)).toBe(20 * MB);
  });

  it("names the allowed types for people", () => {
    expect(describeTypes(accepted)).toBe("PDF, DOC, DOCX, ODT");
    expect(describeTypes(["application/pdf"])).toBe("application/pdf");
  });

  it("writes and reads the attachment reference kept in the answer", () => {
    expect(attachmentContent("abc")).toBe("attachment:abc");
    expect(attachmentId("attachment:abc")).toBe("abc");
    expect(attachmentId("data:application/pdf;base64,AAA")).toBeUndefined();
    expect(attachmentId("attachment:")).toBeUndefined();
    expect(attachmentId(42)).toBeUndefined();
  });

  it("says in Danish why the server refused an upload", () => {
    const refused = (status: number) => failureFromBody(status, { error: { code: "x", message: "x" } });
    expect(uploadFailureText(refused(413), "aftale.pdf", da)).toBe("Filen »aftale.pdf« er for stor til at blive modtaget. Del den op, eller gem den i en mindre udgave.");
    expect(uploadFailureText(refused(415), "aftale.exe", da)).toContain("filtype, som ikke kan modtages");
    expect(uploadFailureText({ kind: "network" }, "aftale.pdf", da)).toContain("ikke er forbundet");
    expect(uploadFailureText(refused(500), "aftale.pdf", da)).toBe("»aftale.pdf« kunne ikke uploades. Prøv igen om lidt.");
  });

  it("says in Danish when a file does not fit in the room the response or the campaign has left", () => {
    const quota = (scope: string) =>
      failureFromBody(413, { error: { code: "quota_exceeded", message: "x", field: "file" }, quota: { scope, limitBytes: 100 * MB, usedBytes: 95 * MB } });
    expect(uploadFailureText(quota("response"), "aftale.pdf", da, "da")).toBe(
      "Filen »aftale.pdf« kan ikke vedhæftes, fordi filerne i en besvarelse højst må fylde 100 MB tilsammen. Slet en fil, du ikke har brug for, eller gem filen i en mindre udgave, og prøv igen.",
    );
    expect(uploadFailureText(quota("campaign"), "aftale.pdf", da)).toBe(
      "Filen »aftale.pdf« kan ikke vedhæftes, fordi der ikke er mere plads til filer i denne indsamling. Kontakt det sekretariat, der har sendt dig linket.",
    );
    expect(uploadFailureText(quota("response"), "plan.pdf", en, "en")).toContain("at most 100 MB together");
    // Without the quota's facts, the plain too-large message.
    expect(uploadFailureText(failureFromBody(413, { error: { code: "quota_exceeded", message: "x" } }), "a.pdf", da)).toContain("er for stor til at blive modtaget");
  });
});
