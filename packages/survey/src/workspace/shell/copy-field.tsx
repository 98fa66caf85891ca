import { useId, useState } from "react";
import { copyText } from "./copy-text.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

/**
 * A value to copy (a new link, a message's text) in a read-only field the person can also select by hand, with a
 * copy button and a polite live message saying whether the copy worked.
 */
export function CopyField({ label, value, buttonLabel, multiline = false }: { label: string; value: string; buttonLabel?: string; multiline?: boolean }) {
  const { w } = useWorkspaceMessages();
  const id = useId();
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  return (
    <div className="af-ws-copy">
      <label htmlFor={id} className="af-ws-field__label">
        {label}
      </label>
      <div className="af-ws-copy__row">
        {multiline ? (
          <textarea id={id} className="af-ws-input af-ws-copy__value" readOnly value={value} rows={8} onFocus={(event) => event.currentTarget.select()} />
        ) : (
          <input id={id} className="af-ws-input af-ws-copy__value" readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        )}
        <button
          type="button"
          className="af-button"
          onClick={() => {
            void copyText(value).then((copied) => setResult(copied ? "copied" : "failed"));
          }}
        >
          {buttonLabel ?? w.copy}
        </button>
      </div>
      <p className={`af-ws-copy__status${result === "failed" ? " af-field-error" : ""}`} role="status">
        {result === "copied" ? w.copied : result === "failed" ? w.copyFailed : ""}
      </p>
    </div>
  );
}
