/**
 * Text that is safe to put in an XML file (DOCX and XLSX are zipped XML). XML 1.0 forbids most control
 * characters and lone surrogates; one of them in a respondent's answer (pasted from another program) would make
 * Word or Excel refuse the whole file. Tabs and line breaks are kept; CR LF becomes LF.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(FORBIDDEN, "");
}
