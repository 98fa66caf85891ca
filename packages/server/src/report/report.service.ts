import {
  aggregateReport,
  resolveScreeningThresholds,
  parseFigureAddress,
  questionnaireVersionChange,
  reportFigureSources,
  type AggregateReportInput,
  type Answers,
  type JointReport,
  type QuestionnaireVersion,
  type ScreeningThresholds,
  type QuestionnaireVersionChange,
} from "@afrapport/schema";
import type { CampaignReport, FigureSources } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { campaignQuestionnaire, loadCampaign } from "../campaign/campaign.service.js";
import { announcementInfo, previousQuestionnaireVersion } from "../catalogue/catalogue.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { sha256Hex } from "../response/answers-hash.js";
import { campaignAnswers, type CampaignAnswers } from "../response/response.service.js";

const parseAnswers = (row: CampaignAnswers): Answers => (row.answers_json === null ? {} : (JSON.parse(row.answers_json) as Answers));

/** What the joint report of a campaign is made from: aggregateReport's input per audience, and its data's version. */
interface ReportInputs {
  campaign: CampaignRow;
  municipality: AggregateReportInput;
  /** null without an offer questionnaire */
  offer: AggregateReportInput | null;
  /**
   * which submitted answers (each response at its revision), questionnaires and competences the report is made
   * from: equal versions, equal reports – so a figure's address names the same figure in both
   */
  sourcesVersion: string;
}

/**
 * The inputs of the joint report over the SUBMITTED responses: the municipality questionnaire's aggregation, and
 * the offer questionnaire's with the screening model (the announcement's competences, the secretariat's thresholds).
 */
async function reportInputs(db: Kysely<Database>, user: SessionUser, campaignId: string, thresholds: Partial<ScreeningThresholds>): Promise<Result<ReportInputs>> {
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
  const sourcesVersion = sha256Hex(
    JSON.stringify([
      campaign.municipality_version_id,
      campaign.offer_version_id,
      competences,
      // the screening's figures depend on the thresholds: a reference made under others names another figure
      resolveScreeningThresholds(thresholds),
      submitted.map((row) => `${row.response_id}:${row.current_revision}`),
    ]),
  ).slice(0, 32);
  return ok({
    campaign,
    municipality: { questionnaire: municipalityQuestionnaire, responses: responsesOf("municipality") },
    offer: offerQuestionnaire === undefined ? null : { questionnaire: offerQuestionnaire, responses: responsesOf("offer"), screening: { competences, thresholds } },
    sourcesVersion,
  });
}

/**
 * The joint report over the submitted responses, every figure's sources by reference (campaignFigureSources gives
 * them): at 10,000 responses the sources inline would be most of it.
 */
export async function campaignReport(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  thresholds: Partial<ScreeningThresholds>,
  now: Date,
): Promise<Result<CampaignReport>> {
  const inputs = await reportInputs(db, user, campaignId, thresholds);
  if (!inputs.ok) return inputs;
  const { campaign, municipality, offer, sourcesVersion } = inputs.value;
  const changeOf = async (questionnaire: QuestionnaireVersion | undefined): Promise<QuestionnaireVersionChange | null> => {
    if (questionnaire === undefined) return null;
    const previous = await previousQuestionnaireVersion(db, questionnaire.announcement, questionnaire.key, questionnaire.version);
    return previous === undefined ? null : questionnaireVersionChange(previous, questionnaire);
  };
  return ok({
    campaign: { id: campaign.id, title: campaign.title, regionCode: campaign.region_code, status: campaign.status, deadline: campaign.deadline },
    generatedAt: now.toISOString(),
    sourcesVersion,
    municipality: aggregateReport(municipality, { sources: "refs" }),
    offer: offer === null ? null : aggregateReport(offer, { sources: "refs" }),
    versionChanges: { municipality: await changeOf(municipality.questionnaire), offer: await changeOf(offer?.questionnaire) },
  });
}

/** The joint reports with every figure's sources inline: what approval snapshots keep and the downloads name. */
export async function campaignJointReports(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  thresholds: Partial<ScreeningThresholds>,
): Promise<Result<{ municipality: JointReport; offer: JointReport | null }>> {
  const inputs = await reportInputs(db, user, campaignId, thresholds);
  if (!inputs.ok) return inputs;
  const { municipality, offer } = inputs.value;
  return ok({ municipality: aggregateReport(municipality), offer: offer === null ? null : aggregateReport(offer) });
}

/**
 * The responses one figure of the campaign's report came from, by the figure's ref, for the report made at
 * `version` with these thresholds. A report whose answers have changed since is a conflict: its refs may now name
 * other figures.
 */
export async function campaignFigureSources(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  query: { figure: string; version: string; thresholds: Partial<ScreeningThresholds> },
): Promise<Result<FigureSources>> {
  const address = parseFigureAddress(query.figure);
  if (address === undefined) return fail("validation_failed", "figure: must be the ref of one of the report's figures.", "figure");
  const inputs = await reportInputs(db, user, campaignId, query.thresholds);
  if (!inputs.ok) return inputs;
  if (inputs.value.sourcesVersion !== query.version) {
    return fail("conflict", "The submitted answers have changed since the report was made; fetch the report again.", "version");
  }
  const input = address.audience === "municipality" ? inputs.value.municipality : inputs.value.offer;
  const sources = input === null ? undefined : reportFigureSources(input, address);
  if (sources === undefined) return fail("not_found", "The report has no figure with this ref.", "figure");
  return ok({ sources });
}
