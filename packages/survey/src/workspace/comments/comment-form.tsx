import { findCprNumbers } from "@afrapport/schema";
import { useId, useRef, useState } from "react";
import { formatNumber } from "../../format.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { checkCommentText, maxCommentLength, type CommentTarget } from "./comment-filter.js";
import { useComments } from "./comments-context.js";

/**
 * The box for a new comment on a section or a response. An empty or over-long comment gets a message beside the
 * field; a failed send keeps the text. A polite status line says when the comment has gone.
 */
export function CommentForm({ target, label }: { target: CommentTarget; label?: string }) {
  const { r, locale } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const context = useComments();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const cprId = useId();
  if (context === undefined || !context.canWrite) return null;
  const cpr = findCprNumbers(text).length > 0;

  async function send() {
    if (busy || context === undefined) return;
    const problem = checkCommentText(text);
    if (problem !== undefined) {
      setError(problem === "empty" ? r.commentEmpty : r.commentTooLong(formatNumber(maxCommentLength, locale)));
      setStatus("");
      fieldRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    setStatus(r.commentSending);
    const result = await context.add(target, text.trim());
    setBusy(false);
    if (result.ok) {
      setText("");
      setStatus(r.commentSent);
    } else {
      setStatus("");
      setError(r.commentFailed(apiErrorText(result.error, w)));
      fieldRef.current?.focus();
    }
  }

  return (
    <form
      className="af-comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label htmlFor={fieldId} className="af-comment-form__label">
        {label ?? r.commentLabel}
      </label>
      <span id={hintId} className="af-hint">
        {r.commentHint}
      </span>
      {error ? (
        <p id={errorId} className="af-field-error">
          {error}
        </p>
      ) : null}
      {cpr ? (
        <p id={cprId} className="af-field-warning">
          {r.summaryCpr}
        </p>
      ) : null}
      <textarea
        ref={fieldRef}
        id={fieldId}
        className="af-textarea"
        rows={3}
        value={text}
        aria-describedby={[hintId, error ? errorId : "", cpr ? cprId : ""].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (error) setError(undefined);
        }}
      />
      <div className="af-comment-form__bar">
        <button type="submit" className="af-button" aria-disabled={busy}>
          {busy ? r.commentSending : r.commentSend}
        </button>
        <p className="af-comment-form__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </form>
  );
}
