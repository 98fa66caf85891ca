import type { Locale } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { campaignQuestionnaire, loadCampaign } from "../campaign/campaign.service.js";
import { ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import type { AnswersXlsxInput } from "../export/answers-xlsx.js";
import { campaignAnswerSource } from "./campaign-answer-source.js";
import { answersFileName } from "./export-names.js";

export interface AnswersExport {
  input: AnswersXlsxInput;
  fileName: string;
}

/**
 * The answers workbook's input: the municipality questionnaire's responses, then the offer questionnaire's, each
 * a source the writer reads a page at a time. By default the submitted responses (what the report counts);
 * `include: "all"` adds drafts, reopened and unopened ones with their current answers and state.
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
  const questionnaires: AnswersXlsxInput["questionnaires"] = [];
  for (const audience of ["municipality", "offer"] as const) {
    const questionnaire = await campaignQuestionnaire(db, campaign, audience);
    if (questionnaire === undefined) continue;
    const responses = await campaignAnswerSource(db, campaignId, { kind: audience, ...(options.include === "all" ? {} : { status: "submitted" as const }) });
    questionnaires.push({ questionnaire, responses });
  }
  return ok({ input: { questionnaires, locale: options.locale }, fileName: answersFileName(campaign.title, options.locale, options.include === "all") });
}
