import type { DraftThread } from "@afrapport/schema/api";

/** Which threads the comment list shows. */
export type ThreadFilter = "open" | "resolved" | "all";

/** Open threads on each question (a thread on the whole draft has no question and is not counted here). */
export function openThreadsByElement(threads: readonly DraftThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved !== null || thread.element === null) continue;
    counts.set(thread.element, (counts.get(thread.element) ?? 0) + 1);
  }
  return counts;
}

/** The threads the filter lets through, the most recently active first. */
export function filterThreads(threads: readonly DraftThread[], filter: ThreadFilter): DraftThread[] {
  const kept = threads.filter((thread) => filter === "all" || (filter === "open") === (thread.resolved === null));
  return kept.sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)) || a.id.localeCompare(b.id));
}

/** A question's threads: open ones first, each group oldest first, as a conversation reads. */
export function threadsOn(threads: readonly DraftThread[], element: string | null): DraftThread[] {
  const on = threads.filter((thread) => thread.element === element);
  const open = on.filter((thread) => thread.resolved === null);
  const resolved = on.filter((thread) => thread.resolved !== null);
  const byStart = (a: DraftThread, b: DraftThread) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  return [...open.sort(byStart), ...resolved.sort(byStart)];
}

/** When a thread last changed: its newest comment, or its resolution. */
export function lastActivity(thread: DraftThread): string {
  const times = [thread.createdAt, ...thread.comments.map((comment) => comment.createdAt), ...(thread.resolved === null ? [] : [thread.resolved.at])];
  return times.reduce((latest, time) => (time > latest ? time : latest));
}

/** The thread with the given id replaced (after a reply or a resolution), or added when it is new. */
export function withThread(threads: readonly DraftThread[], thread: DraftThread): DraftThread[] {
  const index = threads.findIndex((known) => known.id === thread.id);
  return index < 0 ? [...threads, thread] : threads.map((known, i) => (i === index ? thread : known));
}
