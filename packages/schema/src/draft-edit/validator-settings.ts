import { deepEqual, isRecord } from "../json-value.js";
import type { DraftText } from "../questionnaire-draft.js";

/**
 * The validator panel's model of a question's SurveyJS `validators`:
 * - `min` / `max`: a `numeric` validator's minValue / maxValue, as the built-in questionnaires write them (not the
 *   question's own `min` / `max`: those only carry survey-core's generic message, and number fields are text inputs);
 * - `wholeNumber` / `maxDecimals`: a `regex` validator on the number as the answer holds it (`^\d+$`, `^\d+(\.\d)?$`;
 *   a minus allowed unless min is 0 or more). Number answers are stored as numbers; survey-core tests a regex
 *   against the number's text, "4.5", so the pattern counts the decimals the respondent gave;
 * - `minLength` / `maxLength`: a `text` validator;
 * - `pattern`: any other `regex` validator, with its message.
 * Each message is written in Danish and English.
 */
export interface ValidatorSettings {
  min?: number;
  max?: number;
  wholeNumber: boolean;
  maxDecimals?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: { regex: string; text: DraftText };
}

type Validator = Record<string, unknown>;

const da = (value: number) => String(value).replace(".", ",");
const en = (value: number) => String(value);
const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const count = (value: unknown): value is number => finite(value) && Number.isInteger(value) && value >= 0;

function numericValidator(settings: ValidatorSettings): Validator | undefined {
  const min = finite(settings.min) ? settings.min : undefined;
  const max = finite(settings.max) ? settings.max : undefined;
  if (min === undefined && max === undefined) return undefined;
  const validator: Validator = { type: "numeric" };
  if (min !== undefined) validator.minValue = min;
  if (max !== undefined) validator.maxValue = max;
  if (min !== undefined && max !== undefined) validator.text = { da: `Angiv et tal mellem ${da(min)} og ${da(max)}.`, en: `Enter a number between ${en(min)} and ${en(max)}.` };
  else if (min !== undefined) validator.text = { da: `Angiv et tal på ${da(min)} eller derover.`, en: `Enter a number of ${en(min)} or more.` };
  else validator.text = { da: `Angiv et tal på ${da(max as number)} eller derunder.`, en: `Enter a number of ${en(max as number)} or less.` };
  return validator;
}

function decimalsValidator(settings: ValidatorSettings): Validator | undefined {
  const sign = finite(settings.min) && settings.min >= 0 ? "" : "-?";
  const decimals = settings.wholeNumber ? 0 : count(settings.maxDecimals) ? settings.maxDecimals : undefined;
  if (decimals === undefined) return undefined;
  if (decimals === 0) {
    return { type: "regex", regex: `^${sign}\\d+$`, text: { da: "Angiv et helt tal uden decimaler.", en: "Enter a whole number without decimals." } };
  }
  if (decimals === 1) {
    return { type: "regex", regex: `^${sign}\\d+(\\.\\d)?$`, text: { da: "Angiv et tal med højst én decimal.", en: "Enter a number with at most one decimal." } };
  }
  return { type: "regex", regex: `^${sign}\\d+(\\.\\d{1,${decimals}})?$`, text: { da: `Angiv et tal med højst ${decimals} decimaler.`, en: `Enter a number with at most ${decimals} decimals.` } };
}

function lengthValidator(settings: ValidatorSettings): Validator | undefined {
  const min = count(settings.minLength) && settings.minLength > 0 ? settings.minLength : undefined;
  const max = count(settings.maxLength) && settings.maxLength > 0 ? settings.maxLength : undefined;
  if (min === undefined && max === undefined) return undefined;
  const validator: Validator = { type: "text" };
  if (min !== undefined) validator.minLength = min;
  if (max !== undefined) validator.maxLength = max;
  if (min !== undefined && max !== undefined) validator.text = { da: `Skriv mellem ${min} og ${max} tegn.`, en: `Enter between ${min} and ${max} characters.` };
  else if (min !== undefined) validator.text = { da: `Skriv mindst ${min} tegn.`, en: `Enter at least ${min} characters.` };
  else validator.text = { da: `Skriv højst ${max} tegn.`, en: `Enter at most ${max} characters.` };
  return validator;
}

function patternValidator(settings: ValidatorSettings): Validator | undefined {
  if (!settings.pattern || settings.pattern.regex === "") return undefined;
  return { type: "regex", regex: settings.pattern.regex, text: settings.pattern.text };
}

