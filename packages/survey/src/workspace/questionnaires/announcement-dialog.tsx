import { defaultScreeningThresholds, formatDanishNumber, type Competence } from "@afrapport/schema";
import { announcementApi, type AnnouncementView, type CopyNote } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/api-error.js";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextAreaField, TextField } from "../shell/form-field.js";
import { Link } from "../shell/navigation.js";
import { draftPath } from "../workspace-routes.js";
import {
  announcementFieldForServer,
  announcementFieldId,
  announcementFieldOrder,
  initialAnnouncementValues,
  readCopyAnnouncement,
  readCreateAnnouncement,
  readUpdateAnnouncement,
  thresholdFields,
  type AnnouncementFormMode,
  type AnnouncementFormValues,
  type AnnouncementProblems,
} from "./announcement-form.js";
import { draftTitle } from "./catalogue-entries.js";
import { CompetenceRows } from "./competence-rows.js";
import { copyNoteText } from "./copy-note-text.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";
import { suggestSlug } from "./suggest-slug.js";

export type AnnouncementDialogState = { mode: "create" } | { mode: "edit" | "copy"; announcement: AnnouncementView };

/** What the page does once the dialog succeeded: show `text`, and go to the announcement. */
export interface AnnouncementDone {
  announcementId: string;
  text: string;
}

/** "Ny udmelding", "Redigér udmelding" and "Kopiér til ny udmelding": one form, three requests. */
export function AnnouncementDialog({ state, onClose, onDone }: { state: AnnouncementDialogState | null; onClose(): void; onDone(done: AnnouncementDone): void }) {
  const { q, locale } = useQuestionnairesMessages();
  const title =
    state === null ? "" : state.mode === "create" ? q.announcementFormCreate : state.mode === "edit" ? q.announcementFormEdit : q.announcementFormCopy(state.announcement.title[locale]);
  return (
    <Dialog title={title} open={state !== null} wide onClose={onClose}>
      {state !== null && (
        <AnnouncementForm key={state.mode === "create" ? "create" : `${state.mode}-${state.announcement.id}`} state={state} onClose={onClose} onDone={onDone} />
      )}
    </Dialog>
  );
}

interface CopyResult {
  announcement: AnnouncementView;
  notes: CopyNote[];
}

