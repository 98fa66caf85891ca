import { useId, useState } from "react";
import { formatDateTime } from "../../../format.js";
import { useCommentMessages } from "./comment-messages.js";
import { filterThreads, type ThreadFilter } from "./comment-threads.js";
import type { DraftComments } from "./use-draft-comments.js";

const filters: ThreadFilter[] = ["open", "resolved", "all"];

/**
 * "Kommentarer": every thread of the draft in one list, open ones by default (or the resolved, or all), the most
 * recently active first, each with a button to the question it is on.
 */
export function CommentsList({ comments, titleOf, onGo }: { comments: DraftComments; titleOf(element: string): string; onGo(element: string | null): void }) {
  const { c, locale } = useCommentMessages();
  const [filter, setFilter] = useState<ThreadFilter>("open");
  const [open, setOpen] = useState(false);
  const name = useId();
  const openCount = comments.threads.filter((thread) => thread.resolved === null).length;
  const shown = filterThreads(comments.threads, filter);
  return (
    <details className="af-builder-findings af-comments-list" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{c.listHeading(openCount)}</summary>
      <fieldset className="af-comments-list__filter">
        <legend>{c.filterLabel}</legend>
        {filters.map((value) => (
          <span key={value} className="af-ws-check">
            <input id={`${name}-${value}`} type="radio" name={name} value={value} checked={filter === value} onChange={() => setFilter(value)} />
            <label htmlFor={`${name}-${value}`}>{c.filter[value]}</label>
          </span>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="af-hint">{c.listEmpty[filter]}</p>
      ) : (
        <ul className="af-comments-list__items">
          {shown.map((thread) => {
            const first = thread.comments[0]!;
            const where = thread.element === null ? c.onDraft : c.onQuestion(titleOf(thread.element));
            return (
              <li key={thread.id}>
                <p className="af-comments-list__where">{where}</p>
                <p className="af-comments-list__excerpt">{first.body.length > 140 ? `${first.body.slice(0, 137)}…` : first.body}</p>
                <p className="af-hint">
                  {c.wrote(first.author.name, formatDateTime(first.createdAt, locale))} · {c.replies(thread.comments.length - 1)}
                  {thread.resolved !== null && ` · ${c.filter.resolved.toLocaleLowerCase(locale === "da" ? "da-DK" : "en-GB")}`}
                </p>
                <button type="button" className="af-ws-link-button" onClick={() => onGo(thread.element)}>
                  {thread.element === null ? c.onDraft : c.goTo(titleOf(thread.element))}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
