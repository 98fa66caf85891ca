import type { Answers } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { Database, ResponseStatus } from "../db/tables.js";
import { keysAnswered } from "../export/answer-columns.js";
import type { AnswerSource } from "../export/answer-source.js";
import type { AnswerExportResponse } from "../export/answers-csv-rows.js";
import { respondentState } from "../rules/respondent-state.js";

/** Responses whose answers one query fetches: a page of the export. */
const pageSize = 500;
/** Comment-holding answers read at a time while looking for the optional comment columns. */
const scanPageSize = 200;

interface ResponseKey {
  id: string;
  respondentName: string;
  kommuneCode: string | null;
  state: string;
  submittedAt: string | null;
  /** the revision whose answers the export writes: the current one when the export began */
  revision: number;
}

const parseAnswers = (json: string | null | undefined): Answers => (json === null || json === undefined ? {} : (JSON.parse(json) as Answers));

/**
 * A campaign's responses of one audience (optionally of one status) as an answer export reads them, in the order
 * the exports have always had (municipality code, then name). The list of responses and the revision of each are
 * read once, when the source is made, and every page then fetches exactly those revisions' answers: revisions are
 * never changed, so every sheet shows the same responses with the same answers, even while respondents save. Only
 * a page of parsed answers is in memory at a time; the database is not held in a transaction while the file is
 * downloaded, so saves go on meanwhile.
 */
export async function campaignAnswerSource(
  db: Kysely<Database>,
  campaignId: string,
  filter: { kind: "municipality" | "offer"; status?: ResponseStatus },
): Promise<AnswerSource> {
  let query = db
    .selectFrom("responses")
    .innerJoin("respondents", "respondents.id", "responses.respondent_id")
    .select([
      "responses.id",
      "respondents.name",
      "respondents.kommune_code",
      "respondents.first_opened_at",
      "responses.status",
      "responses.current_revision",
      "responses.submitted_at",
    ])
    .where("responses.campaign_id", "=", campaignId)
    .where("respondents.kind", "=", filter.kind);
  if (filter.status !== undefined) query = query.where("responses.status", "=", filter.status);
  const rows = await query.orderBy("respondents.kommune_code").orderBy("respondents.name").orderBy("responses.id").execute();
  const keys: ResponseKey[] = rows.map((row) => ({
    id: row.id,
    respondentName: row.name,
    kommuneCode: row.kommune_code,
    state: respondentState({ status: row.status, firstOpenedAt: row.first_opened_at, currentRevision: row.current_revision }),
    submittedAt: row.submitted_at,
    revision: row.current_revision,
  }));

  async function answersOf(page: readonly ResponseKey[]): Promise<Map<string, string>> {
    const saved = page.filter((key) => key.revision > 0);
    if (saved.length === 0) return new Map();
    const found = await db
      .selectFrom("response_revisions")
      .select(["response_id", "answers_json"])
      .where((eb) => eb.or(saved.map((key) => eb.and([eb("response_id", "=", key.id), eb("revision", "=", key.revision)]))))
      .execute();
    return new Map(found.map((row) => [row.response_id, row.answers_json]));
  }

  return {
    async *pages() {
      for (let from = 0; from < keys.length; from += pageSize) {
        const page = keys.slice(from, from + pageSize);
        const answers = await answersOf(page);
        yield page.map(
          (key): AnswerExportResponse => ({
            id: key.id,
            respondentName: key.respondentName,
            ...(key.kommuneCode === null ? {} : { kommuneCode: key.kommuneCode }),
            status: key.state,
            submittedAt: key.submittedAt,
            answers: parseAnswers(answers.get(key.id)),
          }),
        );
      }
    },

    // Comment keys all end in "-Comment": the database finds, among the exported revisions, the few answers that
    // hold one without any being parsed here, and only those are read (a page at a time) to see which keys hold a
    // non-empty text. The same revisions as the rows: a comment removed meanwhile keeps its column.
    async keysAnswered(wanted) {
      const found = new Set<string>();
      if (wanted.length === 0) return found;
      const saved = keys.filter((key) => key.revision > 0);
      for (let from = 0; from < saved.length && found.size < wanted.length; from += scanPageSize) {
        const page = saved.slice(from, from + scanPageSize);
        const rows = await db
          .selectFrom("response_revisions")
          .select("answers_json")
          .where((eb) => eb.or(page.map((key) => eb.and([eb("response_id", "=", key.id), eb("revision", "=", key.revision)]))))
          .where("answers_json", "like", '%-Comment"%')
          .execute();
        const answers = rows.map((row) => parseAnswers(row.answers_json));
        for (const key of keysAnswered(wanted.filter((k) => !found.has(k)), answers)) found.add(key);
      }
      return found;
    },
  };
}
