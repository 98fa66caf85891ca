import { formatDanishNumber, parseDanishNumber, type Locale } from "@afrapport/schema";
import { Helpers, surveyLocalization, type Model, type Question, type QuestionTextModel } from "survey-core";

// Number fields read the Danish way (the browser's number input once stored "4,5" as 45).
//
// The cause: survey-react-ui renders `inputType: "number"` as the browser's <input type="number">, and Chromium reads
// a comma there as a thousands separator whatever the page's language – the input's value for "4,5" is "45", so
// SurveyJS never sees the comma (its own number conversion would have read "4,5" as 4.5). A number input also takes
// "1.234" as 1.234 and reports nothing for text it cannot read.
//
// So a number field – a text question, a multiple-text item or a matrix cell with inputType "number" – is rendered as
// a plain text input (danish-number-input.tsx), and what the person types goes through `enterNumberText`:
// `parseDanishNumber` either gives the number meant, which is stored, or refuses the text, which then stores nothing
// and shows a Danish message. The question keeps the typed text, so "4,50" stays "4,50" on screen while 4.5 is saved.

/** The question property holding what the person typed (not in the questionnaire JSON: not a Serializer property). */
const typedTextProperty = "afTypedNumberText";

export const refusedNumberMessages: Readonly<Record<Locale, string>> = {
  da: "Skriv et tal med decimalkomma, fx 4,5 eller 1.234. Det, der står i feltet, er ikke gemt.",
  en: "Write a number with a decimal comma, e.g. 4,5 or 1.234. What is in the field has not been saved.",
};

const refusedTexts = new Set(Object.values(refusedNumberMessages));

function refusedMessage(question: Question): string {
  // survey-core reports its default locale (English) as ""
  const locale = question.getLocale() || surveyLocalization.defaultLocale;
  return locale === "en" ? refusedNumberMessages.en : refusedNumberMessages.da;
}

/** A text entry that takes numbers: a text question, a multiple-text item's editor or a matrix cell. */
export function isNumberField(question: Question): question is QuestionTextModel {
  return question.getType() === "text" && (question as QuestionTextModel).inputType === "number";
}

function typedText(question: Question): string | undefined {
  const text: unknown = question.getPropertyValue(typedTextProperty);
  return typeof text === "string" ? text : undefined;
}

function readValue(text: string): number | undefined {
  const parsed = parseDanishNumber(text);
  return parsed.kind === "number" ? parsed.value : undefined;
}

function emptyToUndefined(value: unknown): unknown {
  return Helpers.isValueEmpty(value) ? undefined : value;
}

/**
 * What the person typed into a number field: the number it means is stored, or – for text that is no number by the
 * Danish rule, or no text – nothing is (never another number). The text itself is kept for the field to show.
 */
export function enterNumberText(question: QuestionTextModel, text: string): void {
  question.setPropertyValue(typedTextProperty, text);
  const next = readValue(text);
  if (!Helpers.isTwoValueEquals(emptyToUndefined(question.value), next)) {
    if (next === undefined) question.clearValue();
    else question.value = next;
  }
  if (!isNumberTextRefused(question)) removeRefusal(question);
}

/** The text a number field shows: what the person typed while it still means the stored value, else the value. */
export function numberFieldText(question: QuestionTextModel): string {
  const value = emptyToUndefined(question.value);
  const typed = typedText(question);
  if (typed !== undefined && Helpers.isTwoValueEquals(readValue(typed), value)) return typed;
  if (typeof value === "number") return formatDanishNumber(value);
  // an answer saved as text before numbers were read the Danish way
  return value === undefined ? "" : String(value);
}

/** Whether the field shows text that was refused: no number stored and a message due. */
export function isNumberTextRefused(question: Question): boolean {
  if (!isNumberField(question) || !Helpers.isValueEmpty(question.value)) return false;
  const typed = typedText(question);
  return typed !== undefined && parseDanishNumber(typed).kind === "invalid";
}

/** Shows the Danish message on a field whose text was refused (when the person leaves it), once. */
export function showNumberRefusal(question: QuestionTextModel): void {
  if (!isNumberTextRefused(question)) return;
  if (question.errors.some((error) => refusedTexts.has(error.getText()))) return;
  question.errors = question.errors.filter((error) => error.getErrorType() !== "required");
  question.addError(refusedMessage(question));
}

function removeRefusal(question: Question): void {
  if (question.errors.some((error) => refusedTexts.has(error.getText()))) {
    question.errors = question.errors.filter((error) => !refusedTexts.has(error.getText()));
  }
}

/**
 * Checks number fields when the questionnaire is validated (next page, submit): a field showing refused text gets
 * the Danish message instead of "required", so the person is not told to answer a question they did answer.
 */
export function validateDanishNumbers(model: Model): void {
  model.onValidateQuestion.add((_, options) => {
    if (!isNumberTextRefused(options.question)) return;
    const errors = options.errors;
    for (let i = errors.length - 1; i >= 0; i--) if (errors[i]?.getErrorType() === "required") errors.splice(i, 1);
    options.error = refusedMessage(options.question);
  });
}
