import type { Locale, QuestionnaireVersion } from "@afrapport/schema";
import { answersTable, type AnswerExportResponse } from "../export/answers-csv-rows.js";
import { toCsv, type CsvSeparator } from "../http/csv.js";

/**
 * The CSV export of one questionnaire's answers: the main table of the answers workbook (answersTable – one row
 * per response, one column per question, titles and choice texts in `locale`, a repeating table summed up in one
 * cell) written by toCsv (BOM, ";" unless told otherwise, formula-looking text neutralised).
 */
export function answersCsv(
  questionnaire: QuestionnaireVersion,
  responses: readonly AnswerExportResponse[],
  options: { locale: Locale; separator?: CsvSeparator | undefined },
): string {
  const { header, rows } = answersTable(questionnaire, responses, options.locale);
  return toCsv([header, ...rows], options.separator === undefined ? {} : { separator: options.separator });
}
