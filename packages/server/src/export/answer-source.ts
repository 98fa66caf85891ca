import { keysAnswered } from "./answer-columns.js";
import type { AnswerExportResponse } from "./answers-csv-rows.js";

/**
 * The responses an answer export (XLSX, CSV) writes, read a page at a time, so a campaign of any size is never
 * held in memory at once: the database source (export-routes/campaign-answer-source.ts) reads each page when the
 * writer asks for it.
 */
export interface AnswerSource {
  /** The responses in the export's order, a page at a time; every call reads them afresh (one pass per sheet). */
  pages(): AsyncIterable<readonly AnswerExportResponse[]>;
  /** Which of `keys` some response holds a non-empty answer under (decides the optional comment columns). */
  keysAnswered(keys: readonly string[]): Promise<ReadonlySet<string>>;
}

/** Responses already in memory as a source (tests, small exports). */
export function answerSourceOf(responses: readonly AnswerExportResponse[], pageSize = 500): AnswerSource {
  return {
    async *pages() {
      for (let from = 0; from < responses.length; from += pageSize) yield responses.slice(from, from + pageSize);
    },
    keysAnswered: async (keys) => keysAnswered(keys, responses.map((r) => r.answers)),
  };
}
