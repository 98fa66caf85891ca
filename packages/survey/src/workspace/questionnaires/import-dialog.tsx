import { locales, type Locale } from "@afrapport/schema";
import { questionnaireApi, type AnnouncementView, type DraftView, type Finding } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { formatBytes } from "../../format.js";
import { findingText } from "../builder/finding-text.js";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ChoiceFieldset } from "../shell/choice-fieldset.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextAreaField, TextField } from "../shell/form-field.js";
import { Link } from "../shell/navigation.js";
import { draftPath } from "../workspace-routes.js";
import { AnnouncementAudienceFields } from "./announcement-audience-fields.js";
import { draftTitle } from "./catalogue-entries.js";
import { emptyImport, importErrors, importFieldForServer, importFields, maxImportChars, readImport, type ImportField, type ImportValues } from "./import-form.js";
import { groupNotes } from "./note-groups.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

const fieldIds: Record<ImportField, string> = {
  announcementId: "import-announcement",
  audience: "import-audience",
  key: "import-key",
  survey: "import-survey",
};

/**
 * "Importér SurveyJS": a file or pasted JSON, the announcement, audience, key and the language of its plain texts.
 * After the import the dialog shows the import's notes – what was inferred, what could not come along – in the
 * reader's words, with the way into the new draft. When survey-core cannot read the JSON, its reasons are listed.
 */
export function ImportDialog({ open, announcements, announcementId, onClose }: { open: boolean; announcements: AnnouncementView[]; announcementId: string | null; onClose(imported: boolean): void }) {
  const { q } = useQuestionnairesMessages();
  const [imported, setImported] = useState(false);
  const close = () => {
    onClose(imported);
    setImported(false);
  };
  return (
    <Dialog title={q.importSurveyJs} open={open} wide onClose={close}>
      {open && <ImportForm announcements={announcements} announcementId={announcementId ?? announcements[0]?.id ?? ""} onImported={() => setImported(true)} onClose={close} />}
    </Dialog>
  );
}

