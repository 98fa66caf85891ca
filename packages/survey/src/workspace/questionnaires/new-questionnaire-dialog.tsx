import { questionnaireApi, type AnnouncementView } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextField } from "../shell/form-field.js";
import { navigate } from "../shell/navigation.js";
import { draftPath } from "../workspace-routes.js";
import { AnnouncementAudienceFields } from "./announcement-audience-fields.js";
import {
  newQuestionnaireFieldForServer,
  newQuestionnaireFields,
  readNewQuestionnaire,
  suggestKey,
  type NewQuestionnaireField,
  type NewQuestionnaireValues,
} from "./new-questionnaire-form.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

const fieldIds: Record<NewQuestionnaireField, string> = {
  announcementId: "new-questionnaire-announcement",
  audience: "new-questionnaire-audience",
  key: "new-questionnaire-key",
  "title.da": "new-questionnaire-title-da",
  "title.en": "new-questionnaire-title-en",
};

/**
 * "Nyt spørgeskema": a blank draft for one of the announcements the user may draft for, opened in the editor at
 * once. The key follows the audience ("kommune-2026") until the person types one of their own.
 */
export function NewQuestionnaireDialog({
  open,
  announcements,
  announcementId,
  onClose,
}: {
  open: boolean;
  announcements: AnnouncementView[];
  announcementId: string | null;
  onClose(): void;
}) {
  const { q } = useQuestionnairesMessages();
  return (
    <Dialog title={q.newQuestionnaire} open={open} onClose={onClose}>
      {open && <NewQuestionnaireForm announcements={announcements} announcementId={announcementId ?? announcements[0]?.id ?? ""} onClose={onClose} />}
    </Dialog>
  );
}

function NewQuestionnaireForm({ announcements, announcementId, onClose }: { announcements: AnnouncementView[]; announcementId: string; onClose(): void }) {
  const { q, w } = useQuestionnairesMessages();
  const { api } = useSession();
  const year = new Date().getFullYear();
  const find = (id: string) => announcements.find((announcement) => announcement.id === id);
  const [values, setValues] = useState<NewQuestionnaireValues>(() => ({
    announcementId,
    audience: "municipality",
    key: suggestKey(find(announcementId), "municipality", year),
    titleDa: "",
    titleEn: "",
  }));
  const [keyEdited, setKeyEdited] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<NewQuestionnaireField, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  if (announcements.length === 0) return <p>{q.noAnnouncementToDraft}</p>;

  /** a change of announcement or audience suggests a key again, unless one was typed */
  const retarget = (change: Partial<NewQuestionnaireValues>) =>
    setValues((previous) => {
      const next = { ...previous, ...change };
      return keyEdited || next.audience === "" ? next : { ...next, key: suggestKey(find(next.announcementId), next.audience, year) };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    const read = readNewQuestionnaire(values, announcements, q);
    if (!read.ok) return setProblems(read.problems);
    setProblems({});
    setBusy(true);
    const created = await api.call(questionnaireApi.createDraft, { body: read.input });
    setBusy(false);
    if (created.ok) {
      onClose();
      navigate(draftPath(created.value.draft.id));
      return;
    }
    const field = newQuestionnaireFieldForServer(created.error.field);
    const message = apiErrorText(created.error, w, {
      overrides: { conflict: q.errorArchivedNoDrafts },
      fieldLabels: { announcementId: q.fieldAnnouncement, audience: q.fieldAudience, key: q.fieldKey, title: q.fieldQuestionnaireTitleDa },
    });
    if (field !== null && created.error.status === 400) setProblems({ [field]: message });
    else setFormProblem(message);
  };

  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...newQuestionnaireFields.flatMap((field) => (problems[field] === undefined ? [] : [{ fieldId: fieldIds[field], message: problems[field] }])),
  ];

  return (
    <>
      <ErrorSummary problems={summary} attempt={attempt} />
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <AnnouncementAudienceFields
          ids={fieldIds}
          announcements={announcements}
          values={values}
          problems={problems}
          onChange={(change) => retarget(change)}
        />
        <TextField
          id={fieldIds.key}
          label={q.fieldKey}
          hint={q.fieldKeyHint}
          value={values.key}
          maxLength={80}
          spellCheck={false}
          autoCapitalize="none"
          error={problems.key}
          onChange={(event) => {
            setKeyEdited(true);
            setValues((previous) => ({ ...previous, key: event.target.value }));
          }}
        />
        <TextField
          id={fieldIds["title.da"]}
          label={q.fieldQuestionnaireTitleDa}
          value={values.titleDa}
          maxLength={300}
          error={problems["title.da"]}
          onChange={(event) => setValues((previous) => ({ ...previous, titleDa: event.target.value }))}
        />
        <TextField
          id={fieldIds["title.en"]}
          label={q.fieldQuestionnaireTitleEn}
          hint={q.fieldQuestionnaireTitleEnHint}
          lang="en"
          value={values.titleEn}
          maxLength={300}
          error={problems["title.en"]}
          onChange={(event) => setValues((previous) => ({ ...previous, titleEn: event.target.value }))}
        />
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {busy ? q.submitting : q.submitNewQuestionnaire}
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
