import { findRegion } from "@afrapport/schema";
import type { Approval, Council, CouncilDecisionInput, CouncilDecisionKind, Councils } from "@afrapport/schema/api";
import { useId, useState, type FormEvent } from "react";
import { formatDate, formatNumber } from "../../format.js";
import type { ApiResult } from "../api/api-error.js";
import { useReportMessages, type ReportMessages } from "../report/use-report-messages.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextAreaField, TextField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { checkCouncil, councilDecisions, type CouncilInput, type CouncilProblem } from "./council-form.js";
import { danishDateText, danishToday, isoDate, maxNoteLength } from "./decision-form.js";

export type RecordCouncilDecision = (input: CouncilDecisionInput) => Promise<ApiResult<Approval>>;

export function councilDecisionText(decision: CouncilDecisionKind, r: ReportMessages): string {
  return decision === "approved" ? r.councilApproved : decision === "approved-with-remarks" ? r.councilApprovedWithRemarks : r.councilNotApproved;
}

function councilName(council: Council, r: ReportMessages, locale: "da" | "en"): string {
  if (council.kind === "municipality") return council.name;
  const region = findRegion(council.code);
  return region === undefined ? council.name : r.councilRegional(region.name[locale]);
}

/**
 * The councils' step: every municipal council of the region and the regional council, each with its decision and
 * date. The secretariat sees at a glance which are missing and records each decision as it arrives.
 */
