/**
 * The reference group's comments on the report and its responses, and how the secretariat narrows them: open or
 * resolved, and those on one section or one response. Pure; the components only render what these return.
 */

import type { CommentTarget, ReviewComment } from "@afrapport/schema/api";

export type { CommentTarget, ReviewComment };

export type CommentState = "open" | "resolved" | "all";

export const maxCommentLength = 4000;

export function sameTarget(a: CommentTarget, b: CommentTarget): boolean {
  if (a.type === "section" && b.type === "section") return a.sectionId === b.sectionId;
  if (a.type === "response" && b.type === "response") return a.respondentId === b.respondentId;
  return false;
}

/** The comments in a state, optionally on one target; oldest first, so a discussion reads top to bottom. */
export function filterComments(comments: readonly ReviewComment[], state: CommentState, target?: CommentTarget): ReviewComment[] {
  return comments
    .filter((c) => state === "all" || (state === "open" ? c.resolvedAt === null : c.resolvedAt !== null))
    .filter((c) => target === undefined || sameTarget(c.target, target))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function countComments(comments: readonly ReviewComment[]): { open: number; resolved: number; all: number } {
  const open = comments.filter((c) => c.resolvedAt === null).length;
  return { open, resolved: comments.length - open, all: comments.length };
}

/** Replaces one comment by its new version (after resolving), or adds a new one. */
export function upsertComment(comments: readonly ReviewComment[], comment: ReviewComment): ReviewComment[] {
  return comments.some((c) => c.id === comment.id) ? comments.map((c) => (c.id === comment.id ? comment : c)) : [...comments, comment];
}

export type CommentTextProblem = "empty" | "tooLong";

export function checkCommentText(text: string): CommentTextProblem | undefined {
  if (text.trim() === "") return "empty";
  if (text.length > maxCommentLength) return "tooLong";
  return undefined;
}
