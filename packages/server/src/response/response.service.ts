import { randomUUID } from "node:crypto";
import {
  mergeAnswers,
  validateDraft,
  type Answers,
  type AnswerValidation,
  type QuestionnaireVersion,
} from "@afrapport/schema";
import type { QuestionnaireRef, Reopened, RespondState, ResponseDetail, SaveResult } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { attachmentsOfResponse } from "../attachment/attachment-list.js";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { campaignForRespondent, loadCampaign } from "../campaign/campaign.service.js";
import { announcementInfo, findQuestionnaireVersion } from "../catalogue/catalogue.service.js";
import { fail, ok, type Result } from "../http/result.js";
import { prefillNotice } from "../prefill/prefill-notice.js";
import type { CampaignRow, Database, RespondentRow, ResponseRow, ResponseStatus, RevisionKind } from "../db/tables.js";
import { writeTransaction } from "../db/group-commit.js";
import { timeOrderedId } from "../db/time-ordered-id.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { resolveToken } from "../invite/invite.service.js";
import { recordLinkActivity, respondentInCampaign, respondentOfLink } from "../respondent/respondent-records.js";
import { enqueueWebhookEvent } from "../webhook/webhook-events.js";
import { toRespondentView } from "../respondent/respondent-view.js";
import { effectiveDeadline } from "../rules/effective-deadline.js";
import { editability } from "../rules/response-editable.js";
import { answersSha256, canonicalJson, sha256Hex } from "./answers-hash.js";
import { checkAnswerKeys, checkFileReferences, referencedAttachmentIds } from "./answers-shape.js";
import { valueQuestions } from "./value-questions.js";
import { advanceHead, appendAudit, appendRevision, touchActivity } from "./autosave.repository.js";
import {
  advanceResponse,
  findResponseOfRespondent,
  findRevision,
  insertResponse,
  insertRevision,
  listCampaignAnswers,
  listRevisions,
  type CampaignAnswersRow,
} from "./response.repository.js";

/** Everything a request through an invite link works on. */
export interface RespondentContext {
  respondent: RespondentRow;
  campaign: CampaignRow;
  response: ResponseRow;
  questionnaire: QuestionnaireVersion;
  /** the deadline that holds for this respondent */
  deadline: string;
}

/** How many times a save is retried when another save took the next revision number first. */
export const maxAttempts = 5;

/** Thrown inside a transaction to roll it back and try again (another save got there first). */
class RaceLost extends Error {}

function isRetryable(error: unknown): boolean {
  return error instanceof RaceLost || isUniqueViolation(error);
}

/** Reads everything a respondent request needs, fresh from the database. */
async function loadContext(db: Kysely<Database>, respondentId: string): Promise<Result<RespondentContext>> {
  const respondent = await respondentOfLink(db, respondentId);
  const response = respondent && (await findResponseOfRespondent(db, respondent.id));
  const campaign = respondent && (await campaignForRespondent(db, respondent.campaign_id));
  if (respondent === undefined || response === undefined || campaign === undefined) {
    return fail("link_invalid", "This link is not valid.");
  }
  // Published versions are cached by the catalogue: an autosave finds its questionnaire without a query.
  const questionnaire = await findQuestionnaireVersion(db, campaign.announcement_id, response.questionnaire_key, response.questionnaire_version);
  if (questionnaire === undefined) {
    // Versions are never deleted, so only a damaged catalogue gets here.
    throw new Error(`Questionnaire ${response.questionnaire_key}@${response.questionnaire_version} of ${campaign.announcement_id} is not in the catalogue`);
  }
  return ok({ respondent, campaign, response, questionnaire, deadline: effectiveDeadline(campaign.deadline, respondent.deadline) });
}

/** The respondent behind an invite token (see resolveToken for the errors), with its campaign and response. */
export async function contextForToken(db: Kysely<Database>, token: string, clientKey: string, now: Date): Promise<Result<RespondentContext>> {
  const resolved = await resolveToken(db, token, clientKey, now);
  if (!resolved.ok) return resolved;
  return loadContext(db, resolved.value.respondentId);
}