export function CouncilsPanel({ approval, councils, canEdit, record }: { approval: Approval; councils: Councils; canEdit: boolean; record: RecordCouncilDecision }) {
  const { r, locale } = useReportMessages();
  const headingId = useId();
  const [recording, setRecording] = useState<Council | null>(null);
  const [saved, setSaved] = useState("");
  const total = councils.councils.length;
  const missing = councils.councils.filter((c) => c.decision === null);
  const before = approval.steps[councils.step - 2];
  const step = approval.steps[councils.step - 1];
  const editable = canEdit && councils.started;
  const table = (
    <div className="af-table-wrap">
      <table className="af-table af-councils__table">
        <caption className="af-visually-hidden">{r.councilsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.councilColumn}</th>
            <th scope="col">{r.councilDecisionColumn}</th>
            <th scope="col">{r.councilDateColumn}</th>
            <th scope="col">{r.councilNoteColumn}</th>
            {editable ? <th scope="col"><span className="af-visually-hidden">{r.councilActionColumn}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {councils.councils.map((council) => {
            const name = councilName(council, r, locale);
            return (
              <tr key={council.code} data-council={council.code} data-decided={council.decision !== null}>
                <th scope="row">{name}</th>
                <td>
                  {council.decision === null ? (
                    <span className="af-status af-status--pending">{r.councilNoDecision}</span>
                  ) : (
                    <span className={`af-status af-status--${council.decision === "not-approved" ? "not-met" : "met"}`}>{councilDecisionText(council.decision, r)}</span>
                  )}
                </td>
                <td>{council.date === null ? "" : <time dateTime={council.date}>{formatDate(council.date, locale)}</time>}</td>
                <td lang="da">{council.note ?? ""}</td>
                {editable ? (
                  <td>
                    <button
                      type="button"
                      className="af-button af-button--small"
                      aria-label={council.decision === null ? r.councilRecord(name) : r.councilCorrect(name)}
                      onClick={() => setRecording(council)}
                    >
                      {council.decision === null ? r.councilRecordShort : r.councilCorrectShort}
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="af-councils" aria-labelledby={headingId} data-councils-missing={councils.missing}>
      <h3 id={headingId}>
        {r.councilsHeading}
        {step === undefined ? null : <span className="af-hint af-councils__step">{` (${step.position}. ${step.name})`}</span>}
      </h3>
      <p className="af-hint">{r.councilsIntro}</p>
      {!councils.started && before !== undefined ? <p className="af-notice">{r.councilsNotStarted(before.name)}</p> : null}
      {councils.missing === 0 ? (
        <p className="af-notice af-notice--success">{r.councilsAllDecided}</p>
      ) : (
        <p className="af-notice af-notice--warning">
          <strong>{r.councilsMissing(formatNumber(councils.missing, locale), formatNumber(total, locale))}</strong>{" "}
          {councils.missing < total ? `${r.councilsMissingList}: ${missing.map((c) => councilName(c, r, locale)).join(", ")}.` : null}
        </p>
      )}
      <div role="status" aria-live="polite">
        {saved === "" ? null : <p className="af-notice af-notice--success">{saved}</p>}
      </div>
      {councils.started ? (
        table
      ) : (
        // before the step starts the list is only a preview; folded so the decision form stays near
        <details className="af-councils__preview">
          <summary>{r.councilsShow(formatNumber(total, locale))}</summary>
          {table}
        </details>
      )}
      {recording === null ? null : (
        <CouncilDialog
          key={recording.code}
          council={recording}
          name={councilName(recording, r, locale)}
          record={record}
          onClose={() => setRecording(null)}
          onSaved={(message) => {
            setRecording(null);
            setSaved(message);
          }}
        />
      )}
    </section>
  );
}

function CouncilDialog({ council, name, record, onClose, onSaved }: { council: Council; name: string; record: RecordCouncilDecision; onClose(): void; onSaved(message: string): void }) {
  const { r, locale } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const id = useId();
  const [input, setInput] = useState<CouncilInput>({
    decision: council.decision ?? "",
    date: council.date === null ? danishDateText(danishToday()) : danishDateText(council.date),
    note: council.note ?? "",
  });
  const [problems, setProblems] = useState<CouncilProblem[]>([]);
  const [formProblem, setFormProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const text = (problem: CouncilProblem): string =>
    problem.field === "decision"
      ? r.decisionKindMissing
      : problem.field === "note"
        ? r.decisionNoteTooLong(formatNumber(maxNoteLength, locale))
        : problem.reason === "missing"
          ? r.decisionDateMissing
          : problem.reason === "invalid"
            ? r.decisionDateInvalid
            : r.decisionDateFuture;
  const errorOf = (field: CouncilProblem["field"]) => {
    const problem = problems.find((p) => p.field === field);
    return problem === undefined ? undefined : text(problem);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkCouncil(input, danishToday());
    setProblems(found);
    setFormProblem(undefined);
    setAttempt((n) => n + 1);
    if (found.length > 0 || input.decision === "") return;
    setBusy(true);
    const note = input.note.trim();
    const result = await record({ council: council.code, decision: input.decision, date: isoDate(input.date)!, ...(note === "" ? {} : { note }) });
    setBusy(false);
    if (result.ok) {
      onSaved(r.councilSaved(name));
      return;
    }
    setFormProblem(apiErrorText(result.error, w, { fieldLabels: { council: r.councilColumn, decision: r.councilDecisionColumn, date: r.councilDateColumn, note: r.councilNoteColumn } }));
    setAttempt((n) => n + 1);
  };

  const summary: FieldProblem[] = [
    ...(formProblem === undefined ? [] : [{ message: formProblem }]),
    ...problems.map((problem) => ({ fieldId: problem.field === "decision" ? `${id}-decision-0` : `${id}-${problem.field}`, message: text(problem) })),
  ];
  const decisionError = errorOf("decision");
  return (
    <Dialog title={r.councilHeading(name)} open onClose={onClose}>
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary problems={summary} attempt={attempt} />
        <fieldset className="af-ws-field af-radios" aria-describedby={decisionError ? `${id}-decision-error` : undefined}>
          <legend className="af-ws-field__label">{r.councilDecisionColumn}</legend>
          {decisionError ? (
            <span id={`${id}-decision-error`} className="af-field-error af-ws-field__error">
              {decisionError}
            </span>
          ) : null}
          {councilDecisions.map((decision, i) => (
            <label key={decision} className="af-radio">
              <input
                id={`${id}-decision-${i}`}
                type="radio"
                name={`${id}-decision`}
                value={decision}
                checked={input.decision === decision}
                aria-invalid={decisionError ? true : undefined}
                onChange={() => setInput((current) => ({ ...current, decision }))}
              />
              {councilDecisionText(decision, r)}
            </label>
          ))}
        </fieldset>
        <TextField
          id={`${id}-date`}
          label={r.decisionDate}
          hint={r.decisionDateHint}
          error={errorOf("date")}
          inputMode="numeric"
          autoComplete="off"
          value={input.date}
          onChange={(event) => setInput((current) => ({ ...current, date: event.target.value }))}
        />
        <TextAreaField
          id={`${id}-note`}
          label={r.decisionNote}
          error={errorOf("note")}
          rows={3}
          value={input.note}
          onChange={(event) => setInput((current) => ({ ...current, note: event.target.value }))}
        />
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {r.decisionSave}
          </button>
          <button type="button" className="af-button" onClick={onClose}>
            {r.planCancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
