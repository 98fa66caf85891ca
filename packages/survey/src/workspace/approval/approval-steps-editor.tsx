import { useEffect, useId, useRef, useState } from "react";
import { formatDate, formatNumber } from "../../format.js";
import type { ApiResult } from "../api/api-error.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { useReportMessages, type ReportMessages } from "../report/use-report-messages.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import type { Approval, ApprovalDecision, ApprovalStep } from "@afrapport/schema/api";
import { addStep, canMove, checkSteps, lockedStepCount, maxStepNameLength, moveStep, removeStep, renameStep, type StepProblem } from "./approval-steps-edit.js";
import { decisionText } from "./decision-text.js";
import { StepPlanDialog, type SaveStepPlan } from "./step-plan-dialog.js";

let keyCounter = 0;
const newKey = () => `step-${(keyCounter += 1)}`;

/**
 * The approval path: the steps in order with where each stands, and – for the secretariat – an editor to add,
 * rename, remove and reorder them with buttons (keyboard operable; no dragging). Steps that have a decision keep
 * their place and name. Problems show beside each field and in a summary that takes the focus.
 */
export function ApprovalStepsEditor({
  approval,
  canEdit,
  save,
  savePlan,
}: {
  approval: Approval;
  canEdit: boolean;
  save(steps: string[]): Promise<ApiResult<Approval>>;
  savePlan: SaveStepPlan;
}) {
  const { r, locale } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const [editing, setEditing] = useState(false);
  const [names, setNames] = useState<string[]>([]);
  const [keys, setKeys] = useState<string[]>([]);
  const [problems, setProblems] = useState<Map<number, StepProblem>>(new Map());
  const [formProblem, setFormProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const [planning, setPlanning] = useState<ApprovalStep | null>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const baseId = useId();
  const locked = lockedStepCount(approval.decisions.map((d) => d.step));

  useEffect(() => {
    if (focusAfter !== null) {
      document.getElementById(focusAfter)?.focus();
      setFocusAfter(null);
    }
  }, [focusAfter]);

  const start = () => {
    setNames(approval.steps.map((s) => s.name));
    setKeys(approval.steps.map(() => newKey()));
    setProblems(new Map());
    setFormProblem(undefined);
    setAnnouncement("");
    setEditing(true);
    setFocusAfter(`${baseId}-name-0`);
  };
  const stop = () => {
    setEditing(false);
    setTimeout(() => editButtonRef.current?.focus(), 0);
  };
  const move = (index: number, direction: -1 | 1) => {
    const target = index + direction;
    setNames((list) => moveStep(list, index, direction));
    setKeys((list) => moveStep(list, index, direction));
    setAnnouncement(r.stepMoved(names[index]?.trim() || "–", target + 1));
    // the focus follows the step; at an end it goes to the other button of the pair
    const edge = !canMove(target, direction, names.length, locked);
    setFocusAfter(`${baseId}-${edge ? (direction === -1 ? "down" : "up") : direction === -1 ? "up" : "down"}-${keys[index]}`);
  };

  async function submit() {
    const check = checkSteps(names);
    const summary = check.none ? r.stepsNone : undefined;
    setProblems(check.problems);
    setFormProblem(summary);
    setAttempt((n) => n + 1);
    if (check.problems.size > 0 || summary !== undefined) return;
    setBusy(true);
    const result = await save(check.steps);
    setBusy(false);
    if (result.ok) {
      setAnnouncement(r.stepsSaved);
      stop();
      return;
    }
    const field = /^steps\.(\d+)$/.exec(result.error.field ?? "");
    if (field && result.error.status === 400) setProblems(new Map([[Number(field[1]), "duplicate" as StepProblem]]));
    else setFormProblem(apiErrorText(result.error, w, { overrides: { conflict: r.summaryLocked } }));
    setAttempt((n) => n + 1);
  }

  const problemText = (problem: StepProblem) =>
    problem === "empty" ? r.stepEmpty : problem === "tooLong" ? r.stepTooLong(formatNumber(maxStepNameLength, locale)) : r.stepDuplicate;
  const summaryProblems: FieldProblem[] = [
    ...(formProblem === undefined ? [] : [{ message: formProblem }]),
    ...[...problems].map(([index, problem]) => ({ fieldId: `${baseId}-name-${index}`, message: `${r.stepName(index + 1)}: ${problemText(problem)}` })),
  ];

  return (
    <section className="af-steps" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`}>{r.stepsHeading}</h3>
      <p className="af-hint">{r.stepsIntro}</p>
      <p className="af-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!editing ? (
        <>
          <ol className="af-steps__list">
            {approval.steps.map((step) => (
              <li key={step.position} className="af-steps__item">
                <span className="af-steps__name">
                  <span className="af-steps__number" aria-hidden="true">
                    {step.position}.
                  </span>
                  {step.name}
                </span>
                <StepState decision={latestFor(approval.decisions, step.position)} r={r} locale={locale} />
                <span className="af-steps__plan" data-overdue={step.overdue}>
                  {step.plannedFrom === null ? r.stepNotPlanned : r.stepPlanned(plannedText(step, locale))}
                  {step.overdue ? <span className="af-status af-status--not-met af-steps__overdue">{r.stepOverdue}</span> : null}
                </span>
                {canEdit && approval.state !== "complete" ? (
                  <button type="button" className="af-button af-button--small af-steps__plan-button" onClick={() => setPlanning(step)}>
                    {step.plannedFrom === null ? r.stepPlanAdd : r.stepPlanEdit}
                    <span className="af-visually-hidden">{` – ${step.name}`}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
          {planning === null ? null : (
            <StepPlanDialog
              key={planning.position}
              step={planning}
              save={savePlan}
              onClose={() => setPlanning(null)}
              onSaved={(_approval, message) => {
                setPlanning(null);
                setAnnouncement(message);
              }}
            />
          )}
          {canEdit && approval.state !== "complete" ? (
            <button ref={editButtonRef} type="button" className="af-button" onClick={start}>
              {r.stepsEdit}
            </button>
          ) : null}
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <ErrorSummary problems={summaryProblems} attempt={attempt} />
          <ol className="af-steps__list af-steps__list--editing">
            {names.map((name, index) => {
              const key = keys[index]!;
              const isLocked = index < locked;
              const problem = problems.get(index);
              const fieldId = `${baseId}-name-${index}`;
              const label = name.trim() || r.stepName(index + 1);
              return (
                <li key={key} className="af-steps__item af-steps__item--editing">
                  <div className="af-steps__field">
                    <label htmlFor={fieldId}>{r.stepName(index + 1)}</label>
                    {problem ? (
                      <span id={`${fieldId}-error`} className="af-field-error">
                        {problemText(problem)}
                      </span>
                    ) : null}
                    <input
                      id={fieldId}
                      className="af-ws-input"
                      value={name}
                      readOnly={isLocked}
                      aria-describedby={problem ? `${fieldId}-error` : isLocked ? `${baseId}-locked` : undefined}
                      aria-invalid={problem ? true : undefined}
                      maxLength={maxStepNameLength + 50}
                      onChange={(event) => setNames((list) => renameStep(list, index, event.target.value))}
                    />
                  </div>
                  {isLocked ? null : (
                    <div className="af-steps__buttons">
                      <button
                        id={`${baseId}-up-${key}`}
                        type="button"
                        className="af-button af-button--small"
                        aria-label={r.stepUp(label)}
                        disabled={!canMove(index, -1, names.length, locked)}
                        onClick={() => move(index, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        id={`${baseId}-down-${key}`}
                        type="button"
                        className="af-button af-button--small"
                        aria-label={r.stepDown(label)}
                        disabled={!canMove(index, 1, names.length, locked)}
                        onClick={() => move(index, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                      <button
                        type="button"
                        className="af-button af-button--small"
                        aria-label={r.stepRemove(label)}
                        onClick={() => {
                          setNames((list) => removeStep(list, index));
                          setKeys((list) => removeStep(list, index));
                          setProblems(new Map());
                          setFocusAfter(`${baseId}-add`);
                        }}
                      >
                        <span aria-hidden="true">✕</span>
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {locked > 0 ? (
            <p id={`${baseId}-locked`} className="af-hint">
              {r.stepsLockedHint}
            </p>
          ) : null}
          <div className="af-steps__bar">
            <button
              id={`${baseId}-add`}
              type="button"
              className="af-button"
              onClick={() => {
                setNames((list) => addStep(list));
                setKeys((list) => [...list, newKey()]);
                setFocusAfter(`${baseId}-name-${names.length}`);
              }}
            >
              {r.stepAdd}
            </button>
            <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
              {busy ? r.stepsSaving : r.stepsSave}
            </button>
            <button type="button" className="af-button" onClick={stop}>
              {r.stepsCancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** "12. juni 2027", or a period "1. juni 2027 – 30. juni 2027". */
function plannedText(step: ApprovalStep, locale: "da" | "en"): string {
  const from = formatDate(step.plannedFrom!, locale);
  return step.plannedTo === null ? from : `${from} – ${formatDate(step.plannedTo, locale)}`;
}

function latestFor(decisions: readonly ApprovalDecision[], position: number): ApprovalDecision | undefined {
  return decisions.filter((d) => d.step === position).at(-1);
}

function StepState({ decision, r, locale }: { decision: ApprovalDecision | undefined; r: ReportMessages; locale: "da" | "en" }) {
  if (decision === undefined) return <span className="af-status af-status--pending">{r.stepPending}</span>;
  const tone = decision.decision === "rejected" ? "not-met" : "met";
  return <span className={`af-status af-status--${tone}`}>{r.stepDecided(decisionText(decision.decision, r), formatDate(decision.date, locale))}</span>;
}
