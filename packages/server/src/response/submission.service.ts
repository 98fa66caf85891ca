import { randomUUID } from "node:crypto";
import { validateAnswers, type Answers } from "@afrapport/schema";
import type { Receipt, ReceiptWithAnswers } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import { writeTransaction } from "../db/group-commit.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database, ResponseRevisionRow } from "../db/tables.js";
import { editability } from "../rules/response-editable.js";
import { answersSha256, canonicalJson, sha256Hex } from "./answers-hash.js";
import { receiptNumber } from "./receipt-number.js";
import { advanceResponse, findResponseOfRespondent, insertRevision, latestRevisionOfKind } from "./response.repository.js";
import { answersAt, appendAnswers, freshState, isRetryable, RaceLost, type RespondentContext } from "./response.service.js";
import { enqueueWebhookEvent } from "../webhook/webhook-events.js";

const maxAttempts = 5;

function receiptOf(ctx: RespondentContext, submitted: ResponseRevisionRow): Receipt {
  return {
    responseId: submitted.response_id,
    revision: submitted.revision,
    receiptNumber: receiptNumber(submitted.response_id, submitted.revision),
    submittedAt: submitted.created_at,
    answersSha256: submitted.answers_sha256,
    respondentName: ctx.respondent.name,
    campaignTitle: ctx.campaign.title,
  };
}

/**
 * The answers of an already submitted response: the same content again is idempotent (the same receipt, nothing
 * new), different content is a conflict – the secretariat must reopen first.
 */
async function alreadySubmitted(
  db: Kysely<Database>,
  ctx: RespondentContext,
  input: { baseRevision: number; answers?: Answers | undefined },
  responseId: string,
  currentRevision: number,
): Promise<Result<{ receipt: Receipt }>> {
  const submitted = await latestRevisionOfKind(db, responseId, "submit");
  if (submitted === undefined) throw new Error(`Response ${responseId} is submitted without a submit revision`);
  const offered = input.answers ?? (input.baseRevision <= currentRevision ? await answersAt(db, responseId, input.baseRevision) : undefined);
  if (offered !== undefined && answersSha256(offered) === submitted.answers_sha256) return ok({ receipt: receiptOf(ctx, submitted) });
  return fail("conflict", "The response has already been submitted with other answers; ask the secretariat to reopen it to make changes.", undefined, {
    reason: "submitted",
  });
}

/**
 * Submits a response. Given answers are saved as a draft revision first (merged like any save), so nothing typed
 * is lost even when validation then fails (422 with the errors). Valid answers become a revision of kind
 * "submit" and the status submitted. The same submission again returns the same receipt; of two at once, the
 * database's unique revision number lets exactly one through, and the other then sees it and returns its receipt.
 */
