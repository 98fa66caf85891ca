import type { Answers } from "@afrapport/schema";
import type { SaveResult } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { findQuestionnaireVersion } from "../catalogue/catalogue.service.js";
import { writeTransaction } from "../db/group-commit.js";
import type { Database } from "../db/tables.js";
import { ok, type Result } from "../http/result.js";
import { hashToken, isWellFormedToken } from "../invite/invite-token.js";
import { effectiveDeadline } from "../rules/effective-deadline.js";
import { checkAnswerKeys } from "./answers-shape.js";
import { findSaveState, type SaveState } from "./autosave.repository.js";
import { activityDue, appendOnHead, emptyAnswers, isRetryable, maxAttempts, saveResult, type SaveHead } from "./response.service.js";

/**
 * The respondent's autosave by link token, the request a questionnaire sends most: one transaction that reads the
 * link, respondent, response, campaign and current answers in one query, checks the answers against the
 * questionnaire (cached per version) and appends – the same checks and guarantees as saveAnswers through a
 * RespondentContext, which reads the same in eight queries. Undefined when the token names no working link: the
 * caller then resolves it the slow way, which says why (unknown, revoked) and counts the failure against the
 * client's rate limit.
 */
export async function autosaveByToken(
  db: Kysely<Database>,
  token: string,
  input: { baseRevision: number; answers: Answers },
  now: Date,
): Promise<Result<SaveResult> | undefined> {
  if (!isWellFormedToken(token)) return undefined;
  const tokenHash = hashToken(token);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTransaction(db, (trx) => saveOnce(trx, tokenHash, input, now));
    } catch (error) {
      if (!isRetryable(error) || attempt >= maxAttempts) throw error;
    }
  }
}

async function saveOnce(
  trx: Kysely<Database>,
  tokenHash: string,
  input: { baseRevision: number; answers: Answers },
  now: Date,
): Promise<Result<SaveResult> | undefined> {
  const state = await findSaveState(trx, tokenHash);
  if (state === undefined || state.link_revoked_at !== null) return undefined;
  const questionnaire = await findQuestionnaireVersion(trx, state.announcement_id, state.questionnaire_key, state.questionnaire_version);
  if (questionnaire === undefined) {
    // Versions are never deleted, so only a damaged catalogue gets here.
    throw new Error(`Questionnaire ${state.questionnaire_key}@${state.questionnaire_version} of ${state.announcement_id} is not in the catalogue`);
  }
  const checked = checkAnswerKeys(questionnaire, input.answers);
  if (!checked.ok) return checked;
  const saved = await appendOnHead(trx, saveHead(state, now), questionnaire, input, "respondent", now);
  if (!saved.ok) return saved;
  return ok(saveResult(questionnaire, input.answers, checked.value, saved.value));
}

function saveHead(state: SaveState, now: Date): SaveHead {
  if (state.current_revision !== 0 && state.answers_json === null) {
    throw new Error(`Revision ${state.current_revision} of response ${state.response_id} is missing`);
  }
  return {
    respondentId: state.respondent_id,
    campaignId: state.campaign_id,
    responseId: state.response_id,
    status: state.status,
    currentRevision: state.current_revision,
    campaignStatus: state.campaign_status,
    deadline: effectiveDeadline(state.campaign_deadline, state.respondent_deadline),
    head: state.answers_json === null ? emptyAnswers : { json: state.answers_json, sha256: state.answers_sha256 ?? "" },
    recordActivity: activityDue(state.first_opened_at, state.last_activity_at, now),
  };
}
