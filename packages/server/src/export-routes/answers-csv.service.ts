import type { Locale, QuestionnaireVersion } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { campaignQuestionnaire, loadCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/tables.js";
import type { AnswerSource } from "../export/answer-source.js";
import { fail, ok, type Result } from "../http/result.js";
import { answersCsvFileName } from "./export-names.js";
import { campaignAnswerSource } from "./campaign-answer-source.js";

export interface CsvExport {
  fileName: string;
  questionnaire: QuestionnaireVersion;
  /** every respondent of the audience with its current answers and state, read a page at a time */
  responses: AnswerSource;
}

/**
 * What the CSV export writes: one row per respondent of an audience with its current answers and state, one
 * column per question, titled in `locale` (the same table as the answers workbook's first sheet).
 */
export async function answersCsvExport(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  options: { audience: "municipality" | "offer"; locale: Locale },
): Promise<Result<CsvExport>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const questionnaire = await campaignQuestionnaire(db, campaign, options.audience);
  if (questionnaire === undefined) return fail("validation_failed", "audience: the campaign has no questionnaire for offers.", "audience");
  const responses = await campaignAnswerSource(db, campaign.id, { kind: options.audience });
  return ok({ fileName: answersCsvFileName(campaign.title, options.locale, options.audience), questionnaire, responses });
}
