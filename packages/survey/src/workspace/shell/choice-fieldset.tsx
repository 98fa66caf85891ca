import type { ReactNode } from "react";

/**
 * A short choice as radio buttons in a fieldset (who answers, which language, file or pasted text): the legend
 * names it, the hint and the error are tied to the group, and the first button carries the id the error summary
 * links to.
 */
export function ChoiceFieldset<V extends string>(props: {
  id: string;
  legend: string;
  hint?: ReactNode;
  options: { value: V; label: ReactNode }[];
  value: V | "";
  error?: string | undefined;
  inline?: boolean;
  onChange(value: V): void;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint === undefined ? null : hintId, props.error === undefined ? null : errorId].filter((x) => x !== null).join(" ") || undefined;
  return (
    <fieldset className={`af-ws-fieldset af-ws-field${props.error === undefined ? "" : " af-ws-field--error"}`} aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      {props.hint !== undefined && (
        <span id={hintId} className="af-hint">
          {props.hint}
        </span>
      )}
      {props.error !== undefined && (
        <span id={errorId} className="af-field-error af-ws-field__error">
          {props.error}
        </span>
      )}
      <div className={`af-ws-choices${props.inline === true ? " af-q-choices--inline" : ""}`}>
        {props.options.map((option, i) => (
          <label key={option.value} className="af-ws-choice">
            <input
              type="radio"
              {...(i === 0 ? { id: props.id } : {})}
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              aria-invalid={props.error === undefined ? undefined : true}
              onChange={() => props.onChange(option.value)}
            />
            <span className="af-ws-choice__text">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
