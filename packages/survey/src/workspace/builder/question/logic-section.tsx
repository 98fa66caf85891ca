import {
  type ConditionClause,
  type ConditionModel,
  formatCondition,
  operatorsFor,
  parseCondition,
  type PickerQuestion,
  parseDanishNumber,
  formatDanishNumber,
  questionsBefore,
} from "@afrapport/schema";
import { useEffect, useId, useRef, useState } from "react";
import { SelectField } from "../../shell/form-field.js";
import { CheckField } from "./check-field.js";
import { addClause, newClause, removeClause, replaceClause, toggleListValue, withOperator, withQuestion } from "./condition-clauses.js";
import { ExpressionField } from "./expression-field.js";
import { LocalText, ParsedText } from "./local-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { type QuestionMessages, useQuestionMessages } from "./question-messages.js";

type ConditionProperty = "visibleIf" | "enableIf" | "requiredIf";

/** visibleIf, enableIf and requiredIf, each through the condition picker over the questions before this one. */
export function LogicSection({ edit }: { edit: QuestionEdit }) {
  const { q } = useQuestionMessages();
  const properties: ConditionProperty[] = edit.answers && edit.element.type !== "expression" ? ["visibleIf", "enableIf", "requiredIf"] : ["visibleIf"];
  const questions = questionsBefore(edit.draft, edit.name);
  return (
    <fieldset className="af-qe-section">
      <legend>{q.logicLegend}</legend>
      <p className="af-hint">{q.logicHint}</p>
      {properties.map((property) => (
        <ConditionPicker key={property} edit={edit} property={property} questions={questions} />
      ))}
    </fieldset>
  );
}

const titleOf = (question: PickerQuestion, locale: "da" | "en") => {
  const title = (question.title[locale] || question.title.da || "").trim();
  const short = title.length > 60 ? `${title.slice(0, 57)}…` : title;
  return short === "" ? question.name : `${short} (${question.name})`;
};

