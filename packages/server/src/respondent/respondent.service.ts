import { randomUUID } from "node:crypto";
import { kommunerInRegion } from "@afrapport/schema";
import type { BoardEntry, InviteMunicipalitiesResult, InviteOfferInput, Invited } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { campaignVersionId, loadCampaign, questionnaireRefOf } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, Database, RespondentRow } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { rememberedContactsOfRegion } from "../contact/contact.service.js";
import { issueLink, revokeLinks } from "../invite/invite.service.js";
import { remindersSentPerRespondent } from "../reminder/reminder.service.js";
import { startResponse } from "../response/response.service.js";
import { effectiveDeadline } from "../rules/effective-deadline.js";
import { respondentState } from "../rules/respondent-state.js";
import { editability } from "../rules/response-editable.js";
import { toRespondentView } from "./respondent-view.js";
import { findRespondent, insertRespondent, invitedKommuneCodes, listBoard } from "./respondent.repository.js";

function canInvite(campaign: CampaignRow): Result<null> {
  if (campaign.status === "closed" || campaign.status === "reported") {
    return fail("conflict", `The campaign is ${campaign.status}; reopen it before inviting respondents.`);
  }
  return ok(null);
}

/**
 * Inserts a respondent, its empty response (revision 0), the audit entry and its first link, in the caller's
 * transaction. Shared by every way a respondent is invited (municipalities, offers by hand, named offers).
 */
export async function createRespondent(
  trx: Kysely<Database>,
  campaign: CampaignRow,
  row: RespondentRow,
  actor: string,
  publicUrl: string,
  now: Date,
): Promise<Invited> {
  const questionnaire = questionnaireRefOf(campaignVersionId(campaign, row.kind) ?? "");
  await insertRespondent(trx, row);
  await startResponse(trx, { campaignId: campaign.id, respondentId: row.id, questionnaire }, now);
  await recordAudit(
    trx,
    {
      actor,
      action: "respondent.invited",
      campaignId: campaign.id,
      subjectType: "respondent",
      subjectId: row.id,
      details: { kind: row.kind, name: row.name, kommuneCode: row.kommune_code, operator: row.operator },
    },
    now,
  );
  const link = await issueLink(trx, { respondentId: row.id, campaignId: campaign.id, actor, publicUrl }, now);
  return { respondent: toRespondentView(row), link };
}

function newRespondentRow(campaignId: string, fields: Partial<RespondentRow> & Pick<RespondentRow, "kind" | "name">, at: string): RespondentRow {
  return {
    id: randomUUID(),
    campaign_id: campaignId,
    kommune_code: null,
    operator: null,
    legal_basis: null,
    contact_name: null,
    contact_email: null,
    deadline: null,
    created_at: at,
    first_opened_at: null,
    last_activity_at: null,
    ...fields,
  };
}

/**
 * Invites every municipality of the campaign's region that is not yet invited, in one transaction. Idempotent:
 * a second call invites nobody and lists everyone as skipped. Two calls at once: the unique index on
 * (campaign, kommune code) refuses the second's inserts, and it runs again, skipping what the first invited.
 */
