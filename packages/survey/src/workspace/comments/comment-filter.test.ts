import { describe, expect, it } from "vitest";
import { checkCommentText, countComments, filterComments, maxCommentLength, sameTarget, upsertComment, type ReviewComment } from "./comment-filter.js";

const author = { id: "u1", name: "Reviewer", role: "reviewer" as const, organisation: null };
const c = (id: string, createdAt: string, target: ReviewComment["target"], resolvedAt: string | null = null): ReviewComment => ({
  id,
  target,
  text: `Kommentar ${id}`,
  author,
  createdAt,
  resolvedAt,
  resolvedBy: resolvedAt === null ? null : { id: "s1", name: "Sekretariatet" },
});
const section = { type: "section", sectionId: "maalgruppe" } as const;
const response = { type: "response", respondentId: "r1", respondentName: null } as const;
const comments = [
  c("b", "2026-03-02T10:00:00Z", section),
  c("a", "2026-03-01T10:00:00Z", section, "2026-03-03T10:00:00Z"),
  c("c", "2026-03-01T12:00:00Z", response),
];

describe("the comments", () => {
  it("filters open and resolved, oldest first", () => {
    expect(filterComments(comments, "open").map((x) => x.id)).toEqual(["c", "b"]);
    expect(filterComments(comments, "resolved").map((x) => x.id)).toEqual(["a"]);
    expect(filterComments(comments, "all").map((x) => x.id)).toEqual(["a", "c", "b"]);
    expect(countComments(comments)).toEqual({ open: 2, resolved: 1, all: 3 });
  });

  it("filters by section or response", () => {
    expect(filterComments(comments, "all", section).map((x) => x.id)).toEqual(["a", "b"]);
    expect(filterComments(comments, "all", response).map((x) => x.id)).toEqual(["c"]);
    expect(sameTarget(section, { type: "section", sectionId: "tilbud" })).toBe(false);
    expect(sameTarget(section, response)).toBe(false);
  });

  it("replaces a resolved comment in place and appends a new one", () => {
    const resolved = { ...comments[0]!, resolvedAt: "2026-03-04T10:00:00Z" };
    expect(upsertComment(comments, resolved)[0]).toBe(resolved);
    expect(upsertComment(comments, c("d", "2026-03-05T10:00:00Z", section))).toHaveLength(4);
  });

  it("refuses an empty or over-long comment", () => {
    expect(checkCommentText("  ")).toBe("empty");
    expect(checkCommentText("x".repeat(maxCommentLength + 1))).toBe("tooLong");
    expect(checkCommentText("Tallet for 2018 ser højt ud.")).toBeUndefined();
  });
});
