import { useState, type FormEvent } from "react";
import type { Approval, ApprovalStep, SetStepPlanInput } from "@afrapport/schema/api";
import type { ApiResult } from "../api/api-error.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextField } from "../shell/form-field.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { danishDateText } from "./decision-form.js";
import { checkPlan, type PlanProblem } from "./step-plan.js";

export type SaveStepPlan = (input: SetStepPlanInput) => Promise<ApiResult<Approval>>;

/**
 * Sets a step's planned date – one meeting date, or a period by its first and last day (KKR "in June") – or
 * removes it. Dates are typed the Danish way; problems show beside the fields and in a summary.
 */
export function StepPlanDialog({ step, save, onClose, onSaved }: { step: ApprovalStep | null; save: SaveStepPlan; onClose(): void; onSaved(approval: Approval, message: string): void }) {
  const { r } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const [from, setFrom] = useState(() => (step?.plannedFrom ? danishDateText(step.plannedFrom) : ""));
  const [to, setTo] = useState(() => (step?.plannedTo ? danishDateText(step.plannedTo) : ""));
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [formProblem, setFormProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  if (step === null) return null;

  const text = (problem: PlanProblem) =>
    problem.reason === "missing" ? r.planFromMissing : problem.reason === "beforeFrom" ? r.planToBeforeFrom : r.planDateInvalid;
  const errorOf = (field: PlanProblem["field"]) => {
    const problem = problems.find((p) => p.field === field);
    return problem === undefined ? undefined : text(problem);
  };

  async function send(input: SetStepPlanInput) {
    if (busy || step === null) return;
    setBusy(true);
    const result = await save(input);
    setBusy(false);
    if (result.ok) {
      onSaved(result.value, r.planSaved(step.name));
      return;
    }
    setFormProblem(apiErrorText(result.error, w, { fieldLabels: { plannedFrom: r.planFrom, plannedTo: r.planTo, step: r.decisionStep } }));
    setAttempt((n) => n + 1);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkPlan({ from, to });
    setFormProblem(undefined);
    setAttempt((n) => n + 1);
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    setProblems([]);
    void send({ step: step.position, plannedFrom: check.plannedFrom, plannedTo: check.plannedTo });
  };

  const summary: FieldProblem[] = [
    ...(formProblem === undefined ? [] : [{ message: formProblem }]),
    ...problems.map((problem) => ({ fieldId: `plan-${problem.field}`, message: text(problem) })),
  ];
  return (
    <Dialog title={r.planHeading(step.name)} open onClose={onClose}>
      <form className="af-ws-form" noValidate onSubmit={submit}>
        <ErrorSummary problems={summary} attempt={attempt} />
        <TextField
          id="plan-from"
          label={r.planFrom}
          hint={r.planFromHint}
          error={errorOf("from")}
          inputMode="numeric"
          autoComplete="off"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          id="plan-to"
          label={r.planTo}
          hint={r.planToHint}
          error={errorOf("to")}
          inputMode="numeric"
          autoComplete="off"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {r.planSave}
          </button>
          {step.plannedFrom === null ? null : (
            <button type="button" className="af-button" aria-disabled={busy} onClick={() => void send({ step: step.position, plannedFrom: null })}>
              {r.planRemove}
            </button>
          )}
          <button type="button" className="af-button" onClick={onClose}>
            {r.planCancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
