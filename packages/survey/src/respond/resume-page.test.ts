import { describe, expect, it } from "vitest";
import { memoryStorage } from "./memory-storage.js";
import { pageKey, rememberedPage, rememberPage, resumePage, type PageOutline } from "./resume-page.js";

// Issue 13: coming back opened page 1. It opens where the person left off, and never skips a page with errors.

const pages: PageOutline[] = [
  { name: "respondent", questions: ["unit"] },
  { name: "maalgruppe", questions: ["counts", "method"] },
  { name: "tilbud", questions: ["refers", "offers"] },
  { name: "samarbejde", questions: ["forms"] },
];
const none = new Set<string>();

describe("resumePage", () => {
  it("opens the page remembered on this device", () => {
    expect(resumePage(pages, { remembered: "tilbud", answered: none, withErrors: none })).toEqual({ index: 2, reached: 2, reason: "remembered" });
  });

  it("without a remembered page, opens the last page holding an answer", () => {
    expect(resumePage(pages, { answered: new Set(["unit", "refers"]), withErrors: none })).toEqual({ index: 2, reached: 2, reason: "answers" });
    // a page that is no longer shown (other answers hid it) is not remembered
    expect(resumePage(pages, { remembered: "bilag", answered: new Set(["method"]), withErrors: none })).toEqual({ index: 1, reached: 1, reason: "answers" });
  });

  it("opens page 1 when nothing tells how far the work has come", () => {
    expect(resumePage(pages, { answered: none, withErrors: none })).toEqual({ index: 0, reached: 0, reason: "start" });
    expect(resumePage(pages, { remembered: "respondent", answered: new Set(["forms"]), withErrors: none })).toEqual({ index: 0, reached: 0, reason: "start" });
  });

  it("opens an earlier page with answers to correct instead, and says how far the person had come", () => {
    expect(resumePage(pages, { remembered: "samarbejde", answered: none, withErrors: new Set(["counts"]) })).toEqual({ index: 1, reached: 3, reason: "errors" });
    // errors on the page reached itself are shown there
    expect(resumePage(pages, { remembered: "maalgruppe", answered: none, withErrors: new Set(["counts"]) })).toEqual({ index: 1, reached: 1, reason: "remembered" });
    // and errors further on are met on the way
    expect(resumePage(pages, { remembered: "maalgruppe", answered: none, withErrors: new Set(["forms"]) })).toEqual({ index: 1, reached: 1, reason: "remembered" });
  });
});

describe("the remembered page", () => {
  it("is kept per link on this device", () => {
    const storage = memoryStorage();
    rememberPage(storage, "token-a", "tilbud");
    expect(storage.map.get(pageKey("token-a"))).toBe("tilbud");
    expect(rememberedPage(storage, "token-a")).toBe("tilbud");
    expect(rememberedPage(storage, "token-b")).toBeUndefined();
  });

  it("is simply not kept where the device refuses storage", () => {
    const refusing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => undefined };
    expect(() => rememberPage(refusing, "t", "tilbud")).not.toThrow();
    expect(rememberedPage(refusing, "t")).toBeUndefined();
    expect(rememberedPage(undefined, "t")).toBeUndefined();
  });
});
