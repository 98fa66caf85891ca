import { formatDanishNumber, parseDanishNumber, readValidators, type ValidatorSettings, writeValidators } from "@afrapport/schema";
import { CheckField } from "./check-field.js";
import { withLocaleText } from "./draft-text.js";
import { type Parsed, ParsedText } from "./local-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { type QuestionMessages, useQuestionMessages } from "./question-messages.js";
import { TextPair } from "./text-pair.js";

const optionalNumber = (q: QuestionMessages) => (text: string): Parsed<number | undefined> => {
  const read = parseDanishNumber(text);
  if (read.kind === "empty") return { ok: true, value: undefined };
  return read.kind === "number" ? { ok: true, value: read.value } : { ok: false, message: q.numberInvalid };
};

const optionalCount = (q: QuestionMessages) => (text: string): Parsed<number | undefined> => {
  const read = parseDanishNumber(text);
  if (read.kind === "empty") return { ok: true, value: undefined };
  return read.kind === "number" && Number.isInteger(read.value) && read.value >= 0 ? { ok: true, value: read.value } : { ok: false, message: q.countInvalid };
};

const shown = (value: number | undefined) => (value === undefined ? "" : formatDanishNumber(value));

/** Whether a pattern is a regular expression the browser (and so survey-core) can use. */
function patternProblem(regex: string): boolean {
  try {
    new RegExp(regex);
    return false;
  } catch {
    return true;
  }
}

/**
 * The question's checks on the answer – min/max and decimals for a number, length and a pattern for text – read
 * and written through readValidators/writeValidators, which keep every validator they do not cover as it is.
 */
export function ValidationSection({ edit }: { edit: QuestionEdit }) {
  const { q } = useQuestionMessages();
  const { settings, other } = readValidators(edit.element);
  const save = (change: Partial<ValidatorSettings>) => {
    const next: ValidatorSettings = { ...settings, ...change };
    for (const key of Object.keys(change) as Array<keyof ValidatorSettings>) if (change[key] === undefined) delete next[key];
    edit.update({ validators: writeValidators(next, other) });
  };
  const errors = edit.errors("validators");
  const number = edit.builderType === "number";
  const minAboveMax = (low: number | undefined, high: number | undefined) => (low !== undefined && high !== undefined && low > high ? [q.minAboveMax] : undefined);

  return (
    <fieldset id={edit.id("validators")} tabIndex={-1} className="af-qe-section">
      <legend>{q.validationLegend}</legend>
      {errors && <p className="af-field-error">{errors.join(" ")}</p>}
      {number ? (
        <>
          <div className="af-qe-row">
            <ParsedText<number | undefined>
              id={edit.id("validators.min")}
              label={q.minLabel}
              value={settings.min}
              format={shown}
              parse={optionalNumber(q)}
              onCommit={(min) => save({ min })}
              errors={minAboveMax(settings.min, settings.max)}
              readOnly={edit.readOnly}
              inputMode="decimal"
              className="af-qe-short"
            />
            <ParsedText<number | undefined>
              id={edit.id("validators.max")}
              label={q.maxLabel}
              value={settings.max}
              format={shown}
              parse={optionalNumber(q)}
              onCommit={(max) => save({ max })}
              readOnly={edit.readOnly}
              inputMode="decimal"
              className="af-qe-short"
            />
          </div>
          <CheckField
            id={edit.id("validators.wholeNumber")}
            label={q.wholeNumberLabel}
            checked={settings.wholeNumber}
            disabled={edit.readOnly}
            onChange={(wholeNumber) => save({ wholeNumber, maxDecimals: undefined })}
          />
          {!settings.wholeNumber && (
            <ParsedText<number | undefined>
              id={edit.id("validators.maxDecimals")}
              label={q.maxDecimalsLabel}
              hint={q.maxDecimalsHint}
              value={settings.maxDecimals}
              format={shown}
              parse={optionalCount(q)}
              onCommit={(maxDecimals) => save({ maxDecimals })}
              readOnly={edit.readOnly}
              inputMode="numeric"
              className="af-qe-short"
            />
          )}
        </>
      ) : (
        <>
          <div className="af-qe-row">
            <ParsedText<number | undefined>
              id={edit.id("validators.minLength")}
              label={q.minLengthLabel}
              value={settings.minLength}
              format={shown}
              parse={optionalCount(q)}
              onCommit={(minLength) => save({ minLength })}
              errors={minAboveMax(settings.minLength, settings.maxLength)}
              readOnly={edit.readOnly}
              inputMode="numeric"
              className="af-qe-short"
            />
            <ParsedText<number | undefined>
              id={edit.id("validators.maxLength")}
              label={q.maxLengthLabel}
              value={settings.maxLength}
              format={shown}
              parse={optionalCount(q)}
              onCommit={(maxLength) => save({ maxLength })}
              readOnly={edit.readOnly}
              inputMode="numeric"
              className="af-qe-short"
            />
          </div>
          <fieldset className="af-qe-subsection">
            <legend>{q.patternLegend}</legend>
            <ParsedText<string>
              id={edit.id("validators.pattern")}
              label={q.patternLabel}
              hint={q.patternHint}
              value={settings.pattern?.regex ?? ""}
              format={(regex) => regex}
              parse={(regex) => (patternProblem(regex) ? { ok: false, message: q.patternInvalid } : { ok: true, value: regex })}
              onCommit={(regex) => save({ pattern: regex === "" ? undefined : { regex, text: settings.pattern?.text ?? {} } })}
              readOnly={edit.readOnly}
              spellCheck={false}
              className="af-qe-code"
            />
            {settings.pattern !== undefined && (
              <TextPair
                edit={edit}
                field="validators.pattern.text"
                label={q.patternMessageLabel}
                value={settings.pattern.text}
                onCommit={(locale, text) => settings.pattern && save({ pattern: { regex: settings.pattern.regex, text: withLocaleText(settings.pattern.text, locale, text) ?? {} } })}
                required
              />
            )}
          </fieldset>
        </>
      )}
      {other.length > 0 && <p className="af-hint">{q.otherValidators(other.length)}</p>}
    </fieldset>
  );
}