/** The validators the settings make, followed by the others as they were; undefined when there are none. */
export function writeValidators(settings: ValidatorSettings, other: readonly unknown[]): unknown[] | undefined {
  const validators = [numericValidator(settings), decimalsValidator(settings), lengthValidator(settings), patternValidator(settings)].filter((v): v is Validator => v !== undefined);
  const all = [...validators, ...other];
  return all.length > 0 ? all : undefined;
}

const decimalsPattern = /^\^(?:-\?)?\\d\+(?:\(\\\.\\d(?:\{1,(\d+)\})?\)\?)?\$$/;

/** The decimals a regex validator allows when it is one decimalsValidator writes (its message included), else undefined. */
function decimalsOf(validator: Validator): number | undefined {
  const match = typeof validator.regex === "string" ? decimalsPattern.exec(validator.regex) : null;
  if (!match) return undefined;
  const decimals = (validator.regex as string).includes("(") ? Number(match[1] ?? 1) : 0;
  const written = decimalsValidator(decimals === 0 ? { wholeNumber: true } : { wholeNumber: false, maxDecimals: decimals });
  return deepEqual(written?.text, validator.text) ? decimals : undefined;
}

function isDraftText(value: unknown): value is DraftText {
  return isRecord(value) && Object.entries(value).every(([key, text]) => (key === "da" || key === "en") && typeof text === "string");
}

/**
 * The settings a question's validators express, and the validators they do not cover (kept as they are: a second
 * validator of a kind, another type, one with its own message or properties). A validator counts as covered only when
 * writeValidators would write it back exactly as it is, so reading and writing never changes what a question checks
 * or says.
 */
export function readValidators(element: Record<string, unknown>): { settings: ValidatorSettings; other: unknown[] } {
  const validators = Array.isArray(element.validators) ? element.validators : [];
  const settings: ValidatorSettings = { wholeNumber: false };
  const candidates: Array<{ validator: Validator; kind: "numeric" | "decimals" | "length" | "pattern" }> = [];
  const other: unknown[] = [];
  const taken = new Set<string>();

  for (const validator of validators) {
    if (!isRecord(validator)) {
      other.push(validator);
      continue;
    }
    const kind =
      validator.type === "numeric" ? "numeric"
      : validator.type === "text" ? "length"
      : validator.type === "regex" && decimalsOf(validator) !== undefined && !taken.has("decimals") ? "decimals"
      : validator.type === "regex" ? "pattern"
      : undefined;
    if (kind === undefined || taken.has(kind)) {
      other.push(validator);
      continue;
    }
    taken.add(kind);
    candidates.push({ validator, kind });
  }

  // Read what each candidate says, then keep only those the settings write back identically.
  for (const { validator, kind } of candidates) {
    if (kind === "numeric") {
      if (finite(validator.minValue)) settings.min = validator.minValue;
      if (finite(validator.maxValue)) settings.max = validator.maxValue;
    } else if (kind === "length") {
      if (count(validator.minLength)) settings.minLength = validator.minLength;
      if (count(validator.maxLength)) settings.maxLength = validator.maxLength;
    } else if (kind === "decimals") {
      const decimals = decimalsOf(validator) as number;
      if (decimals === 0) settings.wholeNumber = true;
      else settings.maxDecimals = decimals;
    } else if (isDraftText(validator.text)) {
      settings.pattern = { regex: validator.regex as string, text: validator.text };
    }
  }
  const write: Record<typeof candidates[number]["kind"], (s: ValidatorSettings) => Validator | undefined> = {
    numeric: numericValidator,
    decimals: decimalsValidator,
    length: lengthValidator,
    pattern: patternValidator,
  };
  const unset: Record<typeof candidates[number]["kind"], (s: ValidatorSettings) => void> = {
    numeric: (s) => {
      delete s.min;
      delete s.max;
    },
    decimals: (s) => {
      s.wholeNumber = false;
      delete s.maxDecimals;
    },
    length: (s) => {
      delete s.minLength;
      delete s.maxLength;
    },
    pattern: (s) => {
      delete s.pattern;
    },
  };
  // Taking one back can change how another is written (the sign of the decimals pattern follows min): until stable.
  let covered = candidates;
  for (;;) {
    const stale = covered.filter(({ validator, kind }) => !deepEqual(write[kind](settings), validator));
    if (stale.length === 0) break;
    for (const { validator, kind } of stale) {
      unset[kind](settings);
      other.push(validator);
    }
    covered = covered.filter((candidate) => !stale.includes(candidate));
  }
  // the others keep their place relative to each other
  other.sort((a, b) => validators.indexOf(a) - validators.indexOf(b));
  return { settings, other };
}
