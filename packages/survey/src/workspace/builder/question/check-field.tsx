import type { ReactNode } from "react";

/** A labelled checkbox with its hint and findings tied to it. */
export function CheckField({
  id,
  label,
  hint,
  errors,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[] | undefined;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasErrors = errors !== undefined && errors.length > 0;
  const describedBy = [hint === undefined ? null : hintId, hasErrors ? errorId : null].filter((part) => part !== null).join(" ") || undefined;
  return (
    <div className={`af-ws-check af-qe-check${hasErrors ? " af-ws-field--error" : ""}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={hasErrors ? true : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <span id={hintId} className="af-hint">
          {hint}
        </span>
      )}
      {hasErrors && (
        <span id={errorId} className="af-field-error">
          {errors.join(" ")}
        </span>
      )}
    </div>
  );
}