function AnnouncementForm({ state, onClose, onDone }: { state: AnnouncementDialogState; onClose(): void; onDone(done: AnnouncementDone): void }) {
  const { q, w, locale } = useQuestionnairesMessages();
  const { api } = useSession();
  const mode: AnnouncementFormMode = state.mode;
  const template = state.mode === "create" ? undefined : state.announcement;
  const [values, setValues] = useState<AnnouncementFormValues>(() => initialAnnouncementValues(mode, template, q));
  // the id follows the Danish title until the person types an id of their own
  const [idEdited, setIdEdited] = useState(false);
  const [problems, setProblems] = useState<AnnouncementProblems>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<CopyResult | null>(null);
  const set = <K extends keyof AnnouncementFormValues>(key: K, value: AnnouncementFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  if (copied !== null) return <CopyDone result={copied} templateCompetences={template?.competences ?? []} onDone={onDone} onClose={onClose} />;

  const refused = (error: ApiError) => {
    const field = announcementFieldForServer(error.field, values, mode);
    const message = apiErrorText(error, w, {
      overrides: { already_exists: q.announcementIdTaken, stale_revision: q.announcementChangedMeanwhile },
      fieldLabels: { id: q.fieldId, title: q.fieldTitleDa, issued: q.fieldIssued, targetGroup: q.fieldTargetGroupDa, competences: q.competencesLegend, thresholds: q.thresholdsLegend },
    });
    if (field !== null && (error.status === 400 || error.code === "already_exists")) {
      setProblems({ [field]: message });
      setFormProblem(null);
    } else {
      setProblems({});
      setFormProblem(message);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    if (state.mode === "create") {
      const read = readCreateAnnouncement(values, q);
      if (!read.ok) return setProblems(read.problems);
      setProblems({});
      setBusy(true);
      const result = await api.call(announcementApi.create, { body: read.input });
      setBusy(false);
      if (!result.ok) return refused(result.error);
      onDone({ announcementId: result.value.announcement.id, text: q.announcementCreated(result.value.announcement.title[locale]) });
    } else if (state.mode === "copy") {
      const read = readCopyAnnouncement(values, q);
      if (!read.ok) return setProblems(read.problems);
      setProblems({});
      setBusy(true);
      const result = await api.call(announcementApi.copy, { params: { announcementId: state.announcement.id }, body: read.input });
      setBusy(false);
      if (!result.ok) return refused(result.error);
      setCopied(result.value);
    } else {
      const read = readUpdateAnnouncement(values, state.announcement.revision, q);
      if (!read.ok) return setProblems(read.problems);
      setProblems({});
      setBusy(true);
      const result = await api.call(announcementApi.update, { params: { announcementId: state.announcement.id }, body: read.input });
      setBusy(false);
      if (!result.ok) return refused(result.error);
      onDone({ announcementId: result.value.announcement.id, text: q.announcementSaved(result.value.announcement.title[locale]) });
    }
  };

  const order = announcementFieldOrder(values, mode);
  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...order.flatMap((field) => (problems[field] === undefined ? [] : [{ fieldId: announcementFieldId(field), message: problems[field] }])),
  ];
  const field = (name: string) => ({ id: announcementFieldId(name), error: problems[name] });
  const defaults = defaultScreeningThresholds;
  const publishedKeys = template?.questionnaires.filter((questionnaire) => questionnaire.versions.length > 0) ?? [];

  return (
    <>
      <ErrorSummary problems={summary} attempt={attempt} />
      {mode === "copy" && <p>{q.copyIntro}</p>}
      <form className="af-ws-form af-q-announcement-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="af-q-pair">
          <TextField
            {...field("title.da")}
            label={q.fieldTitleDa}
            value={values.titleDa}
            maxLength={300}
            onChange={(event) => {
              const titleDa = event.target.value;
              setValues((previous) => ({ ...previous, titleDa, ...(mode !== "edit" && !idEdited ? { id: suggestSlug(titleDa) } : {}) }));
            }}
          />
          <TextField {...field("title.en")} label={q.fieldTitleEn} lang="en" value={values.titleEn} maxLength={300} onChange={(event) => set("titleEn", event.target.value)} />
        </div>
        {mode !== "edit" && (
          <TextField
            {...field("id")}
            label={q.fieldId}
            hint={q.fieldIdHint}
            value={values.id}
            maxLength={80}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(event) => {
              setIdEdited(true);
              set("id", event.target.value);
            }}
          />
        )}
        <TextField
          {...field("issued")}
          className="af-ws-field--date"
          label={q.fieldIssued}
          hint={q.fieldIssuedHint}
          inputMode="numeric"
          value={values.issued}
          onChange={(event) => set("issued", event.target.value)}
        />
        <div className="af-q-pair">
        <TextAreaField {...field("targetGroup.da")} label={q.fieldTargetGroupDa} rows={3} value={values.targetGroupDa} maxLength={4000} onChange={(event) => set("targetGroupDa", event.target.value)} />
        <TextAreaField
          {...field("targetGroup.en")}
          label={q.fieldTargetGroupEn}
          lang="en"
          rows={3}
          value={values.targetGroupEn}
          maxLength={4000}
          onChange={(event) => set("targetGroupEn", event.target.value)}
        />
        </div>
        <CompetenceRows rows={values.competences} problems={problems} onChange={(rows) => set("competences", rows)} />
        <fieldset className="af-ws-fieldset" aria-describedby="announcement-thresholds-hint">
          <legend>{q.thresholdsLegend}</legend>
          <span id="announcement-thresholds-hint" className="af-hint">
            {q.thresholdsHint(formatDanishNumber(defaults.minCitizensPerYear), formatDanishNumber(defaults.minStaff), formatDanishNumber(defaults.minExperienceYears))}
          </span>
          <div className="af-ws-fieldset__row">
            {thresholdFields.map((name) => (
              <TextField
                key={name}
                {...field(`thresholds.${name}`)}
                className="af-q-threshold"
                label={q.thresholdNames[name]}
                inputMode="decimal"
                value={values[name]}
                onChange={(event) => set(name, event.target.value)}
              />
            ))}
          </div>
        </fieldset>
        {mode === "edit" && (
          <div className="af-ws-check">
            <input
              id={announcementFieldId("archived")}
              type="checkbox"
              checked={values.archived}
              aria-describedby="announcement-archived-hint"
              onChange={(event) => set("archived", event.target.checked)}
            />
            <label htmlFor={announcementFieldId("archived")}>{q.fieldArchived}</label>
            <span id="announcement-archived-hint" className="af-hint">
              {q.fieldArchivedHint}
            </span>
          </div>
        )}
        {mode === "copy" && (
          <fieldset
            className={`af-ws-fieldset af-ws-field${problems.questionnaires === undefined ? "" : " af-ws-field--error"}`}
            aria-describedby={`announcement-questionnaires-hint${problems.questionnaires === undefined ? "" : " announcement-questionnaires-error"}`}
          >
            <legend>{q.copyQuestionnairesLegend}</legend>
            <span id="announcement-questionnaires-hint" className="af-hint">
              {q.copyQuestionnairesHint}
            </span>
            {problems.questionnaires !== undefined && (
              <span id="announcement-questionnaires-error" className="af-field-error af-ws-field__error">
                {problems.questionnaires}
              </span>
            )}
            <div className="af-ws-choices">
              {publishedKeys.map((questionnaire, i) => (
                <label key={questionnaire.key} className="af-ws-choice">
                  <input
                    type="checkbox"
                    {...(i === 0 ? { id: announcementFieldId("questionnaires") } : {})}
                    checked={values.questionnaires.includes(questionnaire.key)}
                    onChange={(event) =>
                      set(
                        "questionnaires",
                        event.target.checked ? [...values.questionnaires, questionnaire.key] : values.questionnaires.filter((key) => key !== questionnaire.key),
                      )
                    }
                  />
                  <span className="af-ws-choice__text">
                    {questionnaire.versions[0]!.title[locale]}
                    <span className="af-hint af-ws-choice__detail">
                      {q.keyAndAudience(questionnaire.key, q.audienceNames[questionnaire.audience].toLowerCase())} · {q.latestVersion(questionnaire.versions[0]!.version)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {busy ? q.submitting : mode === "create" ? q.submitCreateAnnouncement : mode === "edit" ? q.submitEditAnnouncement : q.submitCopyAnnouncement}
          </button>
          <button type="button" className="af-button" onClick={onClose}>
            {w.cancel}
          </button>
        </div>
        <p className="af-visually-hidden" role="status">
          {busy ? q.submitting : ""}
        </p>
      </form>
    </>
  );
}

/** The copy's result: the new announcement, its drafts, and what to check in them (the notes of the copy). */
function CopyDone({
  result,
  templateCompetences,
  onDone,
  onClose,
}: {
  result: CopyResult;
  templateCompetences: readonly Competence[];
  onDone(done: AnnouncementDone): void;
  onClose(): void;
}) {
  const { q, locale } = useQuestionnairesMessages();
  const { announcement, notes } = result;
  const text = q.copyDone(announcement.title[locale], announcement.drafts.length);
  return (
    <div className="af-q-result">
      <div className="af-notice af-notice--success" role="status">
        <p>{text}</p>
      </div>
      <ul className="af-ws-plain-list">
        {announcement.drafts.map((draft) => (
          <li key={draft.id}>
            <Link href={draftPath(draft.id)} onClick={onClose}>
              {draftTitle(draft, locale) ?? draft.key}
            </Link>
          </li>
        ))}
      </ul>
      <h3>{q.copyNotesHeading}</h3>
      {notes.length === 0 ? (
        <p>{q.copyNoNotes}</p>
      ) : (
        <ul>
          {notes.map((note, i) => (
            <li key={`${note.draftId}-${i}`}>
              <strong>{note.key}</strong>: {copyNoteText(note, [...announcement.competences, ...templateCompetences], q, locale)}
            </li>
          ))}
        </ul>
      )}
      <div className="af-ws-actions">
        <button type="button" className="af-button af-button--primary" onClick={() => onDone({ announcementId: announcement.id, text })}>
          {q.copyGoToDrafts}
        </button>
      </div>
    </div>
  );
}

