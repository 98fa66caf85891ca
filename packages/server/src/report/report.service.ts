import { aggregateReport, questionnaireVersionChange, type Answers, type Locale, type QuestionnaireVersion, type ScreeningThresholds, type QuestionnaireVersionChange } from "@afrapport/schema";
import type { CampaignReport } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { campaignQuestionnaire, loadCampaign } from "../campaign/campaign.service.js";
import { announcementInfo, previousQuestionnaireVersion } from "../catalogue/catalogue.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import type { CsvSeparator } from "../http/csv.js";
import { campaignAnswers, type CampaignAnswers } from "../response/response.service.js";
import { respondentState } from "../rules/respondent-state.js";
import { answersCsv } from "./answers-csv.js";

const parseAnswers = (row: CampaignAnswers): Answers => (row.answers_json === null ? {} : (JSON.parse(row.answers_json) as Answers));

/**
 * The joint report over the SUBMITTED responses: the municipality questionnaire's aggregation, and the offer
 * questionnaire's with the screening model (the announcement's competences, the secretariat's thresholds).
 */
export async function campaignReport(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  thresholds: Partial<ScreeningThresholds>,
  now: Date,
): Promise<Result<CampaignReport>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const municipalityQuestionnaire = await campaignQuestionnaire(db, campaign, "municipality");
  if (municipalityQuestionnaire === undefined) throw new Error(`Campaign ${campaign.id}: its questionnaire is not available`);
  const offerQuestionnaire = await campaignQuestionnaire(db, campaign, "offer");
  const submitted = await campaignAnswers(db, campaign.id, { status: "submitted" });
  const responsesOf = (kind: "municipality" | "offer") =>
    submitted
      .filter((row) => row.kind === kind)
      .map((row) => ({
        id: row.response_id,
        respondent: { id: row.respondent_id, name: row.respondent_name, ...(row.kommune_code === null ? {} : { kommuneCode: row.kommune_code }) },
        questionnaireVersion: row.questionnaire_version,
        answers: parseAnswers(row),
        ...(row.submitted_at === null ? {} : { submittedAt: row.submitted_at }),
      }));
  const competences = (await announcementInfo(db, campaign.announcement_id))?.competences ?? [];
  const changeOf = async (questionnaire: QuestionnaireVersion | undefined): Promise<QuestionnaireVersionChange | null> => {
    if (questionnaire === undefined) return null;
    const previous = await previousQuestionnaireVersion(db, questionnaire.announcement, questionnaire.key, questionnaire.version);
    return previous === undefined ? null : questionnaireVersionChange(previous, questionnaire);
  };
  return ok({
    campaign: { id: campaign.id, title: campaign.title, regionCode: campaign.region_code, status: campaign.status, deadline: campaign.deadline },
    generatedAt: now.toISOString(),
    municipality: aggregateReport({ questionnaire: municipalityQuestionnaire, responses: responsesOf("municipality") }),
    offer:
      offerQuestionnaire === undefined
        ? null
        : aggregateReport({
            questionnaire: offerQuestionnaire,
            responses: responsesOf("offer"),
            screening: { competences, thresholds },
          }),
    versionChanges: { municipality: await changeOf(municipalityQuestionnaire), offer: await changeOf(offerQuestionnaire) },
  });
}

export interface CsvExport {
  fileName: string;
  csv: string;
}

/**
 * One row per respondent of an audience with its current answers and state, one column per question, titled in
 * `locale` (the same table as the answers workbook's first sheet).
 */
export async function campaignCsv(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  options: { audience: "municipality" | "offer"; locale: Locale; separator?: CsvSeparator | undefined },
): Promise<Result<CsvExport>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const questionnaire = await campaignQuestionnaire(db, campaign, options.audience);
  if (questionnaire === undefined) return fail("validation_failed", "audience: the campaign has no questionnaire for offers.", "audience");
  const rows = (await campaignAnswers(db, campaign.id)).filter((row) => row.kind === options.audience);
  const csv = answersCsv(
    questionnaire,
    rows.map((row) => ({
      id: row.response_id,
      respondentName: row.respondent_name,
      ...(row.kommune_code === null ? {} : { kommuneCode: row.kommune_code }),
      status: respondentState({ status: row.status, firstOpenedAt: row.first_opened_at, currentRevision: row.current_revision }),
      submittedAt: row.submitted_at,
      answers: parseAnswers(row),
    })),
    { locale: options.locale, separator: options.separator },
  );
  const safeTitle = campaign.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, " ").replace(/\s+/g, " ").trim().slice(0, 120);
  return ok({ fileName: `${safeTitle} – ${audienceWords[options.locale][options.audience]}.csv`, csv });
}

const audienceWords: Record<Locale, Record<"municipality" | "offer", string>> = {
  da: { municipality: "kommuner", offer: "tilbud" },
  en: { municipality: "municipalities", offer: "offers" },
};
