import { listQuestions, migrateAnswers, offerKey, type Answers, type LocalizedText, type QuestionnaireVersion } from "@afrapport/schema";
import type {
  PrefillCampaignInput,
  PrefillDropped,
  PrefilledRespondent,
  PrefillResult,
  PrefillSkipped,
  PrefillSource,
} from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign, questionnaireRefOf } from "../campaign/campaign.service.js";
import { findQuestionnaireVersion } from "../catalogue/catalogue.service.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { fail, ok, type Result } from "../http/result.js";
import { prefillResponse } from "../response/response.service.js";
import {
  countAnsweredResponses,
  findCampaignInRegion,
  insertPrefill,
  latestAnswersJson,
  listEarlierCampaigns,
  listRespondentResponses,
  type RespondentResponseRow,
} from "./prefill.repository.js";

/**
 * Pre-filling a campaign's responses from an earlier round of the same region. Which answers are taken: the
 * respondent's latest submission in the earlier campaign – what went into that round's report and the respondent
 * stood by – and, when it never submitted, its latest saved draft; edits made after reopening a submission and
 * never submitted again are not taken. They are moved to this campaign's questionnaire version by migrateAnswers;
 * file answers are not carried (the files belong to the earlier response).
 */

const commentSuffix = "-Comment";

/** The earlier campaigns of the same region this campaign's responses can be pre-filled from; newest first. */
export async function prefillSources(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<PrefillSource[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const earlier = await listEarlierCampaigns(db, campaign.region_code, campaign.created_at, campaign.id);
  const answered = await countAnsweredResponses(db, earlier.map((c) => c.id));
  return ok(
    earlier.map((c) => ({
      id: c.id,
      title: c.title,
      announcementId: c.announcement_id,
      status: c.status,
      deadline: c.deadline,
      createdAt: c.created_at,
      municipalityQuestionnaire: questionnaireRefOf(c.municipality_version_id),
      offerQuestionnaire: c.offer_version_id === null ? null : questionnaireRefOf(c.offer_version_id),
      answered: answered.get(c.id) ?? 0,
    })),
  );
}

/**
 * Pre-fills every response of the campaign nobody has started (or only the given respondents') from the same
 * respondent in the earlier campaign: a municipality by its municipality code, an offer by its identity (offerKey
 * of name and operator). Each pre-fill is a revision of kind "prefill", a response_prefills record of what was
 * carried and dropped, and an audit entry. A response holding anything is skipped, so running it twice is harmless.
 */
export async function prefillCampaign(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: PrefillCampaignInput,
  now: Date,
): Promise<Result<PrefillResult>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (campaign.status === "closed" || campaign.status === "reported") {
    return fail("conflict", `The campaign is ${campaign.status}: its responses can no longer change.`);
  }
  const source = await checkSource(db, campaign, input.fromCampaignId);
  if (!source.ok) return source;
  const from = source.value;

  const targets = await listRespondentResponses(db, campaign.id);
  let chosen = targets;
  if (input.respondentIds !== undefined) {
    const byId = new Map(targets.map((t) => [t.respondent_id, t]));
    const unknown = input.respondentIds.findIndex((id) => !byId.has(id));
    if (unknown !== -1) return fail("validation_failed", `respondentIds[${unknown}]: no respondent with this id in the campaign.`, `respondentIds[${unknown}]`);
    chosen = [...new Set(input.respondentIds)].map((id) => byId.get(id)!);
  }
  const earlier = matcher(await listRespondentResponses(db, from.id));

  const prefilled: PrefilledRespondent[] = [];
  const skipped: PrefillSkipped[] = [];
  const skip = (target: RespondentResponseRow, reason: PrefillSkipped["reason"]) =>
    skipped.push({ respondentId: target.respondent_id, name: target.name, reason });
  for (const target of chosen) {
    if (target.status !== "draft" || target.current_revision !== 0) {
      skip(target, "has-answers");
      continue;
    }
    const match = earlier(target);
    const answersJson = match && (await latestAnswersJson(db, match.response_id, match.current_revision));
    if (match === undefined || answersJson === undefined) {
      skip(target, "no-earlier-response");
      continue;
    }
    const [before, after] = await Promise.all([
      questionnaireOf(db, from.announcement_id, match),
      questionnaireOf(db, campaign.announcement_id, target),
    ]);
    const carried = carryAnswers(before, after, JSON.parse(answersJson) as Answers);
    if (carried.questions.length === 0) {
      skip(target, "nothing-to-carry");
      continue;
    }
    const input = { respondentId: target.respondent_id, questionnaire: after, answers: carried.answers, author: user.id };
    const outcome = await prefillResponse(db, input, now, async (trx, revision) => {
      await insertPrefill(trx, {
        response_id: revision.responseId,
        from_response_id: match.response_id,
        from_campaign_id: from.id,
        revision: revision.revision,
        carried_json: JSON.stringify(carried.questions),
        dropped_json: JSON.stringify(carried.stored),
        created_by: user.id,
        created_at: now.toISOString(),
      });
      await recordAudit(
        trx,
        {
          actor: user.id,
          action: "response.prefilled",
          campaignId: campaign.id,
          subjectType: "response",
          subjectId: revision.responseId,
          details: {
            fromCampaignId: from.id,
            fromResponseId: match.response_id,
            from: `${match.questionnaire_key}@${match.questionnaire_version}`,
            to: `${target.questionnaire_key}@${target.questionnaire_version}`,
            revision: revision.revision,
            answersSha256: revision.answersSha256,
            carried: carried.questions,
            dropped: carried.dropped.map(({ question, reason }) => ({ question, reason })),
          },
        },
        now,
      );
    });
    if (outcome === "has-answers") skip(target, "has-answers");
    else prefilled.push({ respondentId: target.respondent_id, name: target.name, carried: carried.questions, dropped: carried.dropped });
  }
  return ok({ fromCampaign: { id: from.id, title: from.title }, prefilled, skipped });
}

