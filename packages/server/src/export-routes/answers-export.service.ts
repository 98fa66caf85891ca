import type { Answers, Locale } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { campaignQuestionnaire, loadCampaign } from "../campaign/campaign.service.js";
import { ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import type { AnswerExportResponse } from "../export/answers-csv-rows.js";
import type { AnswersXlsxInput } from "../export/answers-xlsx.js";
import { campaignAnswers, type CampaignAnswers } from "../response/response.service.js";
import { respondentState } from "../rules/respondent-state.js";
import { answersFileName } from "./export-names.js";

export interface AnswersExport {
  input: AnswersXlsxInput;
  fileName: string;
}

const parseAnswers = (row: CampaignAnswers): Answers => (row.answers_json === null ? {} : (JSON.parse(row.answers_json) as Answers));

/**
 * The answers workbook's input: the municipality questionnaire's responses, then the offer questionnaire's.
 * By default the submitted responses (what the report counts); `include: "all"` adds drafts, reopened and
 * unopened ones with their current answers and state.
 */
export async function answersExport(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  options: { locale: Locale; include: "submitted" | "all" },
): Promise<Result<AnswersExport>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const rows = await campaignAnswers(db, campaignId, options.include === "all" ? {} : { status: "submitted" });
  const questionnaires: AnswersXlsxInput["questionnaires"] = [];
  for (const audience of ["municipality", "offer"] as const) {
    const questionnaire = await campaignQuestionnaire(db, campaign, audience);
    if (questionnaire === undefined) continue;
    const responses: AnswerExportResponse[] = rows
      .filter((row) => row.kind === audience)
      .map((row) => ({
        id: row.response_id,
        respondentName: row.respondent_name,
        ...(row.kommune_code === null ? {} : { kommuneCode: row.kommune_code }),
        status: respondentState({ status: row.status, firstOpenedAt: row.first_opened_at, currentRevision: row.current_revision }),
        submittedAt: row.submitted_at,
        answers: parseAnswers(row),
      }));
    questionnaires.push({ questionnaire, responses });
  }
  return ok({ input: { questionnaires, locale: options.locale }, fileName: answersFileName(campaign.title, options.locale, options.include === "all") });
}