export async function answersAt(db: Kysely<Database>, responseId: string, revision: number): Promise<Answers | undefined> {
  if (revision === 0) return {};
  const row = await findRevision(db, responseId, revision);
  return row === undefined ? undefined : (JSON.parse(row.answers_json) as Answers);
}

/** What the respondent's page shows; records the opening (first time once, the last activity every time). */
export async function openRespondentPage(db: Kysely<Database>, ctx: RespondentContext, now: Date): Promise<RespondState> {
  const { respondent, campaign, response } = ctx;
  await writeTransaction(db, async (trx) => {
    await recordLinkActivity(trx, respondent.id, now.toISOString());
    if (respondent.first_opened_at === null) {
      await recordAudit(
        trx,
        { actor: `respondent:${respondent.id}`, action: "respondent.link_opened", campaignId: campaign.id, subjectType: "respondent", subjectId: respondent.id },
        now,
      );
    }
  });
  const answers = (await answersAt(db, response.id, response.current_revision)) ?? {};
  const attachments = await attachmentsOfResponse(db, response.id);
  const announcement = await announcementInfo(db, campaign.announcement_id);
  const edit = editability({ responseStatus: response.status, campaignStatus: campaign.status, deadline: ctx.deadline, now });
  return {
    campaign: { id: campaign.id, title: campaign.title, announcementTitle: announcement?.title ?? { da: campaign.announcement_id, en: campaign.announcement_id }, deadline: ctx.deadline, status: campaign.status },
    respondent: { id: respondent.id, name: respondent.name, kind: respondent.kind },
    questionnaire: ctx.questionnaire,
    response: {
      id: response.id,
      status: response.status,
      revision: response.current_revision,
      answers,
      updatedAt: response.updated_at,
      submittedAt: response.submitted_at,
    },
    attachments,
    editable: edit.editable,
    ...(edit.editable ? {} : { notEditableReason: edit.message }),
    prefill: await prefillNotice(db, response.id),
  };
}

/** What appending answers did; the respondent's save reports it with the validation on top (SaveResult). */
export interface AppendResult {
  revision: number;
  /** the full saved state */
  answers: Answers;
  /** questions whose saved value came from someone else's save, merged in */
  fromTheirs: string[];
  /** whether a new revision was appended (false when the state did not change) */
  saved: boolean;
}

/**
 * Appends a revision with the person's answers. `baseRevision` is the revision the person started from; when it is
 * older than the current one, the answers are merged per question with what was saved since (kind "merge"), and a
 * question both changed differently refuses the save (409 `stale_revision`, nothing saved). The unique
 * (response, revision) constraint decides races: the loser re-reads and merges again. A save that changes nothing
 * appends nothing.
 */
export async function appendAnswers(
  db: Kysely<Database>,
  ctx: RespondentContext,
  input: { baseRevision: number; answers: Answers },
  author: string,
  now: Date,
): Promise<Result<AppendResult>> {
  const keys = checkAnswerKeys(ctx.questionnaire, input.answers);
  if (!keys.ok) return keys;
  return appendChecked(db, ctx, input, author, now);
}

/** appendAnswers once the answers passed checkAnswerKeys. */
async function appendChecked(
  db: Kysely<Database>,
  ctx: RespondentContext,
  input: { baseRevision: number; answers: Answers },
  author: string,
  now: Date,
): Promise<Result<AppendResult>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTransaction(db, (trx) => appendOnce(trx, ctx, input, author, now));
    } catch (error) {
      if (!isRetryable(error) || attempt >= maxAttempts) throw error;
    }
  }
}

/** The head of a response – the current revision's stored JSON and fingerprint – with what the checks need. */
interface FreshHead {
  response: ResponseRow;
  campaign: CampaignRow;
  deadline: string;
  head: { json: string; sha256: string };
}

/** Revision 0 is no answers at all. */
export const emptyAnswers = { json: "{}", sha256: answersSha256({}) };

