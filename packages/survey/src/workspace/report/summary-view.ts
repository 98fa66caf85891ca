import type { SavedSummary } from "./summary-draft.js";

/**
 * A section summary as the server sends it (GET /api/campaigns/:id/summaries), made into the editor's `SavedSummary`. The server names the
 * author as `{ id, name }`; an older shape gives a plain string. Anything else counts as nobody.
 */
export interface SummaryFromServer {
  sectionId: string;
  text: string;
  version: number;
  updatedBy: unknown;
  updatedAt: string | null;
  warnings?: unknown;
}

export function authorName(updatedBy: unknown): string | null {
  if (typeof updatedBy === "string") return updatedBy;
  if (typeof updatedBy === "object" && updatedBy !== null && "name" in updatedBy) {
    const name = (updatedBy as { name: unknown }).name;
    return typeof name === "string" ? name : null;
  }
  return null;
}

export function savedSummary(view: Pick<SummaryFromServer, "text" | "version" | "updatedBy" | "updatedAt">): SavedSummary {
  return { text: view.text, version: view.version, updatedBy: authorName(view.updatedBy), updatedAt: view.updatedAt };
}

/** The current summary a 409 stale_revision carries (`{ current, error }`), if it does. */
export function staleCurrent(body: unknown): SavedSummary | undefined {
  if (typeof body !== "object" || body === null || !("current" in body)) return undefined;
  const current = (body as { current: unknown }).current;
  if (typeof current !== "object" || current === null) return undefined;
  const c = current as Partial<SummaryFromServer>;
  if (typeof c.text !== "string" || typeof c.version !== "number") return undefined;
  return savedSummary({ text: c.text, version: c.version, updatedBy: c.updatedBy, updatedAt: c.updatedAt ?? null });
}

/** Whether the server warned that the text looks like it holds a CPR number. */
export function hasCprWarning(warnings: unknown): boolean {
  return Array.isArray(warnings) && warnings.some((w) => typeof w === "object" && w !== null && (w as { code?: unknown }).code === "cpr");
}
