import { useEffect, useId, useState, type ReactNode } from "react";
import { TextAreaField } from "../../shell/form-field.js";
import { addChoice, duplicateValues, moveChoice, readChoices, removeChoice, setChoiceText, setChoiceValue, valueFromText } from "./choice-list.js";
import { CellText } from "./cell-text.js";
import { lacks } from "./draft-text.js";
import { pastedChoices } from "./paste-choices.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";
import { useRowKeys } from "./row-keys.js";

export interface ChoiceListEditorProps {
  edit: QuestionEdit;
  /** the list's path below the element: `choices`, `rows`, `columns[1].choices` */
  field: string;
  legend: string;
  /** what one item is called, lower-case: "valgmulighed", "række" */
  word: string;
  /** the stem of a new item's value: `valg` → valg3 */
  stem: string;
  items: unknown;
  onChange(items: unknown[]): void;
  /** offer pasting several lines at once */
  paste?: boolean;
  /** the list is a section of the panel of its own, not part of one */
  section?: boolean;
  /** more fields at the end of the list's fieldset ("Andet", "Ingen") */
  children?: ReactNode;
}

/**
 * A list of SurveyJS items – value, Danish and English text – to add to, remove from and reorder with buttons
 * (the keyboard alone does it all; the focus follows the row that moved). Values given twice are marked at once,
 * before the save's findings come back.
 */
export function ChoiceListEditor({ edit, field, legend, word, stem, items, onChange, paste, section, children }: ChoiceListEditorProps) {
  const { q } = useQuestionMessages();
  const list = Array.isArray(items) ? items : [];
  const rows = readChoices(list);
  const duplicates = duplicateValues(list);
  const { keys, added, removed, moved, appended } = useRowKeys(list.length);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);
  const [pasteText, setPasteText] = useState("");
  const [pasteProblem, setPasteProblem] = useState<string | undefined>();
  const base = useId();
  const cell = (index: number, part: string) => edit.id(`${field}[${index}].${part}`);
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
    onChange(moveChoice(list, index, direction));
    edit.announce(q.moved(word, target + 1));
    const atEdge = target === 0 || target === list.length - 1;
    setFocusNext(button(key, atEdge ? (direction === -1 ? "down" : "up") : direction === -1 ? "up" : "down"));
  };
  const remove = (index: number) => {
    removed(index);
    onChange(removeChoice(list, index));
    edit.announce(q.removed(word, index + 1));
    const next = keys[index + 1] ?? keys[index - 1];
    setFocusNext(next === undefined ? `${base}-add` : button(next, "remove"));
  };
  const add = () => {
    added();
    onChange(addChoice(list, stem));
    edit.announce(q.added(word, list.length + 1));
    setFocusNext(cell(list.length, "text.da"));
  };
  const addPasted = () => {
    const made = pastedChoices(list, pasteText);
    if (made.length === 0) {
      setPasteProblem(q.pasteNothing);
      return;
    }
    appended(made.length);
    onChange([...list, ...made]);
    edit.announce(q.pasted(made.length));
    setPasting(false);
    setPasteText("");
    setPasteProblem(undefined);
    setFocusNext(`${base}-paste-open`);
  };

  return (
    <fieldset id={edit.id(field)} tabIndex={-1} className={section ? "af-qe-section" : "af-qe-subsection"}>
      <legend>{legend}</legend>
      {edit.errors(field) && <p className="af-field-error">{edit.errors(field)!.join(" ")}</p>}
      {rows.length === 0 ? (
        <p className="af-hint">{q.noItems(word)}</p>
      ) : (
        <div className="af-qe-table-wrap">
          <table className="af-qe-items">
            <thead>
              <tr>
                <th scope="col" className="af-qe-items__number">
                  <span className="af-visually-hidden">#</span>
                </th>
                <th scope="col">{q.valueLabel}</th>
                <th scope="col">{q.textDaLabel}</th>
                <th scope="col">{q.textEnLabel}</th>
                {!edit.readOnly && <td />}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const key = keys[index]!;
                const position = index + 1;
                const label = (part: string) => `${capitalised(word)} ${position}, ${part}`;
                return (
                  <tr key={key}>
                    <th scope="row" className="af-qe-items__number">
                      {position}
                    </th>
                    <td>
                      <CellText
                        id={cell(index, "value")}
                        label={label(q.valueLabel.toLowerCase())}
                        value={String(row.value)}
                        check={(text) => (text.trim() === "" ? q.valueEmpty : null)}
                        onCommit={(text) => onChange(setChoiceValue(list, index, valueFromText(text, row.value)))}
                        errors={[...(duplicates.has(String(row.value)) ? [q.valueDuplicate] : []), ...(edit.errors(`${field}[${index}].value`, { except: ["duplicate-choice"] }) ?? [])]}
                        readOnly={edit.readOnly}
                        spellCheck={false}
                      />
                    </td>
                    {(["da", "en"] as const).map((locale) => (
                      <td key={locale}>
                        <CellText
                          id={cell(index, `text.${locale}`)}
                          label={label(locale === "da" ? q.textDaLabel.toLowerCase() : q.textEnLabel.toLowerCase())}
                          value={row.text[locale] ?? ""}
                          onCommit={(text) => onChange(setChoiceText(list, index, locale, text))}
                          errors={edit.errors(`${field}[${index}].text.${locale}`)}
                          note={locale === "en" && lacks(row.text, "en") && !lacks(row.text, "da") && !edit.errors(`${field}[${index}].text.en`) ? q.missingEn : undefined}
                          readOnly={edit.readOnly}
                          {...(locale === "en" ? { lang: "en" } : {})}
                        />
                      </td>
                    ))}
                    {!edit.readOnly && (
                      <td className="af-qe-items__actions">
                        <button id={button(key, "up")} type="button" className="af-button af-button--small" aria-label={q.moveUp(word, position)} disabled={index === 0} onClick={() => move(index, -1)}>
                          ↑
                        </button>
                        <button
                          id={button(key, "down")}
                          type="button"
                          className="af-button af-button--small"
                          aria-label={q.moveDown(word, position)}
                          disabled={index === rows.length - 1}
                          onClick={() => move(index, 1)}
                        >
                          ↓
                        </button>
                        <button id={button(key, "remove")} type="button" className="af-button af-button--small af-button--danger" aria-label={q.remove(word, position)} onClick={() => remove(index)}>
                          {q.removeShort}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!edit.readOnly && (
        <div className="af-ws-actions">
          <button id={`${base}-add`} type="button" className="af-button af-button--small" onClick={add}>
            {q.add(word)}
          </button>
          {paste && !pasting && (
            <button
              id={`${base}-paste-open`}
              type="button"
              className="af-button af-button--small"
              aria-expanded={false}
              onClick={() => {
                setPasting(true);
                setFocusNext(`${base}-paste`);
              }}
            >
              {q.pasteOpen}
            </button>
          )}
        </div>
      )}
      {paste && pasting && !edit.readOnly && (
        <div className="af-qe-paste">
          <TextAreaField id={`${base}-paste`} label={q.pasteLabel} hint={q.pasteHint} error={pasteProblem} value={pasteText} rows={5} onChange={(event) => setPasteText(event.target.value)} />
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--small af-button--primary" onClick={addPasted}>
              {q.pasteAdd}
            </button>
            <button
              type="button"
              className="af-button af-button--small"
              onClick={() => {
                setPasting(false);
                setPasteProblem(undefined);
                setFocusNext(`${base}-paste-open`);
              }}
            >
              {q.pasteCancel}
            </button>
          </div>
        </div>
      )}
      {children}
    </fieldset>
  );
}

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase("da") + word.slice(1);
