import { addElement, builderQuestionTypes, newElement, type BuilderQuestionType } from "@afrapport/schema";
import { useId, useRef, useState } from "react";
import { useBuilderMessages } from "./builder-messages.js";
import { addQuestionId, outlineRowId } from "./editor-selection.js";
import { useOutline } from "./outline-context.js";
import { QuestionTypeBadge } from "./question-type-badge.js";

/**
 * "Tilføj spørgsmål": a button that opens the list of question types; choosing one adds a new question of that
 * type at the place given (last in the container, or right after a question) and selects it.
 */
export function AddQuestionMenu({ container, index, label, ariaLabel, compact = false }: { container: string; index?: number; label: string; ariaLabel?: string; compact?: boolean }) {
  const { b } = useBuilderMessages();
  const { apply, readOnly, draft } = useOutline();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  if (readOnly) return null;

  const add = (type: BuilderQuestionType) => {
    setOpen(false);
    const element = newElement(draft, type);
    const name = String(element.name);
    apply((current) => addElement(current, element, { container, ...(index === undefined ? {} : { index }) }), { select: { kind: "element", name }, focus: outlineRowId(name) });
  };

  return (
    <div className={`af-builder-add${compact ? " af-builder-add--compact" : ""}`}>
      <button
        ref={toggle}
        id={index === undefined ? addQuestionId(container) : undefined}
        type="button"
        className={`af-button af-button--small${compact ? "" : " af-builder-add__toggle"}`}
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      <div
        id={listId}
        hidden={!open}
        className="af-builder-add__menu"
        role="group"
        aria-label={b.chooseType}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            setOpen(false);
            toggle.current?.focus();
          }
        }}
      >
        <ul>
          {builderQuestionTypes.map((type) => (
            <li key={type}>
              <button type="button" className="af-builder-add__type" onClick={() => add(type)}>
                <QuestionTypeBadge type={type} decorative />
                <span>{b.typeLabel[type]}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="af-ws-link-button"
          onClick={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
        >
          {b.cancel}
        </button>
      </div>
    </div>
  );
}