export async function inviteMunicipalities(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  publicUrl: string,
  now: Date,
): Promise<Result<InviteMunicipalitiesResult>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const allowed = canInvite(campaign);
  if (!allowed.ok) return allowed;
  const kommuner = kommunerInRegion(campaign.region_code);
  // the contacts the region's secretariat gave last time: the new campaign starts with them (nothing is mailed yet)
  const remembered = await rememberedContactsOfRegion(db, campaign.region_code);
  for (let attempt = 0; ; attempt++) {
    try {
      return ok(
        await db.transaction().execute(async (trx) => {
          const already = await invitedKommuneCodes(trx, campaign.id);
          const invited: Invited[] = [];
          const skipped: InviteMunicipalitiesResult["skipped"] = [];
          const at = now.toISOString();
          for (const kommune of kommuner) {
            if (already.has(kommune.code)) {
              skipped.push({ kommuneCode: kommune.code, name: kommune.name });
              continue;
            }
            const contact = remembered.get(kommune.code);
            const row = newRespondentRow(
              campaign.id,
              {
                kind: "municipality",
                name: kommune.name,
                kommune_code: kommune.code,
                contact_name: contact?.contact_name ?? null,
                contact_email: contact?.contact_email ?? null,
              },
              at,
            );
            invited.push(await createRespondent(trx, campaign, row, user.id, publicUrl, now));
          }
          return { invited, skipped };
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

export async function inviteOffer(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: InviteOfferInput,
  publicUrl: string,
  now: Date,
): Promise<Result<Invited>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const allowed = canInvite(campaign);
  if (!allowed.ok) return allowed;
  if (campaign.offer_version_id === null) {
    return fail("conflict", "The campaign has no questionnaire for offers; create the campaign with an offerQuestionnaire to invite offers.");
  }
  const board = await listBoard(db, campaign.id);
  const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("da") === b.trim().toLocaleLowerCase("da");
  if (board.some((r) => r.kind === "offer" && sameName(r.name, input.name) && r.operator === input.operator)) {
    return fail("already_exists", `name: the offer "${input.name}" is already invited.`, "name");
  }
  const row = newRespondentRow(
    campaign.id,
    {
      kind: "offer",
      name: input.name,
      operator: input.operator,
      legal_basis: input.legalBasis ?? null,
      contact_name: input.contactName ?? null,
      contact_email: input.contactEmail ?? null,
    },
    now.toISOString(),
  );
  return ok(await db.transaction().execute((trx) => createRespondent(trx, campaign, row, user.id, publicUrl, now)));
}

/** Replaces a respondent's link: the old one stops working, the new one is shown once. */
export async function replaceLink(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  respondentId: string,
  publicUrl: string,
  now: Date,
): Promise<Result<Invited>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const respondent = await findRespondent(db, campaignId, respondentId);
  if (respondent === undefined) return fail("not_found", "No respondent with this id in the campaign.");
  const link = await db.transaction().execute((trx) =>
    issueLink(trx, { respondentId, campaignId, actor: user.id, publicUrl }, now),
  );
  return ok({ respondent: toRespondentView(respondent), link });
}

export async function revokeLink(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  respondentId: string,
  now: Date,
): Promise<Result<{ revoked: number }>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const respondent = await findRespondent(db, campaignId, respondentId);
  if (respondent === undefined) return fail("not_found", "No respondent with this id in the campaign.");
  const revoked = await db.transaction().execute((trx) => revokeLinks(trx, { respondentId, campaignId, actor: user.id }, now));
  return ok({ revoked });
}

/** The secretariat's status board: every respondent with its state, last activity and effective deadline. */
export async function respondentBoard(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  now: Date,
): Promise<Result<BoardEntry[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const rows = await listBoard(db, campaignId);
  const reminders = await remindersSentPerRespondent(db, campaignId);
  return ok(
    rows.map((row) => {
      const deadline = effectiveDeadline(campaign.deadline, row.deadline);
      return {
        ...toRespondentView(row),
        state: respondentState({ status: row.status, firstOpenedAt: row.first_opened_at, currentRevision: row.current_revision }),
        responseId: row.response_id,
        revision: row.current_revision,
        firstOpenedAt: row.first_opened_at,
        lastActivityAt: row.last_activity_at,
        submittedAt: row.submitted_at,
        deadline,
        deadlineExtended: deadline !== campaign.deadline,
        editable: editability({ responseStatus: row.status, campaignStatus: campaign.status, deadline, now }).editable,
        hasActiveLink: row.active_link_since !== null,
        linkIssuedAt: row.active_link_since,
        remindersSent: reminders.get(row.id) ?? 0,
      };
    }),
  );
}
