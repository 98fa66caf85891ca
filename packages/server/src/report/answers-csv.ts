import type { Locale, QuestionnaireVersion } from "@afrapport/schema";
import { optionalCommentKeys } from "../export/answer-columns.js";
import { answerSourceOf, type AnswerSource } from "../export/answer-source.js";
import { answersLayout, type AnswerExportResponse } from "../export/answers-csv-rows.js";
import { writeText, type ExportOutput } from "../export/output-stream.js";
import { CSV_BOM, csvRow, type CsvSeparator } from "../http/csv.js";

/**
 * The CSV export of one questionnaire's answers, streamed: the main table of the answers workbook (one row per
 * response, one column per question, titles and choice texts in `locale`, a repeating table summed up in one cell)
 * as toCsv writes it (BOM, ";" unless told otherwise, formula-looking text neutralised), written a page of
 * responses at a time as the source reads them. It does not end `output`: the caller does, once this resolves.
 */
export async function writeAnswersCsv(
  questionnaire: QuestionnaireVersion,
  responses: AnswerSource | readonly AnswerExportResponse[],
  options: { locale: Locale; separator?: CsvSeparator | undefined },
  output: ExportOutput,
): Promise<void> {
  const source = "pages" in responses ? responses : answerSourceOf(responses as readonly AnswerExportResponse[]);
  const separator = options.separator ?? ";";
  const layout = answersLayout(questionnaire, await source.keysAnswered(optionalCommentKeys(questionnaire)), options.locale);
  await writeText(output, CSV_BOM + csvRow(layout.columns.map((column) => column.title), separator));
  for await (const page of source.pages()) {
    let text = "";
    for (const response of page) for (const row of layout.rowsOf(response)) text += csvRow(row, separator);
    await writeText(output, text);
  }
}
