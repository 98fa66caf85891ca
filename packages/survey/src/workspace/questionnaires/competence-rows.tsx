import { useEffect, useRef } from "react";
import { TextField } from "../shell/form-field.js";
import { announcementFieldId, competenceId, newCompetenceRow, type AnnouncementProblems, type CompetenceRow } from "./announcement-form.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

/**
 * The announcement's competences as rows of Danish name, English name and id (made from the Danish name unless
 * typed). A new row takes focus at its first field; a removed row hands focus to the row before it, or to "Tilføj".
 */
export function CompetenceRows({ rows, problems, onChange }: { rows: CompetenceRow[]; problems: AnnouncementProblems; onChange(rows: CompetenceRow[]): void }) {
  const { q } = useQuestionnairesMessages();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<string | null>(null);
  const listError = problems.competences;

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    (target === "add" ? addButton.current : document.getElementById(target))?.focus();
  });

  const set = (index: number, change: Partial<CompetenceRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset
      className={`af-ws-fieldset af-q-competences${listError === undefined ? "" : " af-ws-field af-ws-field--error"}`}
      aria-describedby={`announcement-competences-hint${listError === undefined ? "" : " announcement-competences-error"}`}
    >
      <legend id={announcementFieldId("competences")} tabIndex={-1}>
        {q.competencesLegend}
      </legend>
      <span id="announcement-competences-hint" className="af-hint">
        {q.competencesHint}
      </span>
      {listError !== undefined && (
        <span id="announcement-competences-error" className="af-field-error af-ws-field__error">
          {listError}
        </span>
      )}
      <ol className="af-q-competences__list">
        {rows.map((row, i) => {
          const field = (name: string) => `competences.${i}.${name}`;
          const suggested = row.id.trim() === "" ? competenceId(row) : "";
          return (
            <li key={row.rowKey}>
              <fieldset className="af-ws-fieldset af-q-competence">
                <legend>{q.competenceLegend(i + 1)}</legend>
                <div className="af-q-competence__fields">
                  <TextField
                    id={announcementFieldId(field("title.da"))}
                    label={q.competenceDa}
                    value={row.da}
                    maxLength={300}
                    error={problems[field("title.da")]}
                    onChange={(event) => set(i, { da: event.target.value })}
                  />
                  <TextField
                    id={announcementFieldId(field("title.en"))}
                    label={q.competenceEn}
                    lang="en"
                    value={row.en}
                    maxLength={300}
                    error={problems[field("title.en")]}
                    onChange={(event) => set(i, { en: event.target.value })}
                  />
                  <TextField
                    id={announcementFieldId(field("id"))}
                    label={q.competenceId}
                    hint={q.competenceIdHint(suggested)}
                    value={row.id}
                    maxLength={80}
                    spellCheck={false}
                    autoCapitalize="none"
                    error={problems[field("id")]}
                    onChange={(event) => set(i, { id: event.target.value })}
                  />
                </div>
                {rows.length > 1 && (
                  <button
                    type="button"
                    className="af-button af-button--small af-button--danger"
                    onClick={() => {
                      focusNext.current = i > 0 ? announcementFieldId(`competences.${i - 1}.title.da`) : "add";
                      onChange(rows.filter((_, j) => j !== i));
                    }}
                  >
                    {q.removeCompetence(i + 1)}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        ref={addButton}
        className="af-button af-button--small"
        onClick={() => {
          focusNext.current = announcementFieldId(`competences.${rows.length}.title.da`);
          onChange([...rows, newCompetenceRow()]);
        }}
      >
        {q.addCompetence}
      </button>
    </fieldset>
  );
}