function ConditionPicker({ edit, property, questions }: { edit: QuestionEdit; property: ConditionProperty; questions: PickerQuestion[] }) {
  const { q, locale } = useQuestionMessages();
  const raw = typeof edit.element[property] === "string" ? (edit.element[property] as string) : "";
  // The picker keeps its own model: a clause still being filled in (no value ticked yet) is not in the expression,
  // and must not vanish from the picker when the expression comes back without it.
  const [model, setModel] = useState<ConditionModel | null>(() => parseCondition(raw));
  const written = useRef(raw);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const base = useId();
  useEffect(() => {
    if (raw !== written.current) {
      written.current = raw;
      setModel(parseCondition(raw));
    }
  }, [raw]);
  useEffect(() => {
    if (focusNext === null) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const commit = (next: ConditionModel) => {
    setModel(next);
    const text = formatCondition(next);
    if (text === written.current) return;
    written.current = text;
    edit.update({ [property]: text === "" ? undefined : text });
  };
  const questionFor = (name: string) => questions.find((candidate) => candidate.name === name);
  const clauseId = (index: number, part: string) => `${base}-clause${index}-${part}`;
  const legendId = `${base}-legend`;

  return (
    <fieldset className="af-qe-subsection af-qe-condition" aria-describedby={`${base}-hint`}>
      <legend id={legendId}>{q.conditionLegends[property]}</legend>
      <p id={`${base}-hint`} className="af-hint">
        {model === null ? q.rawNotPickable : model.clauses.length === 0 ? `${q.conditionNone} ${q.conditionHints[property]}` : q.conditionHints[property]}
      </p>
      {model !== null && (
        <>
          {model.clauses.length > 1 && (
            <SelectField
              id={`${base}-combinator`}
              label={q.combinatorLabel}
              value={model.combinator}
              disabled={edit.readOnly}
              onChange={(event) => commit({ ...model, combinator: event.target.value === "or" ? "or" : "and" })}
            >
              <option value="and">{q.combinatorAnd}</option>
              <option value="or">{q.combinatorOr}</option>
            </SelectField>
          )}
          {model.clauses.map((clause, index) => (
            <div key={index} className="af-qe-clause-wrap">
              {index > 0 && (
                <p className="af-qe-join" aria-hidden="true">
                  {model.combinator === "or" ? q.joinOr : q.joinAnd}
                </p>
              )}
              <ClauseFields
                clause={clause}
                position={index + 1}
                question={questionFor(clause.question)}
                questions={questions}
                readOnly={edit.readOnly}
                id={(part) => clauseId(index, part)}
                locale={locale}
                q={q}
                onChange={(next) => commit(replaceClause(model, index, next))}
                onRemove={() => {
                  commit(removeClause(model, index));
                  setFocusNext(model.clauses.length > 1 ? clauseId(Math.max(0, index - 1), "question") : `${base}-add`);
                }}
              />
            </div>
          ))}
          {!edit.readOnly &&
            (questions.length === 0 ? (
              model.clauses.length === 0 && <p className="af-hint">{q.noEarlierQuestions}</p>
            ) : (
              <div className="af-ws-actions">
                <button
                  id={`${base}-add`}
                  type="button"
                  className="af-button af-button--small"
                  aria-describedby={legendId}
                  onClick={() => {
                    commit(addClause(model, newClause(questions[questions.length - 1]!)));
                    setFocusNext(clauseId(model.clauses.length, "question"));
                  }}
                >
                  {q.clauseAdd}
                </button>
              </div>
            ))}
        </>
      )}
      <ExpressionField edit={edit} field={property} label={q.rawLabel} hint={q.rawHint} />
    </fieldset>
  );
}

function ClauseFields({
  clause,
  position,
  question,
  questions,
  readOnly,
  id,
  locale,
  q,
  onChange,
  onRemove,
}: {
  clause: ConditionClause;
  position: number;
  question: PickerQuestion | undefined;
  questions: PickerQuestion[];
  readOnly: boolean;
  id(part: string): string;
  locale: "da" | "en";
  q: QuestionMessages;
  onChange(clause: ConditionClause): void;
  onRemove(): void;
}) {
  const operators = operatorsFor(question?.builderType ?? null);
  return (
    <fieldset className="af-qe-clause">
      <legend>{q.clauseLegend(position)}</legend>
      <div className="af-qe-clause__fields">
        <SelectField
          id={id("question")}
          label={q.clauseQuestionLabel}
          value={clause.question}
          disabled={readOnly}
          onChange={(event) => {
            const next = questions.find((candidate) => candidate.name === event.target.value);
            if (next) onChange(withQuestion(clause, next));
          }}
        >
          {question === undefined && <option value={clause.question}>{q.clauseUnknownQuestion(clause.question)}</option>}
          {questions.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {titleOf(candidate, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id("operator")}
          label={q.clauseOperatorLabel}
          value={clause.operator}
          disabled={readOnly}
          onChange={(event) => onChange(withOperator(clause, event.target.value as ConditionClause["operator"], question))}
        >
          {!operators.includes(clause.operator) && <option value={clause.operator}>{q.operators[clause.operator]}</option>}
          {operators.map((operator) => (
            <option key={operator} value={operator}>
              {q.operators[operator]}
            </option>
          ))}
        </SelectField>
        <ClauseValue clause={clause} question={question} readOnly={readOnly} id={id} locale={locale} q={q} onChange={onChange} />
      </div>
      {!readOnly && (
        <button type="button" className="af-button af-button--small af-button--danger af-qe-clause__remove" aria-label={q.clauseRemove(position)} onClick={onRemove}>
          {q.removeShort}
        </button>
      )}
    </fieldset>
  );
}

function ClauseValue({
  clause,
  question,
  readOnly,
  id,
  locale,
  q,
  onChange,
}: {
  clause: ConditionClause;
  question: PickerQuestion | undefined;
  readOnly: boolean;
  id(part: string): string;
  locale: "da" | "en";
  q: QuestionMessages;
  onChange(clause: ConditionClause): void;
}) {
  const { operator, value } = clause;
  if (operator === "empty" || operator === "notempty") return null;
  const choices = question?.choices ?? [];
  const choiceText = (choice: PickerQuestion["choices"][number]) => choice.text[locale] || choice.text.da || String(choice.value);
  const set = (next: ConditionClause["value"]) => onChange({ ...clause, value: next });

  if (operator === "anyof" || operator === "allof") {
    const list = Array.isArray(value) ? value : [];
    if (choices.length === 0) {
      return (
        <LocalText
          id={id("value")}
          label={q.clauseValueLabel}
          value={list.join(", ")}
          readOnly={readOnly}
          onCommit={(text) => set(text.split(",").map((part) => part.trim()).filter((part) => part !== ""))}
        />
      );
    }
    return (
      <fieldset className="af-qe-clause__values">
        <legend>{q.clauseValuesLegend}</legend>
        {choices.map((choice, i) => (
          <CheckField
            key={String(choice.value)}
            id={id(`value-${i}`)}
            label={choiceText(choice)}
            checked={list.some((item) => String(item) === String(choice.value))}
            disabled={readOnly}
            onChange={(checked) => set(toggleListValue(list, choice.value, checked, question))}
          />
        ))}
      </fieldset>
    );
  }

  if (choices.length > 0) {
    const listed = choices.some((choice) => String(choice.value) === String(value));
    return (
      <SelectField
        id={id("value")}
        label={q.clauseValueLabel}
        value={String(value)}
        disabled={readOnly}
        onChange={(event) => {
          const chosen = choices.find((choice) => String(choice.value) === event.target.value);
          if (chosen) set(chosen.value);
        }}
      >
        {!listed && <option value={String(value)}>{String(value)}</option>}
        {choices.map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choiceText(choice)}
          </option>
        ))}
      </SelectField>
    );
  }

  if (question?.builderType === "number" || question?.builderType === "expression" || typeof value === "number") {
    return (
      <ParsedText<number>
        id={id("value")}
        label={q.clauseValueLabel}
        value={typeof value === "number" ? value : 0}
        format={formatDanishNumber}
        parse={(text) => {
          const read = parseDanishNumber(text);
          return read.kind === "number" ? { ok: true, value: read.value } : { ok: false, message: q.numberInvalid };
        }}
        onCommit={set}
        readOnly={readOnly}
        inputMode="decimal"
        className="af-qe-short"
      />
    );
  }

  return <LocalText id={id("value")} label={q.clauseValueLabel} value={typeof value === "string" ? value : String(value ?? "")} readOnly={readOnly} onCommit={set} />;
}
