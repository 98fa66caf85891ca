import type { AnnouncementView, DraftSummary, PublishedVersion } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { announcementAbilities, basedOnVersion, draftTitle, entryTitle, questionnaireEntries, splitArchived } from "./catalogue-entries.js";

const version = (key: string, v: string, publishedAt: string): PublishedVersion => ({
  id: `spiseforstyrrelser/${key}@${v}`,
  version: v,
  title: { da: `${key} ${v}`, en: `${key} ${v} (en)` },
  sha256: "0".repeat(64),
  publishedAt,
  publishedBy: { id: "u1", name: "Anne" },
});

const draft = (id: string, key: string, updatedAt: string, extra: Partial<DraftSummary> = {}): DraftSummary => ({
  id,
  announcementId: "spiseforstyrrelser",
  key,
  audience: "municipality",
  title: { da: `Kladde ${id}` },
  revision: 1,
  basedOn: null,
  regionCode: "1084",
  sharedWith: [],
  updatedAt,
  updatedBy: null,
  findings: 0,
  ...extra,
});

describe("questionnaireEntries", () => {
  it("puts a new version's draft under its questionnaire and a new questionnaire's drafts in entries of their own", () => {
    const entries = questionnaireEntries({
      questionnaires: [
        { key: "tilbud-2020", audience: "offer", versions: [version("tilbud-2020", "1.0.0", "2026-02-01T00:00:00Z")] },
        { key: "kommune-2020", audience: "municipality", versions: [version("kommune-2020", "1.1.0", "2026-03-01T00:00:00Z"), version("kommune-2020", "1.0.0", "2026-01-01T00:00:00Z")] },
      ],
      drafts: [
        draft("d1", "kommune-2020", "2026-04-01T10:00:00Z", { basedOn: "spiseforstyrrelser/kommune-2020@1.1.0" }),
        draft("d2", "kommune-2026", "2026-04-02T10:00:00Z"),
        draft("d3", "kommune-2020", "2026-04-03T10:00:00Z", { basedOn: "spiseforstyrrelser/kommune-2020@1.1.0" }),
        draft("d4", "tilbud-2026", "2026-04-04T10:00:00Z", { audience: "offer" }),
        draft("d5", "kommune-2026", "2026-04-05T10:00:00Z"),
      ],
    });
    expect(entries.map((entry) => [entry.key, entry.audience, entry.versions.length, entry.drafts.map((d) => d.id)])).toEqual([
      ["tilbud-2020", "offer", 1, []],
      ["kommune-2020", "municipality", 2, ["d3", "d1"]],
      // unpublished ones after the published, the one changed last first
      ["kommune-2026", "municipality", 0, ["d5", "d2"]],
      ["tilbud-2026", "offer", 0, ["d4"]],
    ]);
  });

  it("names an entry by its newest version, else its newest draft, else its key", () => {
    const [published, drafted, untitled] = questionnaireEntries({
      questionnaires: [{ key: "kommune-2020", audience: "municipality", versions: [version("kommune-2020", "2.0.0", "2026-03-01T00:00:00Z")] }],
      drafts: [draft("d1", "tilbud-2026", "2026-04-01T00:00:00Z", { title: { en: "Offers 2026" } }), draft("d2", "x", "2026-04-01T00:00:00Z", { title: { da: " " } })],
    });
    expect(entryTitle(published!, "da")).toBe("kommune-2020 2.0.0");
    expect(entryTitle(drafted!, "da")).toBe("Offers 2026");
    expect(entryTitle(untitled!, "en")).toBe("x");
  });
});

describe("the catalogue's small rules", () => {
  it("folds archived announcements away", () => {
    const { current, archived } = splitArchived([
      { id: "a", archived: false },
      { id: "b", archived: true },
      { id: "c", archived: false },
    ]);
    expect(current.map((a) => a.id)).toEqual(["a", "c"]);
    expect(archived.map((a) => a.id)).toEqual(["b"]);
  });

  it("follows the server's rules for who drafts and who edits", () => {
    const own = { access: "edit", builtIn: false, archived: false } satisfies Pick<AnnouncementView, "access" | "builtIn" | "archived">;
    expect(announcementAbilities(own, true)).toEqual({ draft: true, edit: true });
    // a built-in announcement is frozen, but its questionnaires take new versions
    expect(announcementAbilities({ access: "read", builtIn: true, archived: false }, true)).toEqual({ draft: true, edit: false });
    // another region's announcement: read only
    expect(announcementAbilities({ access: "read", builtIn: false, archived: false }, true)).toEqual({ draft: false, edit: false });
    // archived: no new drafts until it is brought back, which is an edit
    expect(announcementAbilities({ ...own, archived: true }, true)).toEqual({ draft: false, edit: true });
    // a reviewer reads
    expect(announcementAbilities({ access: "read", builtIn: true, archived: false }, false)).toEqual({ draft: false, edit: false });
  });

  it("reads a draft's title and the version it builds on", () => {
    expect(draftTitle({ title: { da: "Kommuner", en: "Municipalities" } }, "en")).toBe("Municipalities");
    expect(draftTitle({ title: { da: "Kommuner" } }, "en")).toBe("Kommuner");
    expect(draftTitle({ title: {} }, "da")).toBeUndefined();
    expect(basedOnVersion("gravide-rusmiddel/kommune-2019@1.0.0")).toEqual({ announcementId: "gravide-rusmiddel", key: "kommune-2019", version: "1.0.0" });
    expect(basedOnVersion(null)).toBeNull();
  });
});
