import { useState, type ReactNode } from "react";
import { formatDateTime } from "../../format.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { useReportMessages, type ReportMessages } from "../report/use-report-messages.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import type { ReviewComment } from "./comment-filter.js";
import { useComments } from "./comments-context.js";

export function roleText(role: string, r: ReportMessages): string {
  return role === "reviewer" ? r.roleReviewer : role === "secretariat" || role === "admin" ? r.roleSecretariat : r.roleOther;
}

/** One comment: who and when, the text, and – for the secretariat – a button to mark it resolved. */
export function CommentItem({ comment, children }: { comment: ReviewComment; showTarget?: boolean; children?: ReactNode }) {
  const { r, locale } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const context = useComments();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const resolved = comment.resolvedAt !== null;
  return (
    <li className={`af-comment${resolved ? " af-comment--resolved" : ""}`} data-comment-id={comment.id}>
      <p className="af-comment__meta">
        <strong lang="da">{comment.author.name ?? "–"}</strong>
        {comment.author.organisation !== null && <span lang="da">, {comment.author.organisation}</span>} ({roleText(comment.author.role ?? "", r)}) ·{" "}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
      </p>
      {children ? <p className="af-comment__target">{children}</p> : null}
      <p className="af-comment__text" lang="da">
        {comment.text}
      </p>
      {resolved ? (
        <p className="af-comment__resolved">{r.commentResolved(comment.resolvedBy?.name ?? "–", formatDateTime(comment.resolvedAt!, locale))}</p>
      ) : context?.canResolve ? (
        <p className="af-comment__actions">
          <button
            type="button"
            className="af-button af-button--small"
            aria-disabled={busy}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              setFailure(undefined);
              const result = await context.resolve(comment.id);
              setBusy(false);
              if (!result.ok) setFailure(apiErrorText(result.error, w));
            }}
          >
            {r.commentResolve}
          </button>
          {failure ? (
            <span className="af-field-error" role="alert">
              {" "}
              {failure}
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