/** The state the checks need, read fresh inside the transaction; the current answers left as stored JSON. */
async function freshHead(trx: Kysely<Database>, ctx: RespondentContext): Promise<FreshHead> {
  const response = await findResponseOfRespondent(trx, ctx.respondent.id);
  const campaign = await campaignForRespondent(trx, ctx.campaign.id);
  const respondent = await respondentOfLink(trx, ctx.respondent.id);
  if (response === undefined || campaign === undefined || respondent === undefined) throw new Error("The respondent disappeared");
  const row = response.current_revision === 0 ? undefined : await findRevision(trx, response.id, response.current_revision);
  if (response.current_revision !== 0 && row === undefined) throw new Error(`Revision ${response.current_revision} of response ${response.id} is missing`);
  const head = row === undefined ? emptyAnswers : { json: row.answers_json, sha256: row.answers_sha256 };
  return { response, campaign, head, deadline: effectiveDeadline(campaign.deadline, respondent.deadline) };
}

/** The state the checks need, read fresh inside the transaction, with the current answers. */
async function freshState(trx: Kysely<Database>, ctx: RespondentContext) {
  const { head, ...state } = await freshHead(trx, ctx);
  return { ...state, current: JSON.parse(head.json) as Answers };
}

/** Whether the answers give a file question a value (only then are file references checked, and need reading). */
function hasFileAnswer(questionnaire: QuestionnaireVersion, answers: Answers): boolean {
  return valueQuestions(questionnaire).some(
    (question) => question.type === "file" && Object.prototype.hasOwnProperty.call(answers, question.key) && answers[question.key] != null,
  );
}

/** What appending needs of a response's current state, read fresh inside the write's transaction. */
export interface SaveHead {
  respondentId: string;
  campaignId: string;
  responseId: string;
  status: ResponseStatus;
  currentRevision: number;
  campaignStatus: CampaignRow["status"];
  deadline: string;
  /** the current revision's stored JSON and fingerprint */
  head: { json: string; sha256: string };
  /** whether the link's activity is to be recorded with this save (see activityDue) */
  recordActivity: boolean;
}

/** How stale the recorded last activity may get: a save within a minute of the last one does not rewrite it. */
const activityIntervalMs = 60 * 1000;

/** Whether a save at `at` records the respondent's activity: always the first time, then at most once a minute. */
export function activityDue(firstOpenedAt: string | null, lastActivityAt: string | null, at: Date): boolean {
  if (firstOpenedAt === null || lastActivityAt === null) return true;
  const last = Date.parse(lastActivityAt);
  return !(at.getTime() - last < activityIntervalMs && at.getTime() >= last);
}

async function appendOnce(
  trx: Kysely<Database>,
  ctx: RespondentContext,
  input: { baseRevision: number; answers: Answers },
  author: string,
  now: Date,
): Promise<Result<AppendResult>> {
  const { response, campaign, head, deadline } = await freshHead(trx, ctx);
  return appendOnHead(
    trx,
    {
      respondentId: ctx.respondent.id,
      campaignId: ctx.campaign.id,
      responseId: response.id,
      status: response.status,
      currentRevision: response.current_revision,
      campaignStatus: campaign.status,
      deadline,
      head,
      recordActivity: true,
    },
    ctx.questionnaire,
    input,
    author,
    now,
  );
}

/**
 * Appends a revision on top of `state` (read in this transaction): the editability and base-revision checks, file
 * references, the merge with what was saved since the base, and the revision, head, activity and audit entry.
 */
