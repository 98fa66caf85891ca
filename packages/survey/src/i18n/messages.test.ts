import { describe, expect, it } from "vitest";
import { da } from "./da.js";
import { en } from "./en.js";
import { locales } from "@afrapport/schema";
import { isLocale, localeStorageKey, pageLocales, readLocale, writeLocale } from "./locale-preference.js";
import { memoryStorage } from "../respond/memory-storage.js";

describe("UI strings", () => {
  it("has every string in both languages, none empty (the type already demands the keys)", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    for (const [key, value] of Object.entries({ ...da, ...en })) {
      if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    }
  });

  it("says the status lines the way the brief asks", () => {
    expect(da.statusSaving).toBe("Gemmer …");
    expect(da.statusSavedAt("14.32")).toBe("Gemt kl. 14.32");
    expect(da.statusOffline).toBe("Ikke forbundet – svarene er gemt på denne enhed");
    expect(da.mergedFromColleague(2)).toBe("Din kollega har besvaret 2 spørgsmål, som nu er med.");
    expect(en.mergedFromColleague(1)).toBe("Your colleague answered 1 question, which is now included.");
  });
});

describe("the remembered language", () => {
  it("is Danish until English is chosen, and survives a reload", () => {
    const storage = memoryStorage();
    expect(readLocale(storage)).toBe("da");
    writeLocale(storage, "en");
    expect(storage.map.get(localeStorageKey)).toBe("en");
    expect(readLocale(storage)).toBe("en");
  });

  it("falls back to Danish for anything else", () => {
    const storage = memoryStorage();
    storage.setItem(localeStorageKey, "de");
    expect(readLocale(storage)).toBe("da");
    expect(readLocale(undefined)).toBe("da");
    expect(isLocale("en")).toBe(true);
    expect(isLocale("EN")).toBe(false);
  });

  it("offers exactly the schema's languages", () => {
    expect([...pageLocales]).toEqual([...locales]);
  });
});