function ImportForm({ announcements, announcementId, onImported, onClose }: { announcements: AnnouncementView[]; announcementId: string; onImported(): void; onClose(): void }) {
  const { q, w, locale } = useQuestionnairesMessages();
  const { api } = useSession();
  const [values, setValues] = useState<ImportValues>(() => emptyImport(announcementId));
  const [problems, setProblems] = useState<Partial<Record<ImportField, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [loadErrors, setLoadErrors] = useState<Finding[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ draft: DraftView; notes: Finding[] } | null>(null);
  const set = (change: Partial<ImportValues>) => setValues((previous) => ({ ...previous, ...change }));

  if (announcements.length === 0) return <p>{q.noAnnouncementToDraft}</p>;
  if (result !== null) return <ImportDone draft={result.draft} notes={result.notes} onClose={onClose} />;

  const chooseFile = (file: File | undefined) => {
    setProblems((previous) => ({ ...previous, survey: undefined }));
    if (file === undefined) return set({ file: null });
    // the API takes 2,000,000 characters; a file far beyond that is refused before it is read
    if (file.size > maxImportChars * 4) {
      set({ file: null });
      return setProblems((previous) => ({ ...previous, survey: q.errorImportTooLarge }));
    }
    file.text().then(
      (text) => set({ file: { name: file.name, text } }),
      () => {
        set({ file: null });
        setProblems((previous) => ({ ...previous, survey: q.errorFileUnreadable }));
      },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    setLoadErrors([]);
    const read = readImport(values, announcements, q);
    if (!read.ok) return setProblems(read.problems);
    setProblems({});
    setBusy(true);
    const answer = await api.call(questionnaireApi.importDraft, { body: read.input });
    setBusy(false);
    if (answer.ok) {
      onImported();
      setResult(answer.value);
      return;
    }
    const errors = importErrors(answer.error);
    if (errors.length > 0) {
      setLoadErrors(errors);
      setProblems({ survey: q.importCannotLoad });
      return;
    }
    const field = importFieldForServer(answer.error.field);
    const message = apiErrorText(answer.error, w, {
      overrides: { conflict: q.errorArchivedNoDrafts },
      fieldLabels: { announcementId: q.fieldAnnouncement, audience: q.fieldAudience, key: q.fieldKey, survey: q.fieldPaste, language: q.fieldLanguage },
    });
    if (field !== null && answer.error.status === 400) setProblems({ [field]: message });
    else setFormProblem(message);
  };

  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...importFields.flatMap((field) => (problems[field] === undefined ? [] : [{ fieldId: fieldIds[field], message: problems[field] }])),
  ];
  const published = announcements.find((announcement) => announcement.id === values.announcementId)?.questionnaires ?? [];

  return (
    <>
      <ErrorSummary problems={summary} attempt={attempt} />
      <p>{q.importIntro}</p>
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <AnnouncementAudienceFields
          ids={fieldIds}
          announcements={announcements}
          values={values}
          problems={problems}
          onChange={(change) => set(change)}
        />
        <TextField
          id={fieldIds.key}
          label={q.fieldKey}
          hint={`${q.fieldKeyHint} ${q.importKeyHint}`}
          value={values.key}
          maxLength={80}
          spellCheck={false}
          autoCapitalize="none"
          list="import-published-keys"
          error={problems.key}
          onChange={(event) => {
            const key = event.target.value;
            const same = published.find((questionnaire) => questionnaire.key === key.trim());
            set(same === undefined ? { key } : { key, audience: same.audience });
          }}
        />
        <datalist id="import-published-keys">
          {published.map((questionnaire) => (
            <option key={questionnaire.key} value={questionnaire.key} />
          ))}
        </datalist>
        <ChoiceFieldset<Locale>
          id="import-language"
          legend={q.fieldLanguage}
          hint={q.fieldLanguageHint}
          inline
          options={locales.map((language) => ({ value: language, label: q.languageNames[language] }))}
          value={values.language}
          onChange={(language) => set({ language })}
        />
        <ChoiceFieldset<"file" | "paste">
          id="import-source"
          legend={q.importSourceLegend}
          inline
          options={[
            { value: "file", label: q.importFromFile },
            { value: "paste", label: q.importFromPaste },
          ]}
          value={values.source}
          onChange={(source) => {
            set({ source });
            setProblems((previous) => ({ ...previous, survey: undefined }));
          }}
        />
        {values.source === "file" ? (
          <TextField
            id={fieldIds.survey}
            type="file"
            accept=".json,application/json"
            label={q.fieldFile}
            hint={values.file === null ? q.fieldFileHint : q.fileChosen(values.file.name, formatBytes(values.file.text.length, locale))}
            error={problems.survey}
            onChange={(event) => chooseFile(event.target.files?.[0])}
          />
        ) : (
          <TextAreaField
            id={fieldIds.survey}
            className="af-q-json"
            label={q.fieldPaste}
            hint={q.fieldPasteHint}
            rows={10}
            spellCheck={false}
            value={values.pasted}
            error={problems.survey}
            onChange={(event) => set({ pasted: event.target.value })}
          />
        )}
        {loadErrors.length > 0 && (
          <ul className="af-q-findings" aria-label={q.importCannotLoad}>
            {loadErrors.map((error, i) => (
              <li key={`${error.path}-${i}`}>{findingText(error, locale)}</li>
            ))}
          </ul>
        )}
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {busy ? q.importBusy : q.submitImport}
          </button>
          <button type="button" className="af-button" onClick={onClose}>
            {w.cancel}
          </button>
        </div>
        <p className="af-visually-hidden" role="status">
          {busy ? q.importBusy : ""}
        </p>
      </form>
    </>
  );
}

/** The import went through: its notes in words, and the way into the draft. */
function ImportDone({ draft, notes, onClose }: { draft: DraftView; notes: Finding[]; onClose(): void }) {
  const { q, locale } = useQuestionnairesMessages();
  const title = draftTitle({ title: draft.content.title }, locale) ?? draft.key;
  return (
    <div className="af-q-result">
      <div className="af-notice af-notice--success" role="status">
        <p>
          {q.importDone} <strong>{title}</strong>
        </p>
      </div>
      {notes.length === 0 ? (
        <p>{q.importNoNotes}</p>
      ) : (
        <>
          <h3>{q.importNotesHeading(notes.length)}</h3>
          <ul className="af-q-findings">
            {groupNotes(draft.content, notes, q, locale).map((group) => (
              <li key={group.subject}>
                <strong>{group.subject}</strong>
                <ul>
                  {group.notes.map((note, i) => (
                    <li key={`${note.path}-${i}`}>{findingText(note, locale)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="af-ws-actions">
        <Link className="af-button af-button--primary" href={draftPath(draft.id)} onClick={onClose}>
          {q.openImportedDraft}
        </Link>
      </div>
    </div>
  );
}
