import { locales } from "@afrapport/schema";
import type { Model, Question, SurveyError } from "survey-core";

// "-3" in a count got two messages: "Angiv et tal på 0 eller derover." and "Angiv et helt tal uden decimaler.". The
// published questionnaires check a whole number with the pattern ^\d+$, which refuses the minus sign as well as the
// decimals; next to the minimum's own message that second one is wrong – -3 is whole, it is negative. The
// questionnaires are frozen and the server reports both, so the browser shows only what applies: a pattern's
// message on a negative number is left out when the pattern would take the number without its sign and the field
// has another message (the minimum's) saying what is wrong. Alone, the pattern's message stays: it is all there is.

/** Whether `pattern` refuses `value` only because of its minus sign. */
export function refusesOnlySign(pattern: string, value: unknown): boolean {
  if (typeof value !== "number" || !Number.isFinite(value) || value >= 0) return false;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    return false;
  }
  return !regex.test(String(value)) && regex.test(String(-value));
}

interface PatternValidator {
  getType(): string;
  regex?: string;
  getErrorText(name: string): string;
  locText?: { getLocaleText(locale: string): string };
}

/**
 * The messages of the field's pattern validators that refuse `value` for its sign alone: as survey-core words them
 * now, and in each language of the questionnaire (the server's messages come in both).
 */
function signOnlyTexts(question: Question, value: unknown): Set<string> {
  const texts = new Set<string>();
  for (const validator of (question.validators ?? []) as unknown as PatternValidator[]) {
    if (validator.getType() !== "regexvalidator" || typeof validator.regex !== "string") continue;
    if (!refusesOnlySign(validator.regex, value)) continue;
    texts.add(validator.getErrorText(question.name));
    for (const locale of locales) {
      const text = validator.locText?.getLocaleText(locale);
      if (text) texts.add(text);
    }
  }
  return texts;
}

/**
 * A field's messages without those that only repeat the sign: `texts` in order; a text of a sign-only pattern
 * is left out when another text remains.
 */
export function withoutSignRepeats(question: Question, value: unknown, texts: readonly string[]): string[] {
  const signOnly = signOnlyTexts(question, value);
  if (signOnly.size === 0) return [...texts];
  const kept = texts.filter((text) => !signOnly.has(text));
  return kept.length > 0 ? kept : [...texts];
}

/** The same rule on survey-core's own checks (a field being corrected, the check before "Indsend"). */
export function dropSignRepeats(model: Model): void {
  model.onValidateQuestion.add((_, options) => {
    const errors: SurveyError[] = options.errors;
    if (errors.length < 2) return;
    const kept = withoutSignRepeats(options.question, options.value, errors.map((error) => error.getText()));
    if (kept.length === errors.length) return;
    for (let i = errors.length - 1; i >= 0; i--) if (!kept.includes(errors[i]?.getText() ?? "")) errors.splice(i, 1);
  });
}
