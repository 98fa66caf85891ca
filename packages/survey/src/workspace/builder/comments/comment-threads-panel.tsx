import type { DraftThread } from "@afrapport/schema/api";
import { useId, useState } from "react";
import { formatDateTime } from "../../../format.js";
import { apiErrorText } from "../../shell/api-error-text.js";
import { useWorkspaceMessages } from "../../shell/use-workspace-messages.js";
import { CommentComposer } from "./comment-composer.js";
import { useCommentMessages } from "./comment-messages.js";
import { threadsOn } from "./comment-threads.js";
import type { DraftComments } from "./use-draft-comments.js";

/**
 * The threads on the selected question (or the whole draft) below its panel: each comment with its author and
 * time, a reply field, resolve or reopen; and a field to start a new thread. Read-only when commenting is not
 * allowed (a closed draft).
 */
export function CommentThreadsPanel({ comments, element, canComment }: { comments: DraftComments; element: string | null; canComment: boolean }) {
  const { c } = useCommentMessages();
  const headingId = useId();
  const [notice, setNotice] = useState("");
  const threads = threadsOn(comments.threads, element);
  return (
    <section className="af-comments" aria-labelledby={headingId} data-testid="comment-threads">
      <h3 id={headingId}>{element === null ? c.panelHeadingDraft : c.panelHeading}</h3>
      <p className="af-visually-hidden" role="status">
        {notice}
      </p>
      {comments.status === "error" ? (
        <p className="af-notice af-notice--problem">
          {c.loadFailed}{" "}
          <button type="button" className="af-button af-button--small" onClick={comments.reload}>
            {c.retry}
          </button>
        </p>
      ) : threads.length === 0 ? (
        <p className="af-hint">{c.none}</p>
      ) : (
        <ol className="af-comment-threads">
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadView thread={thread} comments={comments} canComment={canComment} onDone={setNotice} />
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <CommentComposer
          label={c.startLabel}
          button={c.startButton}
          participants={comments.participants}
          onSend={async (body, mentions) => {
            const result = await comments.start(element, body, mentions);
            if (result.ok) setNotice(c.sent);
            return result;
          }}
        />
      )}
    </section>
  );
}

function ThreadView({ thread, comments, canComment, onDone }: { thread: DraftThread; comments: DraftComments; canComment: boolean; onDone(text: string): void }) {
  const { c, locale } = useCommentMessages();
  const { w } = useWorkspaceMessages();
  const [problem, setProblem] = useState<string | null>(null);
  const first = thread.comments[0]!;
  const resolved = thread.resolved;
  const toggle = async () => {
    const result = await comments.resolve(thread.id, resolved === null);
    if (!result.ok) return setProblem(c.failed(apiErrorText(result.error, w)));
    setProblem(null);
    onDone(resolved === null ? c.resolvedDone : c.reopenedDone);
  };
  return (
    <article className={`af-comment-thread${resolved === null ? "" : " af-comment-thread--resolved"}`} aria-label={c.threadLabel(first.author.name)} data-thread={thread.id}>
      <ol className="af-comment-thread__comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="af-comment">
            <p className="af-comment__meta">{c.wrote(comment.author.name, formatDateTime(comment.createdAt, locale))}</p>
            <p className="af-comment__body">{comment.body}</p>
            {comment.mentions.length > 0 && <p className="af-hint af-comment__mentions">{c.mentioned(comment.mentions.map((person) => person.name))}</p>}
          </li>
        ))}
      </ol>
      {resolved !== null && <p className="af-comment-thread__resolved">{c.resolvedBy(resolved.by.name, formatDateTime(resolved.at, locale))}</p>}
      {problem !== null && <p className="af-field-error" role="alert">{problem}</p>}
      {canComment && (
        <div className="af-comment-thread__actions">
          <button type="button" className="af-button af-button--small" onClick={() => void toggle()}>
            {resolved === null ? c.resolve : c.reopen}
          </button>
          <CommentComposer
            label={c.replyLabel(first.author.name)}
            button={c.replyButton}
            participants={comments.participants}
            onSend={async (body, mentions) => {
              const result = await comments.reply(thread.id, body, mentions);
              if (result.ok) onDone(c.sent);
              return result;
            }}
          />
        </div>
      )}
    </article>
  );
}
