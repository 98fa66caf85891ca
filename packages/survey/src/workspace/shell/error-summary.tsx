import { useEffect, useId, useRef } from "react";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

export interface FieldProblem {
  /** the id of the field the problem concerns; none for a problem with the whole form */
  fieldId?: string;
  message: string;
}

/**
 * "Ret venligst følgende": the form's problems as a list of links to the fields, shown above the form after a
 * failed submit. It takes focus whenever a new set of problems arrives (`attempt` counts the submits), so a
 * keyboard or screen reader user hears what went wrong and can jump to each field.
 */
export function ErrorSummary({ problems, attempt }: { problems: FieldProblem[]; attempt: number }) {
  const { w } = useWorkspaceMessages();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = problems.length > 0;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div className="af-ws-error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h2 id={titleId}>{w.errorSummaryTitle}</h2>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.fieldId ?? "form"}-${i}`}>
            {problem.fieldId === undefined ? (
              problem.message
            ) : (
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(problem.fieldId!)?.focus();
                }}
              >
                {problem.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
