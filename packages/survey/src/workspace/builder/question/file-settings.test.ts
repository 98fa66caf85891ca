import { describe, expect, it } from "vitest";
import { formatMaxSizeMb, readAcceptedTypes, readMaxSizeMb, toggleFileType, writeAcceptedTypes } from "./file-settings.js";

describe("accepted types", () => {
  it("reads the built-in questionnaire's types as ticked groups", () => {
    const read = readAcceptedTypes(".pdf,.doc,.docx,.odt");
    expect([...read.groups]).toEqual(["pdf", "word", "odt"]);
    expect(read.other).toEqual([]);
  });

  it("keeps entries no group covers, and ticks a group from any of its extensions", () => {
    const read = readAcceptedTypes(" .DOCX , image/*,.txt");
    expect([...read.groups]).toEqual(["word"]);
    expect(read.other).toEqual(["image/*", ".txt"]);
    expect(writeAcceptedTypes(read)).toBe(".doc,.docx,image/*,.txt");
  });

  it("writes groups in their fixed order and nothing when none is ticked", () => {
    let accepted = readAcceptedTypes(undefined);
    expect(writeAcceptedTypes(accepted)).toBeUndefined();
    accepted = toggleFileType(accepted, "images", true);
    accepted = toggleFileType(accepted, "pdf", true);
    expect(writeAcceptedTypes(accepted)).toBe(".pdf,.png,.jpg,.jpeg");
    expect(writeAcceptedTypes(toggleFileType(accepted, "pdf", false))).toBe(".png,.jpg,.jpeg");
  });
});

describe("max size in MB", () => {
  it("reads MB the Danish way into bytes", () => {
    expect(readMaxSizeMb("10")).toEqual({ kind: "size", bytes: 10485760 });
    expect(readMaxSizeMb("4,5")).toEqual({ kind: "size", bytes: 4718592 });
    expect(readMaxSizeMb(" 0,5 ")).toEqual({ kind: "size", bytes: 524288 });
  });

  it("refuses what is no size", () => {
    expect(readMaxSizeMb("")).toEqual({ kind: "empty" });
    expect(readMaxSizeMb("4,5 MB")).toEqual({ kind: "invalid" });
    expect(readMaxSizeMb("0")).toEqual({ kind: "not-positive" });
    expect(readMaxSizeMb("-2")).toEqual({ kind: "not-positive" });
    expect(readMaxSizeMb("101")).toEqual({ kind: "too-large" });
  });

  it("shows bytes as MB with a decimal comma", () => {
    expect(formatMaxSizeMb(10485760)).toBe("10");
    expect(formatMaxSizeMb(4718592)).toBe("4,5");
    expect(formatMaxSizeMb(1000000)).toBe("0,95");
    expect(formatMaxSizeMb(undefined)).toBe("");
    expect(formatMaxSizeMb(0)).toBe("");
  });

  it("reads back what it shows", () => {
    for (const mb of ["1", "2,5", "10", "99,75"]) {
      const read = readMaxSizeMb(mb);
      expect(read.kind === "size" && formatMaxSizeMb(read.bytes)).toBe(mb);
    }
  });
});
