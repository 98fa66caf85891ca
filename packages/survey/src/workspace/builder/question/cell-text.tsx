import { type ReactNode } from "react";
import { useLocalValue } from "./local-field.js";

/**
 * A text field in a row of a list (a choice's value or text): named by aria-label, since the column heading shows
 * what it is; its problems and a missing-language mark sit under it and are tied to it with aria-describedby.
 * With `check`, a text that has a problem stays in the field and is not handed on.
 */
export function CellText({
  id,
  label,
  value,
  onCommit,
  errors,
  note,
  check,
  lang,
  readOnly,
  spellCheck,
}: {
  id: string;
  label: string;
  value: string;
  onCommit(next: string): void;
  errors?: readonly string[] | undefined;
  /** a mark under the field, e.g. "Mangler på engelsk" */
  note?: ReactNode;
  check?(text: string): string | null;
  lang?: string;
  readOnly?: boolean;
  spellCheck?: boolean;
}) {
  const [local, change] = useLocalValue(value, (next) => {
    if (check?.(next) == null) onCommit(next);
  });
  const problem = check?.(local) ?? null;
  const all = [...(problem === null ? [] : [problem]), ...(errors ?? [])];
  const noteId = `${id}-note`;
  const errorId = `${id}-error`;
  const describedBy = [note === undefined ? null : noteId, all.length > 0 ? errorId : null].filter((part) => part !== null).join(" ") || undefined;
  return (
    <div className={`af-qe-cell${all.length > 0 ? " af-qe-cell--error" : ""}`}>
      <input
        id={id}
        className="af-ws-input"
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={all.length > 0 ? true : undefined}
        value={local}
        readOnly={readOnly}
        spellCheck={spellCheck}
        lang={lang}
        onChange={(event) => change(event.target.value)}
      />
      {note !== undefined && (
        <span id={noteId} className="af-qe-cell__note">
          {note}
        </span>
      )}
      {all.length > 0 && (
        <span id={errorId} className="af-field-error af-qe-cell__error">
          {all.join(" ")}
        </span>
      )}
    </div>
  );
}
