import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

interface FieldFrame {
  /** the id the error summary links to; generated when left out */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}

/**
 * Label, hint, error and control in one block: the hint and the error are tied to the control with
 * aria-describedby, the control is aria-invalid while the error shows, and the error sits right above it (where a
 * screen magnifier user looks), in words, not colour alone.
 */
function Frame({ id, label, hint, error, className, children }: FieldFrame & { id: string; children: (describedBy: string | undefined) => ReactNode }) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId].filter((x) => x !== null).join(" ") || undefined;
  return (
    <div className={`af-ws-field${error === undefined ? "" : " af-ws-field--error"}${className === undefined ? "" : ` ${className}`}`}>
      <label htmlFor={id} className="af-ws-field__label">
        {label}
      </label>
      {hint !== undefined && (
        <span id={hintId} className="af-hint">
          {hint}
        </span>
      )}
      {error !== undefined && (
        <span id={errorId} className="af-field-error af-ws-field__error">
          {error}
        </span>
      )}
      {children(describedBy)}
    </div>
  );
}

export function TextField({ id, label, hint, error, className, ...input }: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const fallback = useId();
  const fieldId = id ?? fallback;
  return (
    <Frame id={fieldId} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => <input id={fieldId} className="af-ws-input" aria-describedby={describedBy} aria-invalid={error === undefined ? undefined : true} {...input} />}
    </Frame>
  );
}

export function TextAreaField({ id, label, hint, error, className, ...input }: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const fallback = useId();
  const fieldId = id ?? fallback;
  return (
    <Frame id={fieldId} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <textarea id={fieldId} className="af-ws-input af-ws-textarea" aria-describedby={describedBy} aria-invalid={error === undefined ? undefined : true} {...input} />
      )}
    </Frame>
  );
}

export function SelectField({ id, label, hint, error, className, children, ...select }: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const fallback = useId();
  const fieldId = id ?? fallback;
  return (
    <Frame id={fieldId} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <select id={fieldId} className="af-ws-input af-ws-select" aria-describedby={describedBy} aria-invalid={error === undefined ? undefined : true} {...select}>
          {children}
        </select>
      )}
    </Frame>
  );
}
