import { describe, expect, it } from "vitest";
import { lacks, readDraftText, withLocaleText } from "./draft-text.js";

describe("draft texts", () => {
  it("reads a localized text, a plain string as Danish, and anything else as missing", () => {
    expect(readDraftText({ da: "Ja", en: "Yes", de: "Ja" })).toEqual({ da: "Ja", en: "Yes" });
    expect(readDraftText("Ja")).toEqual({ da: "Ja" });
    expect(readDraftText("")).toEqual({});
    expect(readDraftText(undefined)).toEqual({});
    expect(readDraftText(["Ja"])).toEqual({});
  });

  it("sets one language, drops an emptied one, and leaves nothing for no language", () => {
    expect(withLocaleText({ da: "Ja" }, "en", "Yes")).toEqual({ da: "Ja", en: "Yes" });
    expect(withLocaleText("Ja", "en", "Yes")).toEqual({ da: "Ja", en: "Yes" });
    expect(withLocaleText({ da: "Ja", en: "Yes" }, "en", "")).toEqual({ da: "Ja" });
    expect(withLocaleText({ en: "Yes" }, "en", "")).toBeUndefined();
    expect(withLocaleText({ da: "Ja" }, "da", " ")).toEqual({ da: " " });
  });

  it("counts a blank language as missing", () => {
    expect(lacks({ da: " " }, "da")).toBe(true);
    expect(lacks({ da: "Ja" }, "en")).toBe(true);
    expect(lacks({ da: "Ja" }, "da")).toBe(false);
  });
});