export async function appendOnHead(
  trx: Kysely<Database>,
  state: SaveHead,
  questionnaire: QuestionnaireVersion,
  input: { baseRevision: number; answers: Answers },
  author: string,
  now: Date,
): Promise<Result<AppendResult>> {
  const { head } = state;
  const edit = editability({ responseStatus: state.status, campaignStatus: state.campaignStatus, deadline: state.deadline, now });
  if (!edit.editable) return fail("conflict", edit.message, undefined, { reason: edit.reason });
  if (input.baseRevision > state.currentRevision) {
    return fail("validation_failed", `baseRevision: ${input.baseRevision} is newer than the saved revision ${state.currentRevision}.`, "baseRevision");
  }
  // The saved answers are parsed only when needed: a plain save compares fingerprints instead.
  let parsed: Answers | undefined;
  const current = (): Answers => (parsed ??= JSON.parse(head.json) as Answers);
  if (hasFileAnswer(questionnaire, input.answers)) {
    const known = new Set([
      ...(await attachmentsOfResponse(trx, state.responseId)).map((a) => a.id),
      ...referencedAttachmentIds(questionnaire, current()),
    ]);
    const references = checkFileReferences(questionnaire, input.answers, known);
    if (!references.ok) return references;
  }

  let next = input.answers;
  let kind: RevisionKind = "save";
  let fromTheirs: string[] = [];
  if (input.baseRevision < state.currentRevision) {
    const base = await answersAt(trx, state.responseId, input.baseRevision);
    if (base === undefined) throw new Error(`Revision ${input.baseRevision} of response ${state.responseId} is missing`);
    const merge = mergeAnswers(base, input.answers, current());
    if (merge.conflicts.length > 0) {
      return fail(
        "stale_revision",
        `Someone else saved ${merge.conflicts.length === 1 ? "this question" : "these questions"} since revision ${input.baseRevision}: ${merge.conflicts.map((c) => c.question).join(", ")}. Choose which answer to keep and save again.`,
        undefined,
        {
          // An unanswered side is left out of the JSON (undefined), so "absent" stays distinct from null.
          conflicts: merge.conflicts,
          current: { revision: state.currentRevision, answers: current() },
        },
      );
    }
    next = merge.merged;
    kind = "merge";
    fromTheirs = merge.fromTheirs;
  }
  // Stored as canonical JSON, so its fingerprint is that of the text stored, and equal answers have equal text.
  const json = canonicalJson(next);
  const sha = sha256Hex(json);
  if (sha === head.sha256) {
    return ok({ revision: state.currentRevision, answers: current(), fromTheirs, saved: false });
  }
  const revision = state.currentRevision + 1;
  const at = now.toISOString();
  await appendRevision(trx, {
    id: timeOrderedId(),
    response_id: state.responseId,
    revision,
    base_revision: input.baseRevision,
    kind,
    answers_json: json,
    answers_sha256: sha,
    author,
    created_at: at,
  });
  if (!(await advanceHead(trx, { id: state.responseId, expected: state.currentRevision, revision, at }))) throw new RaceLost();
  if (state.recordActivity) await touchActivity(trx, state.respondentId, at);
  await appendAudit(trx, {
    at,
    actor: author === "respondent" ? `respondent:${state.respondentId}` : author,
    action: kind === "merge" ? "response.merged" : "response.saved",
    campaign_id: state.campaignId,
    subject_type: "response",
    subject_id: state.responseId,
    details_json: JSON.stringify({ revision, baseRevision: input.baseRevision, answersSha256: sha, ...(fromTheirs.length > 0 ? { fromTheirs } : {}) }),
  });
  return ok({ revision, answers: next, fromTheirs, saved: true });
}

/**
 * A respondent's save: append (or merge), then report draft errors and CPR warnings on the saved state. The
 * structural check's draft validation is that of the saved state when the answers were stored as sent; only a
 * merge, or a save that changed nothing (the stored copy is returned), is validated again.
 */
export async function saveAnswers(
  db: Kysely<Database>,
  ctx: RespondentContext,
  input: { baseRevision: number; answers: Answers },
  now: Date,
): Promise<Result<SaveResult>> {
  const checked = checkAnswerKeys(ctx.questionnaire, input.answers);
  if (!checked.ok) return checked;
  const saved = await appendChecked(db, ctx, input, "respondent", now);
  if (!saved.ok) return saved;
  return ok(saveResult(ctx.questionnaire, input.answers, checked.value, saved.value));
}

