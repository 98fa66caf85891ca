import { useCallback, useEffect, useMemo, useState } from "react";
import type { ApiError } from "../api/api-error.js";
import type { WorkspaceApi } from "../api/workspace-api.js";
import { upsertComment, type CommentTarget, type ReviewComment } from "./comment-filter.js";
import type { CommentsContextValue } from "./comments-context.js";

/**
 * Loads a campaign's comments once and keeps them in step with what this person adds and resolves. The value
 * goes into CommentsContext; `error` is the loading failure, if any.
 */
export function useCampaignComments(
  api: WorkspaceApi,
  campaignId: string,
  options: { canWrite: boolean; canResolve: boolean; targetName: (target: CommentTarget) => string },
): { value: CommentsContextValue; loading: boolean; error: ApiError | undefined; reload(): void } {
  const [comments, setComments] = useState<ReviewComment[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | undefined>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    void api.listComments(campaignId).then((result) => {
      if (!current) return;
      setLoading(false);
      if (result.ok) {
        setComments(result.value.comments);
        setError(undefined);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, campaignId, generation]);

  const add = useCallback(
    async (target: CommentTarget, text: string) => {
      const result = await api.addComment(campaignId, target, text);
      if (result.ok) setComments((list) => upsertComment(list, commentOf(result.value)));
      return result;
    },
    [api, campaignId],
  );
  const resolve = useCallback(
    async (commentId: string) => {
      const result = await api.resolveComment(campaignId, commentId);
      if (result.ok) setComments((list) => upsertComment(list, commentOf(result.value)));
      return result;
    },
    [api, campaignId],
  );
  const { canWrite, canResolve, targetName } = options;
  const value = useMemo(() => ({ comments, canWrite, canResolve, add, resolve, targetName }), [comments, canWrite, canResolve, add, resolve, targetName]);
  return { value, loading, error, reload: () => setGeneration((n) => n + 1) };
}

/** The server answers a write with the comment itself, or wrapped as `{ comment }`; both are accepted. */
function commentOf(value: ReviewComment | { comment: ReviewComment }): ReviewComment {
  return "comment" in value ? value.comment : value;
}
