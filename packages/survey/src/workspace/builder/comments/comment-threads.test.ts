import type { DraftThread } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { filterThreads, lastActivity, openThreadsByElement, threadsOn, withThread } from "./comment-threads.js";

const person = { id: "u1", name: "Mette Hansen" };
const thread = (id: string, element: string | null, createdAt: string, resolvedAt: string | null = null, replies: string[] = []): DraftThread => ({
  id,
  element,
  createdAt,
  resolved: resolvedAt === null ? null : { by: person, at: resolvedAt },
  comments: [createdAt, ...replies].map((at, i) => ({ id: `${id}-${i}`, author: person, body: "tekst", mentions: [], createdAt: at })),
});

const threads = [
  thread("t1", "antal", "2026-12-01T10:00:00Z"),
  thread("t2", "antal", "2026-12-01T09:00:00Z", "2026-12-02T08:00:00Z"),
  thread("t3", "alder", "2026-12-01T11:00:00Z", null, ["2026-12-03T12:00:00Z"]),
  thread("t4", null, "2026-12-01T12:00:00Z"),
  thread("t5", "antal", "2026-12-01T08:00:00Z"),
];

describe("comment threads", () => {
  it("counts the open threads on each question", () => {
    expect([...openThreadsByElement(threads)]).toEqual([
      ["antal", 2],
      ["alder", 1],
    ]);
  });

  it("filters open, resolved or all, the most recently active first", () => {
    expect(filterThreads(threads, "open").map((t) => t.id)).toEqual(["t3", "t4", "t1", "t5"]);
    expect(filterThreads(threads, "resolved").map((t) => t.id)).toEqual(["t2"]);
    expect(filterThreads(threads, "all").map((t) => t.id)).toEqual(["t3", "t2", "t4", "t1", "t5"]);
  });

  it("lists a question's threads open first, each oldest first", () => {
    expect(threadsOn(threads, "antal").map((t) => t.id)).toEqual(["t5", "t1", "t2"]);
    expect(threadsOn(threads, null).map((t) => t.id)).toEqual(["t4"]);
  });

  it("knows when a thread last changed", () => {
    expect(lastActivity(threads[1]!)).toBe("2026-12-02T08:00:00Z");
    expect(lastActivity(threads[2]!)).toBe("2026-12-03T12:00:00Z");
  });

  it("replaces a changed thread in place, and adds a new one", () => {
    const resolved = thread("t1", "antal", "2026-12-01T10:00:00Z", "2026-12-04T10:00:00Z");
    expect(withThread(threads, resolved)[0]).toBe(resolved);
    expect(withThread(threads, thread("t9", "x", "2026-12-05T10:00:00Z")).map((t) => t.id)).toEqual(["t1", "t2", "t3", "t4", "t5", "t9"]);
  });
});