/**
 * What a respondent's save answers: the saved state with its draft errors and CPR warnings. The structural check
 * validated the answers as sent (`checked`); only a merged or unchanged state, which differs from them, is validated again.
 */
export function saveResult(questionnaire: QuestionnaireVersion, sent: Answers, checked: AnswerValidation, saved: AppendResult): SaveResult {
  const validation = saved.answers === sent ? checked : validateDraft(questionnaire, saved.answers);
  return { revision: saved.revision, answers: saved.answers, fromTheirs: saved.fromTheirs, warnings: validation.warnings, errors: validation.errors };
}

// ——— the secretariat's reads and reopening ———

export async function responseDetail(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  respondentId: string,
): Promise<Result<ResponseDetail>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const respondent = await respondentInCampaign(db, campaignId, respondentId);
  const response = respondent && (await findResponseOfRespondent(db, respondent.id));
  if (respondent === undefined || response === undefined) return fail("not_found", "No respondent with this id in the campaign.");
  const answers = (await answersAt(db, response.id, response.current_revision)) ?? {};
  const revisions = await listRevisions(db, response.id);
  const attachments = await attachmentsOfResponse(db, response.id);
  return ok({
    respondent: toRespondentView(respondent),
    response: {
      id: response.id,
      status: response.status,
      revision: response.current_revision,
      answers,
      questionnaire: { key: response.questionnaire_key, version: response.questionnaire_version },
      updatedAt: response.updated_at,
      submittedAt: response.submitted_at,
      deadline: effectiveDeadline(loaded.value.campaign.deadline, respondent.deadline),
    },
    revisions: revisions.map((r) => ({
      revision: r.revision,
      baseRevision: r.base_revision,
      kind: r.kind,
      author: r.author === "respondent" ? { kind: "respondent" } : { kind: "user", id: r.author, name: r.author_name },
      createdAt: r.created_at,
      answersSha256: r.answers_sha256,
    })),
    attachments,
  });
}

/** Reopens a submitted response for changes: status reopened and a revision of kind "reopen" with the same answers. */
export async function reopenResponse(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  respondentId: string,
  reason: string,
  now: Date,
): Promise<Result<Reopened>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const respondent = await respondentInCampaign(db, campaignId, respondentId);
  if (respondent === undefined) return fail("not_found", "No respondent with this id in the campaign.");
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx): Promise<Result<Reopened>> => {
        const response = await findResponseOfRespondent(trx, respondent.id);
        if (response === undefined) return fail("not_found", "No respondent with this id in the campaign.");
        if (response.status !== "submitted") {
          return fail("conflict", `Only a submitted response can be reopened; this one is ${response.status === "draft" ? "a draft" : "already reopened"}.`);
        }
        const current = await findRevision(trx, response.id, response.current_revision);
        if (current === undefined) throw new Error(`Revision ${response.current_revision} of response ${response.id} is missing`);
        const revision = response.current_revision + 1;
        const at = now.toISOString();
        await insertRevision(trx, {
          id: randomUUID(),
          response_id: response.id,
          revision,
          base_revision: response.current_revision,
          kind: "reopen",
          answers_json: current.answers_json,
          answers_sha256: current.answers_sha256,
          author: user.id,
          created_at: at,
        });
        if (!(await advanceResponse(trx, response.id, response.current_revision, { current_revision: revision, updated_at: at, status: "reopened" }))) {
          throw new RaceLost();
        }
        await recordAudit(
          trx,
          { actor: user.id, action: "response.reopened", campaignId, subjectType: "response", subjectId: response.id, details: { revision, reason } },
          now,
        );
        await enqueueWebhookEvent(
          trx,
          {
            event: "response.reopened",
            campaign: loaded.value.campaign,
            data: { response: { id: response.id, respondentId: respondent.id, respondentKind: respondent.kind, kommuneCode: respondent.kommune_code, revision } },
          },
          now,
        );
        return ok({ status: "reopened", revision });
      });
    } catch (error) {
      if (!isRetryable(error) || attempt >= maxAttempts) throw error;
    }
  }
}

// ——— what other features read and create of responses ———

