import { useState, type FormEvent } from "react";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import type { DeadlineExtension } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import { danishDateTimeText, readDeadline } from "../shell/danish-date.js";
import { DeadlineFields } from "../shell/deadline-fields.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextAreaField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

type Field = "date" | "time" | "reason";

/**
 * Extends a deadline – the campaign's, or one respondent's – to a later Danish date and time, with a reason that
 * goes into the deadline's history. Problems show beside the fields and in a summary that takes focus; a refused
 * extension keeps everything typed.
 */
export function ExtendDeadlineForm({
  campaignId,
  respondentId,
  currentDeadline,
  idPrefix,
  onDone,
}: {
  campaignId: string;
  respondentId?: string;
  currentDeadline: string;
  idPrefix: string;
  onDone(extension: DeadlineExtension): void;
}) {
  const { w, locale } = useWorkspaceMessages();
  const { api } = useSession();
  const [initialDate, initialTime] = danishDateTimeText(new Date(Date.parse(currentDeadline) + 7 * 24 * 3600 * 1000));
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids: Record<Field, string> = { date: `${idPrefix}-date`, time: `${idPrefix}-time`, reason: `${idPrefix}-reason` };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    const found: Partial<Record<Field, string>> = {};
    const deadline = readDeadline(date, time, new Date(currentDeadline), "notLater");
    if (!deadline.ok) {
      if (deadline.problem === "time") found.time = w.errorTimeInvalid;
      else found.date = deadline.problem === "date" ? w.errorDateInvalid : w.errorDeadlineNotLater;
    }
    if (reason.trim() === "") found.reason = w.errorReasonMissing;
    setProblems(found);
    if (!deadline.ok || Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await api.extendDeadline(campaignId, { deadline: deadline.iso, reason: reason.trim(), ...(respondentId === undefined ? {} : { respondentId }) });
    setBusy(false);
    if (result.ok) {
      onDone(result.value.extension);
      return;
    }
    const message = apiErrorText(result.error, w, { fieldLabels: { deadline: w.extendNewDeadline, reason: w.extendReason } });
    if (result.error.field === "deadline") setProblems({ date: message });
    else if (result.error.field === "reason") setProblems({ reason: message });
    else setFormProblem(message);
  };

  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...(["date", "time", "reason"] as const).flatMap((field) => (problems[field] === undefined ? [] : [{ fieldId: ids[field], message: problems[field] }])),
  ];

  return (
    <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary problems={summary} attempt={attempt} />
      <p>{w.extendCurrent(formatDateTime(currentDeadline, locale))}</p>
      <DeadlineFields
        legend={w.extendNewDeadline}
        hint={w.createDeadlineHint}
        dateId={ids.date}
        timeId={ids.time}
        date={date}
        time={time}
        dateError={problems.date}
        timeError={problems.time}
        onDate={setDate}
        onTime={setTime}
      />
      <TextAreaField id={ids.reason} label={w.extendReason} hint={w.extendReasonHint} value={reason} maxLength={2000} rows={3} error={problems.reason} onChange={(event) => setReason(event.target.value)} />
      <div className="af-ws-actions">
        <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
          {busy ? w.saving : w.extendSubmit}
        </button>
      </div>
    </form>
  );
}