/** The source must be another campaign of the same region, created before this one. */
async function checkSource(db: Kysely<Database>, campaign: CampaignRow, fromCampaignId: string): Promise<Result<CampaignRow>> {
  const field = "fromCampaignId";
  if (fromCampaignId === campaign.id) return fail("validation_failed", `${field}: must be another campaign than this one.`, field);
  // Another region's campaign reads as unknown, so its existence is not revealed.
  const from = await findCampaignInRegion(db, fromCampaignId, campaign.region_code);
  if (from === undefined) return fail("validation_failed", `${field}: no campaign of this region with this id.`, field);
  if (from.created_at >= campaign.created_at) {
    return fail("validation_failed", `${field}: must be a campaign created before this one (it was created ${from.created_at}).`, field);
  }
  return ok(from);
}

/**
 * Finds a respondent's counterpart among the earlier campaign's respondents: the same municipality, or the same
 * offer by identity. Of several (an offer invited twice), the one that submitted, then the latest changed.
 */
function matcher(earlier: RespondentResponseRow[]): (target: RespondentResponseRow) => RespondentResponseRow | undefined {
  const identity = (row: RespondentResponseRow) =>
    row.kind === "municipality" ? (row.kommune_code === null ? undefined : `municipality:${row.kommune_code}`) : `offer:${offerKey(row.name, row.operator)}`;
  const rank = (row: RespondentResponseRow) => (row.status === "draft" ? 0 : 1);
  const best = new Map<string, RespondentResponseRow>();
  for (const row of earlier) {
    const key = identity(row);
    if (key === undefined || row.current_revision === 0) continue;
    const known = best.get(key);
    if (known === undefined || rank(row) > rank(known) || (rank(row) === rank(known) && row.response_updated_at > known.response_updated_at)) best.set(key, row);
  }
  return (target) => {
    const key = identity(target);
    return key === undefined ? undefined : best.get(key);
  };
}

async function questionnaireOf(db: Kysely<Database>, announcementId: string, row: RespondentResponseRow): Promise<QuestionnaireVersion> {
  const questionnaire = await findQuestionnaireVersion(db, announcementId, row.questionnaire_key, row.questionnaire_version);
  // Versions are never deleted, so only a damaged catalogue gets here.
  if (questionnaire === undefined) throw new Error(`Questionnaire ${row.questionnaire_key}@${row.questionnaire_version} of ${announcementId} is not in the catalogue`);
  return questionnaire;
}

/** Stored with the pre-fill: what the notice shows, and the value that was not carried. */
type StoredDropped = PrefillDropped & { value: unknown };

export interface CarriedAnswers {
  answers: Answers;
  /** the questions of the new version that got an answer */
  questions: string[];
  dropped: PrefillDropped[];
  stored: StoredDropped[];
}

/** migrateAnswers, without file answers (their files stay with the earlier response), with titles for what was dropped. */
export function carryAnswers(before: QuestionnaireVersion, after: QuestionnaireVersion, answers: Answers): CarriedAnswers {
  const migrated = migrateAnswers(before, after, answers);
  const titles = new Map(listQuestions(before).map((q) => [q.name, titleOf(q.element.title, q.name)] as const));
  const titleFor = (key: string) => titles.get(baseName(key)) ?? { da: key, en: key };
  const stored: StoredDropped[] = migrated.dropped.map((d) => ({ question: d.question, title: titleFor(d.question), reason: d.reason, value: d.value }));

  const files = new Set(listQuestions(after).filter((q) => q.type === "file").map((q) => q.name));
  const kept: Answers = {};
  for (const [key, value] of Object.entries(migrated.answers)) {
    if (value === undefined) continue;
    if (files.has(baseName(key))) {
      if (value !== null && !key.endsWith(commentSuffix)) stored.push({ question: key, title: titleFor(key), reason: "attachment", value });
      continue;
    }
    Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const questions = [...new Set(Object.entries(kept).filter(([, value]) => value !== null).map(([key]) => baseName(key)))];
  const seen = new Set<string>();
  const dropped = stored
    .map(({ question, title, reason }) => ({ question, title, reason }))
    .filter((d) => !seen.has(`${d.question}\n${d.reason}`) && seen.add(`${d.question}\n${d.reason}`));
  return { answers: questions.length === 0 ? {} : kept, questions, dropped, stored };
}

function baseName(key: string): string {
  return key.endsWith(commentSuffix) && key.length > commentSuffix.length ? key.slice(0, -commentSuffix.length) : key;
}

function titleOf(title: unknown, name: string): LocalizedText {
  if (typeof title === "string" && title.trim() !== "") return { da: title, en: title };
  if (title !== null && typeof title === "object") {
    const { da, en, default: fallback } = title as Record<string, unknown>;
    const pick = (...texts: unknown[]) => texts.find((t): t is string => typeof t === "string" && t.trim() !== "");
    return { da: pick(da, fallback, en) ?? name, en: pick(en, fallback, da) ?? name };
  }
  return { da: name, en: name };
}
