import { useId, useState } from "react";
import { formatDate, formatNumber } from "../../format.js";
import type { ApiResult } from "../api/api-error.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import type { Approval, RecordedDecision } from "@afrapport/schema/api";
import { checkDecision, danishDateText, danishToday, decisionsFor, isoDate, maxNoteLength, noteNeeded, type Decision, type DecisionField, type DecisionInput, type DecisionProblem } from "./decision-form.js";
import { decisionText } from "./decision-text.js";

export type RecordDecision = (input: { step: number; date: string; decision: Decision; note?: string }) => Promise<ApiResult<RecordedDecision>>;

/**
 * Record the decision of one step: which step (those the path allows now), the meeting's date, the decision and
 * a note. A failed submit shows the problems beside the fields and in a summary that takes the focus; nothing
 * typed is cleared until the decision is recorded.
 */
export function DecisionFormView({ approval, record, onRecorded }: { approval: Approval; record: RecordDecision; onRecorded(recorded: RecordedDecision): void }) {
  const { r, locale } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const id = useId();
  const allowed = approval.steps.filter((step) => approval.allowedSteps.includes(step.position));
  const [input, setInput] = useState<DecisionInput>(() => ({
    step: String(approval.nextStep?.position ?? allowed[0]?.position ?? ""),
    date: danishDateText(danishToday()),
    decision: "",
    note: "",
  }));
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  const [formProblem, setFormProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const previousDate = approval.decisions.at(-1)?.date;

  if (allowed.length === 0) return null;

  const fieldId = (field: DecisionField) => `${id}-${field}`;
  const message = (problem: DecisionProblem): string => {
    switch (problem.field) {
      case "step":
        return r.decisionStepMissing;
      case "date":
        return problem.reason === "missing"
          ? r.decisionDateMissing
          : problem.reason === "invalid"
            ? r.decisionDateInvalid
            : problem.reason === "future"
              ? r.decisionDateFuture
              : r.decisionDateBeforePrevious(formatDate(previousDate ?? "", locale));
      case "decision":
        return r.decisionKindMissing;
      case "note":
        return problem.reason === "needed" ? r.decisionNoteNeeded : r.decisionNoteTooLong(formatNumber(maxNoteLength, locale));
    }
  };
  const errorOf = (field: DecisionField) => {
    const problem = problems.find((p) => p.field === field);
    return problem === undefined ? undefined : message(problem);
  };
  const set = (patch: Partial<DecisionInput>) => {
    setInput((current) => {
      const next = { ...current, ...patch };
      // "Sendt" belongs to the last step: a decision the newly chosen step does not offer is cleared
      return next.decision !== "" && !decisionsFor(Number(next.step), approval.steps.length).includes(next.decision) ? { ...next, decision: "" } : next;
    });
  };
  const offered = decisionsFor(Number(input.step), approval.steps.length);

  async function submit() {
    const found = checkDecision(input, danishToday(), previousDate);
    setProblems(found);
    setFormProblem(undefined);
    setAttempt((n) => n + 1);
    if (found.length > 0 || input.decision === "") return;
    // the councils' step completes once every council has decided (a rejection may come sooner), as the server rules
    const councils = approval.councils;
    if (councils !== null && Number(input.step) === councils.step && councils.missing > 0 && input.decision !== "rejected") {
      setFormProblem(r.decisionCouncilsMissing(formatNumber(councils.missing, locale)));
      return;
    }
    setBusy(true);
    const note = input.note.trim();
    const result = await record({ step: Number(input.step), date: isoDate(input.date)!, decision: input.decision, ...(note === "" ? {} : { note }) });
    setBusy(false);
    if (result.ok) {
      setProblems([]);
      onRecorded(result.value);
      return;
    }
    const field = result.error.field;
    if (result.error.status === 400 && (field === "date" || field === "note" || field === "step" || field === "decision")) {
      setProblems([field === "date" ? { field, reason: "beforePrevious" } : field === "note" ? { field, reason: "tooLong" } : { field, reason: "missing" }]);
    } else setFormProblem(apiErrorText(result.error, w, { fieldLabels: { step: r.decisionStep, date: r.decisionDate, decision: r.decisionKind, note: r.decisionNote } }));
    setAttempt((n) => n + 1);
  }

  const summary: FieldProblem[] = [
    ...(formProblem === undefined ? [] : [{ message: formProblem }]),
    ...problems.map((problem) => ({ fieldId: problem.field === "decision" ? `${fieldId("decision")}-0` : fieldId(problem.field), message: message(problem) })),
  ];
  const describe = (field: DecisionField, hint?: string) => [hint, errorOf(field) ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const FieldError = ({ field }: { field: DecisionField }) =>
    errorOf(field) ? (
      <span id={`${fieldId(field)}-error`} className="af-field-error af-ws-field__error">
        {errorOf(field)}
      </span>
    ) : null;

  return (
    <section className="af-decision-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{r.decisionHeading}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary problems={summary} attempt={attempt} />
        <div className="af-ws-field">
          <label htmlFor={fieldId("step")} className="af-ws-field__label">
            {r.decisionStep}
          </label>
          <FieldError field="step" />
          <select
            id={fieldId("step")}
            className="af-ws-input af-ws-select"
            value={input.step}
            aria-describedby={describe("step")}
            aria-invalid={errorOf("step") ? true : undefined}
            onChange={(event) => set({ step: event.target.value })}
          >
            {allowed.map((step) => (
              <option key={step.position} value={String(step.position)}>
                {`${step.position}. ${step.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="af-ws-field">
          <label htmlFor={fieldId("date")} className="af-ws-field__label">
            {r.decisionDate}
          </label>
          <span id={`${fieldId("date")}-hint`} className="af-hint">
            {r.decisionDateHint}
          </span>
          <FieldError field="date" />
          <input
            id={fieldId("date")}
            className="af-ws-input af-input--date"
            inputMode="numeric"
            autoComplete="off"
            value={input.date}
            aria-describedby={describe("date", `${fieldId("date")}-hint`)}
            aria-invalid={errorOf("date") ? true : undefined}
            onChange={(event) => set({ date: event.target.value })}
          />
        </div>
        <fieldset className="af-ws-field af-radios" aria-describedby={errorOf("decision") ? `${fieldId("decision")}-error` : undefined}>
          <legend className="af-ws-field__label">{r.decisionKind}</legend>
          <FieldError field="decision" />
          {offered.map((decision, i) => (
            <label key={decision} className="af-radio">
              <input
                id={`${fieldId("decision")}-${i}`}
                type="radio"
                name={`${id}-decision`}
                value={decision}
                checked={input.decision === decision}
                aria-invalid={errorOf("decision") ? true : undefined}
                onChange={() => set({ decision })}
              />
              {decisionText(decision, r)}
            </label>
          ))}
        </fieldset>
        <div className="af-ws-field">
          <label htmlFor={fieldId("note")} className="af-ws-field__label">
            {r.decisionNote}
          </label>
          <span id={`${fieldId("note")}-hint`} className="af-hint">
            {r.decisionNoteHint}
          </span>
          <FieldError field="note" />
          <textarea
            id={fieldId("note")}
            className="af-textarea"
            rows={3}
            value={input.note}
            required={noteNeeded(input.decision)}
            aria-describedby={describe("note", `${fieldId("note")}-hint`)}
            aria-invalid={errorOf("note") ? true : undefined}
            onChange={(event) => set({ note: event.target.value })}
          />
        </div>
        <div className="af-form-bar">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {busy ? r.decisionSaving : r.decisionSave}
          </button>
        </div>
      </form>
    </section>
  );
}
