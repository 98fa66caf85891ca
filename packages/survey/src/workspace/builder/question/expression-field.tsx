import { useMemo, type ReactNode } from "react";
import { expressionProblem } from "./condition-clauses.js";
import { LocalText } from "./local-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";

/**
 * A SurveyJS expression as text, checked as it is typed with survey-core's parser and against the draft's names,
 * and saved as typed either way (the findings keep publishing blocked until it is right).
 */
export function ExpressionField({ edit, field, label, hint }: { edit: QuestionEdit; field: string; label: string; hint?: ReactNode }) {
  const { q } = useQuestionMessages();
  const raw = edit.element[field];
  const value = typeof raw === "string" ? raw : "";
  // parsing is the slow part of a keystroke elsewhere in the panel: only when the expression or the names change
  const namesKey = [...edit.names].join("\n");
  const problem = useMemo(() => expressionProblem(value, new Set(namesKey.split("\n"))), [value, namesKey]);
  const problemText = problem === null ? [] : problem.kind === "parse" ? [q.rawParseError] : [q.rawUnknown(problem.names.map((name) => `{${name}}`).join(", "))];
  // the findings say the same as the live check once saved; the live check is the one that is current
  const findings = edit.errors(field, { except: ["invalid-expression", "unknown-reference"] }) ?? [];
  return (
    <LocalText
      id={edit.id(field)}
      label={label}
      hint={hint}
      errors={[...problemText, ...findings]}
      value={value}
      onCommit={(text) => edit.update({ [field]: text === "" && field !== "expression" ? undefined : text })}
      multiline
      rows={2}
      readOnly={edit.readOnly}
      spellCheck={false}
      className="af-qe-code"
    />
  );
}
