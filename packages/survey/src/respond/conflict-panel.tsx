import { useEffect, useId, useRef, useState } from "react";
import type { Messages } from "../i18n/messages.js";
import { choose, isResolved, unresolved, type ConflictResolution, type ConflictSide } from "./conflict-resolution.js";

export interface ConflictPanelProps {
  resolution: ConflictResolution;
  t: Messages;
  /** the question's title in the current language */
  titleOf(question: string): string;
  /** an answer as a person reads it ("" for no answer) */
  displayOf(question: string, value: unknown): string;
  onChange(resolution: ConflictResolution): void;
  onSave(resolution: ConflictResolution): void;
}

/**
 * Each collision side by side – the colleague's answer and mine, under the question's title – with a choice per
 * question. Saving is refused until every question has a choice: nothing is decided for the person.
 */
export function ConflictPanel({ resolution, t, titleOf, displayOf, onChange, onSave }: ConflictPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const baseId = useId();
  const [showMissing, setShowMissing] = useState(false);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const missing = unresolved(resolution);
  const pick = (question: string, side: ConflictSide) => {
    onChange(choose(resolution, question, side));
  };
  return (
    <section className="af-conflicts" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} ref={headingRef} tabIndex={-1}>
        {t.conflictHeading}
      </h2>
      <p>{t.conflictIntro}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (isResolved(resolution)) onSave(resolution);
          else setShowMissing(true);
        }}
      >
        {resolution.conflicts.map((conflict, index) => {
          const name = `${baseId}-q${index}`;
          const chosen = resolution.choices[conflict.question];
          const sides: { side: ConflictSide; label: string; keep: string; value: unknown }[] = [
            { side: "theirs", label: t.conflictTheirs, keep: t.conflictKeepTheirs, value: conflict.theirs },
            { side: "mine", label: t.conflictMine, keep: t.conflictKeepMine, value: conflict.mine },
          ];
          return (
            <fieldset key={conflict.question} className="af-conflict" data-question={conflict.question}>
              <legend className="af-conflict__title">{titleOf(conflict.question)}</legend>
              {showMissing && chosen === undefined ? (
                <p className="af-field-error" id={`${name}-error`}>
                  {t.conflictMissing(1)}
                </p>
              ) : null}
              <div className="af-conflict__sides">
                {sides.map(({ side, label, keep, value }) => {
                  const text = displayOf(conflict.question, value);
                  const id = `${name}-${side}`;
                  return (
                    <div key={side} className={`af-conflict__side${chosen === side ? " af-conflict__side--chosen" : ""}`}>
                      <h3 className="af-conflict__label" id={`${id}-label`}>
                        {label}
                      </h3>
                      <div className="af-conflict__value" id={`${id}-value`}>
                        {text === "" ? <em>{t.conflictEmpty}</em> : text}
                      </div>
                      <div className="af-conflict__choice">
                        <input
                          type="radio"
                          id={id}
                          name={name}
                          value={side}
                          checked={chosen === side}
                          onChange={() => pick(conflict.question, side)}
                          aria-describedby={`${id}-value${showMissing && chosen === undefined ? ` ${name}-error` : ""}`}
                        />
                        <label htmlFor={id}>{keep}</label>
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        {showMissing && missing.length > 0 ? (
          <p className="af-field-error" role="alert">
            {t.conflictMissing(missing.length)}
          </p>
        ) : null}
        <button type="submit" className="af-button af-button--primary">
          {t.conflictSave}
        </button>
      </form>
    </section>
  );
}
