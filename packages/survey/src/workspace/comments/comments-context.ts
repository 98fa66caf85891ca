import { createContext, useContext } from "react";
import type { ApiResult } from "../api/api-error.js";
import type { CommentTarget, ReviewComment } from "./comment-filter.js";

/**
 * The campaign's comments, shared by the comments tab and the inline boxes on sections and responses. Provided
 * by use-comments.ts; absent (undefined) where comments do not belong, e.g. the national board's read-only view.
 */
export interface CommentsContextValue {
  comments: ReviewComment[];
  /** may write comments (the campaign's reviewers and its secretariat) */
  canWrite: boolean;
  /** may mark comments resolved (the secretariat) */
  canResolve: boolean;
  add(target: CommentTarget, text: string): Promise<ApiResult<ReviewComment>>;
  resolve(commentId: string): Promise<ApiResult<ReviewComment>>;
  /** the names of the sections and respondents, to say what a comment is about */
  targetName(target: CommentTarget): string;
}

export const CommentsContext = createContext<CommentsContextValue | undefined>(undefined);

export function useComments(): CommentsContextValue | undefined {
  return useContext(CommentsContext);
}
