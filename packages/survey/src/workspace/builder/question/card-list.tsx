import { useEffect, useId, useState, type ReactNode } from "react";
import { moveChoice, removeChoice } from "./choice-list.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";
import { useRowKeys } from "./row-keys.js";

/**
 * A list of named parts edited one card each (a matrix's columns, a multiple-text question's items): every card
 * a fieldset with its own fields, moved and removed with buttons, the focus following the card.
 */
export function CardList({
  edit,
  legend,
  word,
  items,
  cardLegend,
  onChange,
  newItem,
  firstField,
  section,
  children,
}: {
  edit: QuestionEdit;
  legend: string;
  word: string;
  items: unknown[];
  cardLegend(index: number): string;
  onChange(items: unknown[]): void;
  /** the item "Tilføj" appends */
  newItem(): unknown;
  /** the id of a card's first field, focused when the card is added */
  firstField(index: number): string;
  /** the list is a section of the panel of its own, not part of one */
  section?: boolean;
  children(index: number): ReactNode;
}) {
  const { q } = useQuestionMessages();
  const { keys, added, removed, moved } = useRowKeys(items.length);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const base = useId();
  const button = (key: string, action: string) => `${base}-${key}-${action}`;

  useEffect(() => {
    if (focusNext === null) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const move = (index: number, direction: -1 | 1) => {
    const key = keys[index]!;
    const target = index + direction;
    moved(index, direction);
    onChange(moveChoice(items, index, direction));
    edit.announce(q.moved(word, target + 1));
    const atEdge = target === 0 || target === items.length - 1;
    setFocusNext(button(key, atEdge ? (direction === -1 ? "down" : "up") : direction === -1 ? "up" : "down"));
  };
  const remove = (index: number) => {
    removed(index);
    onChange(removeChoice(items, index));
    edit.announce(q.removed(word, index + 1));
    const next = keys[index + 1] ?? keys[index - 1];
    setFocusNext(next === undefined ? `${base}-add` : button(next, "remove"));
  };
  const add = () => {
    added();
    onChange([...items, newItem()]);
    edit.announce(q.added(word, items.length + 1));
    setFocusNext(firstField(items.length));
  };

  return (
    <fieldset className={section ? "af-qe-section" : "af-qe-subsection"}>
      <legend>{legend}</legend>
      {items.length === 0 && <p className="af-hint">{q.noItems(word)}</p>}
      <ol className="af-qe-cards">
        {items.map((_, index) => {
          const key = keys[index]!;
          const position = index + 1;
          return (
            <li key={key} className="af-qe-card">
              <fieldset>
                <legend>{cardLegend(index)}</legend>
                {children(index)}
                {!edit.readOnly && (
                  <div className="af-ws-actions af-qe-card__actions">
                    <button id={button(key, "up")} type="button" className="af-button af-button--small" aria-label={q.moveUp(word, position)} disabled={index === 0} onClick={() => move(index, -1)}>
                      ↑
                    </button>
                    <button id={button(key, "down")} type="button" className="af-button af-button--small" aria-label={q.moveDown(word, position)} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                      ↓
                    </button>
                    <button id={button(key, "remove")} type="button" className="af-button af-button--small af-button--danger" aria-label={q.remove(word, position)} onClick={() => remove(index)}>
                      {q.removeShort}
                    </button>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!edit.readOnly && (
        <div className="af-ws-actions">
          <button id={`${base}-add`} type="button" className="af-button af-button--small" onClick={add}>
            {q.add(word)}
          </button>
        </div>
      )}
    </fieldset>
  );
}