export async function submitResponse(
  db: Kysely<Database>,
  ctx: RespondentContext,
  input: { baseRevision: number; answers?: Answers | undefined },
  now: Date,
): Promise<Result<{ receipt: Receipt }>> {
  for (let attempt = 1; ; attempt++) {
    const response = await findResponseOfRespondent(db, ctx.respondent.id);
    if (response === undefined) throw new Error("The respondent's response disappeared");
    if (response.status === "submitted") return alreadySubmitted(db, ctx, input, response.id, response.current_revision);

    let revision: number;
    let answers: Answers;
    if (input.answers !== undefined) {
      const saved = await appendAnswers(db, ctx, { baseRevision: input.baseRevision, answers: input.answers }, "respondent", now);
      if (!saved.ok) {
        // Submitted by a colleague meanwhile: look again, it may be this very submission.
        if (saved.error.extra?.reason === "submitted" && attempt < maxAttempts) continue;
        return saved;
      }
      ({ revision, answers } = saved.value);
    } else {
      const state = await db.transaction().execute((trx) => freshState(trx, ctx));
      if (state.response.status === "submitted") continue;
      const edit = editability({ responseStatus: state.response.status, campaignStatus: state.campaign.status, deadline: state.deadline, now });
      if (!edit.editable) return fail("conflict", edit.message, undefined, { reason: edit.reason });
      if (input.baseRevision !== state.response.current_revision) return staleSubmit(input.baseRevision, state.response.current_revision, state.current);
      revision = state.response.current_revision;
      answers = state.current;
    }

    const validation = validateAnswers(ctx.questionnaire, answers, { mode: "submit" });
    if (!validation.ok) {
      return fail("unprocessable", `The answers cannot be submitted yet: ${validation.errors.length} ${validation.errors.length === 1 ? "problem" : "problems"} to fix. They have been saved as a draft.`, undefined, {
        errors: validation.errors,
        warnings: validation.warnings,
        revision,
      });
    }

    try {
      const result = await writeTransaction(db, async (trx): Promise<Result<{ receipt: Receipt }> | "again"> => {
        const state = await freshState(trx, ctx);
        if (state.response.status === "submitted") return "again";
        const edit = editability({ responseStatus: state.response.status, campaignStatus: state.campaign.status, deadline: state.deadline, now });
        if (!edit.editable) return fail("conflict", edit.message, undefined, { reason: edit.reason });
        // Someone saved between the validation and now: what was validated is no longer what is there.
        if (state.response.current_revision !== revision) return staleSubmit(revision, state.response.current_revision, state.current);
        const at = now.toISOString();
        const json = canonicalJson(answers);
        const row: ResponseRevisionRow = {
          id: randomUUID(),
          response_id: state.response.id,
          revision: revision + 1,
          base_revision: revision,
          kind: "submit",
          answers_json: json,
          answers_sha256: sha256Hex(json),
          author: "respondent",
          created_at: at,
        };
        await insertRevision(trx, row);
        const advanced = await advanceResponse(trx, state.response.id, revision, {
          current_revision: row.revision,
          updated_at: at,
          status: "submitted",
          submitted_at: at,
        });
        if (!advanced) throw new RaceLost();
        await recordAudit(
          trx,
          {
            actor: `respondent:${ctx.respondent.id}`,
            action: "response.submitted",
            campaignId: ctx.campaign.id,
            subjectType: "response",
            subjectId: state.response.id,
            details: { revision: row.revision, answersSha256: row.answers_sha256 },
          },
          now,
        );
        await enqueueWebhookEvent(
          trx,
          {
            event: "response.submitted",
            campaign: ctx.campaign,
            data: { response: { id: state.response.id, respondentId: ctx.respondent.id, respondentKind: ctx.respondent.kind, kommuneCode: ctx.respondent.kommune_code, revision: row.revision } },
          },
          now,
        );
        return ok({ receipt: receiptOf(ctx, row) });
      });
      if (result !== "again") return result;
    } catch (error) {
      if (!isRetryable(error)) throw error;
    }
    if (attempt >= maxAttempts) throw new Error("Could not submit: too many concurrent changes");
  }
}

function staleSubmit(baseRevision: number, currentRevision: number, current: Answers): { ok: false; error: import("../http/result.js").DomainError } {
  return fail(
    "stale_revision",
    `The answers changed since revision ${baseRevision} (now ${currentRevision}); review them and submit again.`,
    undefined,
    { conflicts: [], current: { revision: currentRevision, answers: current } },
  );
}

/** The receipt of the latest submission, with the answers submitted; not found before the first submission. */
export async function receiptWithAnswers(db: Kysely<Database>, ctx: RespondentContext): Promise<Result<ReceiptWithAnswers>> {
  const submitted = await latestRevisionOfKind(db, ctx.response.id, "submit");
  if (submitted === undefined) return fail("not_found", "The response has not been submitted yet.");
  return ok({ receipt: receiptOf(ctx, submitted), answers: JSON.parse(submitted.answers_json) as Answers });
}