/** A respondent's response (every respondent has one, made when it was invited), or undefined. */
export async function responseOfRespondent(db: Kysely<Database>, respondentId: string): Promise<ResponseRow | undefined> {
  return findResponseOfRespondent(db, respondentId);
}

/** A response of a campaign with its respondent and its current answers (null before the first save). */
export type CampaignAnswers = CampaignAnswersRow;

/**
 * Every response of a campaign with its current answers, ordered by kind, municipality code and name; optionally
 * only one status (the report and the default export take the submitted ones).
 */
export async function campaignAnswers(
  db: Kysely<Database>,
  campaignId: string,
  filter: { status?: ResponseStatus } = {},
): Promise<CampaignAnswers[]> {
  return listCampaignAnswers(db, campaignId, filter);
}

/**
 * Creates a new respondent's empty response to its questionnaire: a draft at revision 0. Call it inside the
 * transaction that inserts the respondent.
 */
export async function startResponse(
  trx: Kysely<Database>,
  input: { campaignId: string; respondentId: string; questionnaire: QuestionnaireRef },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await insertResponse(trx, {
    id: randomUUID(),
    campaign_id: input.campaignId,
    respondent_id: input.respondentId,
    questionnaire_key: input.questionnaire.key,
    questionnaire_version: input.questionnaire.version,
    status: "draft",
    current_revision: 0,
    created_at: at,
    updated_at: at,
    submitted_at: null,
  });
}

/** What the pre-filled revision holds, for the record the caller writes beside it. */
export interface PrefilledRevision {
  responseId: string;
  revision: number;
  answersSha256: string;
}

/**
 * Puts answers carried from an earlier campaign into a response nobody has started: revision 1 of kind "prefill"
 * (base revision 0), only while the response is still a draft at revision 0 – so nothing a respondent saved is ever
 * overwritten, and a save that gets there first wins ("has-answers"). The answers must fit the questionnaire
 * (migrateAnswers makes them fit; a misfit is a bug and throws). `record` runs in the same transaction, so the
 * caller's record of the pre-fill and its audit entry commit with the revision or not at all.
 */
export async function prefillResponse(
  db: Kysely<Database>,
  input: { respondentId: string; questionnaire: QuestionnaireVersion; answers: Answers; author: string },
  now: Date,
  record: (trx: Kysely<Database>, prefilled: PrefilledRevision) => Promise<void>,
): Promise<PrefilledRevision | "has-answers"> {
  const keys = checkAnswerKeys(input.questionnaire, input.answers);
  const files = checkFileReferences(input.questionnaire, input.answers, new Set());
  const misfit = !keys.ok ? keys.error : !files.ok ? files.error : undefined;
  if (misfit !== undefined) throw new Error(`Pre-filled answers do not fit the questionnaire: ${misfit.message}`);
  try {
    return await db.transaction().execute(async (trx) => {
      const response = await findResponseOfRespondent(trx, input.respondentId);
      if (response === undefined) throw new Error(`Respondent ${input.respondentId} has no response`);
      if (response.status !== "draft" || response.current_revision !== 0) return "has-answers";
      const at = now.toISOString();
      const prefilled: PrefilledRevision = { responseId: response.id, revision: 1, answersSha256: answersSha256(input.answers) };
      await insertRevision(trx, {
        id: randomUUID(),
        response_id: response.id,
        revision: prefilled.revision,
        base_revision: 0,
        kind: "prefill",
        answers_json: JSON.stringify(input.answers),
        answers_sha256: prefilled.answersSha256,
        author: input.author,
        created_at: at,
      });
      if (!(await advanceResponse(trx, response.id, 0, { current_revision: prefilled.revision, updated_at: at }))) throw new RaceLost();
      await record(trx, prefilled);
      return prefilled;
    });
  } catch (error) {
    // Someone saved revision 1 meanwhile: the response has answers now, and they stay.
    if (isRetryable(error)) return "has-answers";
    throw error;
  }
}

export { isRetryable, RaceLost, freshState };
