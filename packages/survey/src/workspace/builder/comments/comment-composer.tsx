import { maxDraftCommentLength, type DraftParticipant } from "@afrapport/schema/api";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { ApiResult } from "../../api/workspace-api.js";
import { apiErrorText } from "../../shell/api-error-text.js";
import { useWorkspaceMessages } from "../../shell/use-workspace-messages.js";
import { useCommentMessages } from "./comment-messages.js";
import { insertMention, matchMentions, mentionAt, mentionsIn, type MentionQuery } from "./mention-query.js";

/**
 * A comment being written, with @-mentions: typing "@" and part of a name opens a list of the participants it
 * matches under the field; ↑/↓ move in it, Enter or Tab choose, Escape closes it (the field keeps focus all the
 * while, the list is its aria-activedescendant). The comment is sent with the button (or Ctrl+Enter).
 */
export function CommentComposer({
  label,
  button,
  participants,
  onSend,
}: {
  label: string;
  button: string;
  participants: readonly DraftParticipant[];
  onSend(body: string, mentions: string[]): Promise<ApiResult<unknown>>;
}) {
  const { c } = useCommentMessages();
  const { w } = useWorkspaceMessages();
  const id = `af-comment-${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<DraftParticipant[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const matches = query === null ? [] : matchMentions(participants, query.query);
  const open = query !== null;
  const listId = `${id}-mentions`;
  const optionId = (i: number) => `${id}-mention-${i}`;

  const track = (next: string, caret: number) => {
    setText(next);
    const found = mentionAt(next, caret);
    if (found?.query !== query?.query || found?.start !== query?.start) setActive(0);
    setQuery(found);
  };

  const choose = (person: DraftParticipant) => {
    if (query === null) return;
    const caret = field.current?.selectionStart ?? text.length;
    const result = insertMention(text, query, caret, person.name);
    setText(result.text);
    setQuery(null);
    setChosen((known) => (known.some((p) => p.id === person.id) ? known : [...known, person]));
    requestAnimationFrame(() => field.current?.setSelectionRange(result.caret, result.caret));
  };

  const send = async () => {
    const body = text.trim();
    if (body === "") return setProblem(c.empty);
    if (body.length > maxDraftCommentLength) return setProblem(c.tooLong(maxDraftCommentLength));
    setSending(true);
    const result = await onSend(body, mentionsIn(body, chosen));
    setSending(false);
    if (!result.ok) return setProblem(c.failed(apiErrorText(result.error, w)));
    setProblem(null);
    setText("");
    setChosen([]);
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
      return;
    }
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    } else if (matches.length > 0 && event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => (i + 1) % matches.length);
    } else if (matches.length > 0 && event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i - 1 + matches.length) % matches.length);
    } else if (matches.length > 0 && (event.key === "Enter" || event.key === "Tab")) {
      event.preventDefault();
      choose(matches[Math.min(active, matches.length - 1)]!);
    }
  };

  return (
    <form
      className="af-comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div className={`af-ws-field${problem === null ? "" : " af-ws-field--error"}`}>
        <label htmlFor={id} className="af-ws-field__label">
          {label}
        </label>
        <span id={`${id}-hint`} className="af-hint">
          {c.mentionHint}
        </span>
        {problem !== null && (
          <span id={`${id}-error`} className="af-field-error af-ws-field__error" role="alert">
            {problem}
          </span>
        )}
        <div className="af-comment-form__field">
          <textarea
            ref={field}
            id={id}
            className="af-ws-input af-ws-textarea"
            rows={3}
            value={text}
            aria-describedby={`${id}-hint${problem === null ? "" : ` ${id}-error`}`}
            aria-invalid={problem === null ? undefined : true}
            aria-autocomplete="list"
            aria-controls={open ? listId : undefined}
            aria-activedescendant={open && matches.length > 0 ? optionId(Math.min(active, matches.length - 1)) : undefined}
            onChange={(event) => track(event.target.value, event.target.selectionStart)}
            onSelect={(event) => {
              const target = event.currentTarget;
              const found = mentionAt(target.value, target.selectionStart);
              if (found?.start !== query?.start) setQuery(found);
            }}
            onBlur={() => setQuery(null)}
            onKeyDown={onKeyDown}
          />
          {open && (
            <ul id={listId} role="listbox" className="af-mention-list" aria-label={c.mentionListLabel}>
              {matches.length === 0 ? (
                <li role="option" aria-selected="false" aria-disabled="true" className="af-mention-list__none" id={optionId(0)}>
                  {c.mentionNone}
                </li>
              ) : (
                matches.map((person, i) => (
                  <li
                    key={person.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={`af-mention-list__option${i === active ? " af-mention-list__option--active" : ""}`}
                    onMouseDown={(event) => {
                      // keeps the focus in the field
                      event.preventDefault();
                      choose(person);
                    }}
                  >
                    {c.mentionOption(person.name, person.organisation ?? null)} <span className="af-hint">· {c.access[person.access]}</span>
                  </li>
                ))
              )}
            </ul>
          )}
        </div>
      </div>
      <button type="submit" className="af-button af-button--small af-button--primary" disabled={sending}>
        {button}
      </button>
    </form>
  );
}
