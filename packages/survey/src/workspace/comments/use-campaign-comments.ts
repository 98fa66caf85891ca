import { useCallback, useMemo } from "react";
import type { WorkspaceApi } from "../api/workspace-api.js";
import { useLoad, type Loaded } from "../shell/use-load.js";
import { upsertComment, type CommentTarget, type ReviewComment } from "./comment-filter.js";
import type { CommentsContextValue } from "./comments-context.js";

const noComments: ReviewComment[] = [];

/**
 * Loads a campaign's comments once and keeps them in step with what this person adds and resolves. The value
 * goes into CommentsContext; `loaded` says whether the list is still loading or could not be loaded.
 */
export function useCampaignComments(
  api: WorkspaceApi,
  campaignId: string,
  options: { canWrite: boolean; canResolve: boolean; targetName: (target: CommentTarget) => string },
): { value: CommentsContextValue; loaded: Loaded<{ comments: ReviewComment[] }>; reload(): void } {
  const { loaded, reload, update } = useLoad(() => api.listComments(campaignId), campaignId);
  const comments = loaded.status === "ok" ? loaded.value.comments : noComments;
  const keep = useCallback((comment: ReviewComment) => update((value) => ({ ...value, comments: upsertComment(value?.comments ?? [], comment) })), [update]);

  const add = useCallback(
    async (target: CommentTarget, text: string) => {
      const result = await api.addComment(campaignId, target, text);
      if (result.ok) keep(commentOf(result.value));
      return result;
    },
    [api, campaignId, keep],
  );
  const resolve = useCallback(
    async (commentId: string) => {
      const result = await api.resolveComment(campaignId, commentId);
      if (result.ok) keep(commentOf(result.value));
      return result;
    },
    [api, campaignId, keep],
  );
  const { canWrite, canResolve, targetName } = options;
  const value = useMemo(() => ({ comments, canWrite, canResolve, add, resolve, targetName }), [comments, canWrite, canResolve, add, resolve, targetName]);
  return { value, loaded, reload };
}

/** The server answers a write with the comment itself, or wrapped as `{ comment }`; both are accepted. */
function commentOf(value: ReviewComment | { comment: ReviewComment }): ReviewComment {
  return "comment" in value ? value.comment : value;
}
