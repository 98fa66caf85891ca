/**
 * Text that a spreadsheet would take for a formula (it starts with = + - @, a tab or CR, or their full-width
 * forms) gets a leading apostrophe, so opening or re-saving the export never runs what a respondent typed
 * (OWASP "CSV injection"). Numbers are not text and are never changed: -5 stays the number -5.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
