import { randomUUID } from "node:crypto";
import { findRegion, parseQuestionnaireVersionId, questionnaireVersionId, type Announcement, type LocalizedText, type QuestionnaireVersion } from "@afrapport/schema";
import { announcementInfo, catalogueAnnouncement, questionnaireVersion } from "../catalogue/catalogue.service.js";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import type { CampaignRow, CampaignStatus, Database } from "../db/tables.js";
import { respondentInCampaign, setOwnDeadline } from "../respondent/respondent-records.js";
import { effectiveDeadline } from "../rules/effective-deadline.js";
import { emptyStateCounts, respondentState } from "../rules/respondent-state.js";
import { campaignAccess, type CampaignAccess } from "./campaign-access.js";
import type {
  AddReviewerInput,
  Campaign,
  CreateCampaignInput,
  DeadlineExtension,
  ExtendDeadlineInput,
  QuestionnaireRef,
  RespondentState,
  Reviewer,
} from "@afrapport/schema/api";
import { allowedTransitions, canTransition } from "./campaign-status.js";
import {
  deleteReviewer,
  findCampaign,
  findUserRef,
  insertCampaign,
  insertDeadlineExtension,
  insertReviewer,
  isReviewer,
  listCampaigns as listCampaignRows,
  listDeadlineExtensions,
  respondentProgress,
  updateCampaign,
  type CampaignScope,
} from "./campaign.repository.js";
import { fail, ok, type Result } from "../http/result.js";
import { enqueueWebhookEvent } from "../webhook/webhook-events.js";
import { campaignReviewers } from "../reviewer/campaign-reviewers.js";

/** A campaign the user may see, with the access it has. */
export interface LoadedCampaign {
  campaign: CampaignRow;
  access: Exclude<CampaignAccess, "none">;
}

const notFound = () => fail("not_found", "No campaign with this id.");

/**
 * Loads a campaign for a user. A campaign the user may not see is "not found" (404), so its existence is not
 * revealed; a campaign the user may only read, asked for a change, is forbidden (403).
 */
export async function loadCampaign(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  need: "read" | "manage",
): Promise<Result<LoadedCampaign>> {
  const campaign = await findCampaign(db, campaignId);
  if (campaign === undefined) return notFound();
  const reviewer = user.role === "reviewer" ? await isReviewer(db, campaign.id, user.id) : false;
  const access = campaignAccess(user, campaign, reviewer);
  if (access === "none") return notFound();
  if (need === "manage" && access !== "manage") return fail("forbidden", "Only the region's secretariat can change this campaign.");
  return ok({ campaign, access });
}

/**
 * The campaign a respondent answers, without a user's access check: for requests through an invite link, where
 * the link is the authorisation. Takes a Kysely handle, so it runs alike inside and outside a transaction.
 */
export async function campaignForRespondent(db: Kysely<Database>, campaignId: string): Promise<CampaignRow | undefined> {
  return findCampaign(db, campaignId);
}

/** The key and version of a stored questionnaire version id ("announcement/key@version"). */
export function questionnaireRefOf(versionId: string): QuestionnaireRef {
  const parts = parseQuestionnaireVersionId(versionId);
  return parts === undefined ? { key: versionId, version: "" } : { key: parts.key, version: parts.version };
}

/** The id of the questionnaire version a campaign uses for an audience; null when it invites no offers. */
export function campaignVersionId(campaign: CampaignRow, audience: "municipality" | "offer"): string | null {
  return audience === "municipality" ? campaign.municipality_version_id : campaign.offer_version_id;
}

/** The questionnaire a campaign uses for an audience, or undefined (no offer questionnaire, or unknown). */
export async function campaignQuestionnaire(db: Kysely<Database>, campaign: CampaignRow, audience: "municipality" | "offer"): Promise<QuestionnaireVersion | undefined> {
  const id = campaignVersionId(campaign, audience);
  return id === null ? undefined : questionnaireVersion(db, id);
}

/** How many respondents a campaign has, in total and in each state of the status board. */
export type RespondentCounts = Record<RespondentState, number> & { total: number };

/**
 * The respondents of each of the given campaigns counted by state; a campaign without respondents is left out.
 * The campaign list shows them, and the national board's overview.
 */
export async function respondentCounts(db: Kysely<Database>, campaignIds: string[]): Promise<Map<string, RespondentCounts>> {
  const progress = await respondentProgress(db, campaignIds);
  const counts = new Map<string, RespondentCounts>();
  for (const row of progress) {
    let c = counts.get(row.campaign_id);
    if (c === undefined) counts.set(row.campaign_id, (c = { ...emptyStateCounts(), total: 0 }));
    c[respondentState({ status: row.status, firstOpenedAt: row.first_opened_at, currentRevision: row.current_revision })] += 1;
    c.total += 1;
  }
  return counts;
}

async function toViews(db: Kysely<Database>, rows: { campaign: CampaignRow; access: Exclude<CampaignAccess, "none"> }[]): Promise<Campaign[]> {
  const counts = await respondentCounts(db, rows.map((row) => row.campaign.id));
  const titles = new Map<string, LocalizedText | null>();
  for (const id of new Set(rows.map((row) => row.campaign.announcement_id))) titles.set(id, (await announcementInfo(db, id))?.title ?? null);
  return rows.map(({ campaign, access }) => {
    const offer = campaign.offer_version_id;
    return {
      id: campaign.id,
      announcementId: campaign.announcement_id,
      announcementTitle: titles.get(campaign.announcement_id) ?? null,
      regionCode: campaign.region_code,
      regionName: findRegion(campaign.region_code)?.name ?? null,
      title: campaign.title,
      status: campaign.status,
      deadline: campaign.deadline,
      municipalityQuestionnaire: questionnaireRefOf(campaign.municipality_version_id),
      offerQuestionnaire: offer === null ? null : questionnaireRefOf(offer),
      createdBy: campaign.created_by,
      createdAt: campaign.created_at,
      updatedAt: campaign.updated_at,
      access,
      nextStatuses: [...allowedTransitions(campaign.status)],
      respondents: counts.get(campaign.id) ?? { ...emptyStateCounts(), total: 0 },
    };
  });
}

export async function campaignView(db: Kysely<Database>, loaded: LoadedCampaign): Promise<Campaign> {
  const [view] = await toViews(db, [loaded]);
  return view!;
}

function checkQuestionnaire(
  announcement: Announcement,
  ref: { key: string; version: string },
  audience: "municipality" | "offer",
  field: string,
): Result<QuestionnaireVersion> {
  const questionnaire = announcement.questionnaires.find((q) => q.key === ref.key && q.version === ref.version);
  if (questionnaire === undefined) {
    const known = announcement.questionnaires.filter((q) => q.audience === audience).map((q) => `${q.key} ${q.version}`);
    return fail("validation_failed", `${field}: the announcement has no questionnaire ${ref.key} ${ref.version} (it has ${known.join(", ")}).`, field);
  }
  if (questionnaire.audience !== audience) {
    return fail("validation_failed", `${field}: ${ref.key} is a questionnaire for ${questionnaire.audience === "offer" ? "offers" : "municipalities"}.`, field);
  }
  return ok(questionnaire);
}

export async function createCampaign(
  db: Kysely<Database>,
  user: SessionUser,
  input: CreateCampaignInput,
  now: Date,
): Promise<Result<Campaign>> {
  if (user.role !== "admin" && user.role !== "secretariat") return fail("forbidden", "Only a secretariat or an admin can create a campaign.");
  let regionCode: string | undefined = input.regionCode;
  if (user.role === "secretariat") {
    if (user.regionCode === null) return fail("forbidden", "Your user has no region; ask an admin to set it.");
    regionCode ??= user.regionCode;
    if (regionCode !== user.regionCode) return fail("forbidden", "A secretariat can only create campaigns for its own region.", "regionCode");
  }
  if (regionCode === undefined) return fail("validation_failed", "regionCode: required for an admin.", "regionCode");
  const found = await catalogueAnnouncement(db, input.announcementId);
  if (found === undefined) return fail("validation_failed", `announcementId: no announcement "${input.announcementId}".`, "announcementId");
  if (found.info.archived) return fail("validation_failed", `announcementId: the announcement "${input.announcementId}" is archived.`, "announcementId");
  const { announcement } = found;
  const municipality = checkQuestionnaire(announcement, input.municipalityQuestionnaire, "municipality", "municipalityQuestionnaire");
  if (!municipality.ok) return municipality;
  if (input.offerQuestionnaire !== undefined) {
    const offer = checkQuestionnaire(announcement, input.offerQuestionnaire, "offer", "offerQuestionnaire");
    if (!offer.ok) return offer;
  }
  const deadline = new Date(input.deadline);
  if (deadline.getTime() <= now.getTime()) return fail("validation_failed", "deadline: must be in the future.", "deadline");

  const at = now.toISOString();
  const row: CampaignRow = {
    id: randomUUID(),
    announcement_id: announcement.id,
    region_code: regionCode,
    title: input.title,
    status: "draft",
    deadline: deadline.toISOString(),
    municipality_version_id: questionnaireVersionId(announcement.id, input.municipalityQuestionnaire.key, input.municipalityQuestionnaire.version),
    offer_version_id:
      input.offerQuestionnaire === undefined ? null : questionnaireVersionId(announcement.id, input.offerQuestionnaire.key, input.offerQuestionnaire.version),
    created_by: user.id,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await insertCampaign(trx, row);
    await recordAudit(
      trx,
      {
        actor: user.id,
        action: "campaign.created",
        campaignId: row.id,
        subjectType: "campaign",
        subjectId: row.id,
        details: {
          title: row.title,
          announcementId: row.announcement_id,
          regionCode: row.region_code,
          deadline: row.deadline,
          municipalityQuestionnaire: row.municipality_version_id,
          offerQuestionnaire: row.offer_version_id,
        },
      },
      now,
    );
  });
  return ok(await campaignView(db, { campaign: row, access: "manage" }));
}

export async function listCampaigns(db: Kysely<Database>, user: SessionUser): Promise<Campaign[]> {
  const scope: CampaignScope | undefined =
    user.role === "admin" || user.role === "national"
      ? { kind: "all" }
      : user.role === "secretariat"
        ? user.regionCode === null ? undefined : { kind: "region", regionCode: user.regionCode }
        : { kind: "reviewer", userId: user.id };
  if (scope === undefined) return [];
  const rows = await listCampaignRows(db, scope);
  const access = user.role === "admin" || user.role === "secretariat" ? "manage" : "read";
  return toViews(db, rows.map((campaign) => ({ campaign, access })));
}

export async function getCampaign(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<Campaign>> {
  const loaded = await loadCampaign(db, user, id, "read");
  return loaded.ok ? ok(await campaignView(db, loaded.value)) : loaded;
}

export async function updateCampaignTitle(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  title: string,
  now: Date,
): Promise<Result<Campaign>> {
  const loaded = await loadCampaign(db, user, id, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (campaign.title === title) return ok(await campaignView(db, loaded.value));
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await updateCampaign(trx, id, { title, updated_at: at });
    await recordAudit(
      trx,
      { actor: user.id, action: "campaign.updated", campaignId: id, subjectType: "campaign", subjectId: id, details: { title: { from: campaign.title, to: title } } },
      now,
    );
  });
  return ok(await campaignView(db, { ...loaded.value, campaign: { ...campaign, title, updated_at: at } }));
}

export async function changeCampaignStatus(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  status: CampaignStatus,
  now: Date,
): Promise<Result<Campaign>> {
  const loaded = await loadCampaign(db, user, id, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (!canTransition(campaign.status, status)) {
    const next = allowedTransitions(campaign.status);
    return fail(
      "conflict",
      `A ${campaign.status} campaign cannot become ${status}${next.length > 0 ? `; it can become ${next.join(" or ")}` : ""}.`,
      "status",
    );
  }
  const at = now.toISOString();
  const changed = await db.transaction().execute(async (trx) => {
    // Only from the status we checked: two changes at once cannot both apply.
    const updated = await updateCampaign(trx, id, { status, updated_at: at }, { status: campaign.status });
    if (!updated) return false;
    await recordAudit(
      trx,
      {
        actor: user.id,
        action: "campaign.status_changed",
        campaignId: id,
        subjectType: "campaign",
        subjectId: id,
        details: { from: campaign.status, to: status },
      },
      now,
    );
    const event = status === "open" ? "campaign.opened" : status === "closed" ? "campaign.closed" : status === "reported" ? "campaign.reported" : undefined;
    if (event !== undefined) await enqueueWebhookEvent(trx, { event, campaign, data: { from: campaign.status, to: status } }, now);
    return true;
  });
  if (!changed) return fail("conflict", "The campaign's status was changed by someone else; reload and try again.", "status");
  return ok(await campaignView(db, { ...loaded.value, campaign: { ...campaign, status, updated_at: at } }));
}


export async function extendDeadline(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  input: ExtendDeadlineInput,
  now: Date,
): Promise<Result<DeadlineExtension>> {
  const loaded = await loadCampaign(db, user, id, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (campaign.status === "reported") return fail("conflict", "The campaign has been reported; its deadline can no longer change.");
  const newDeadline = new Date(input.deadline).toISOString();
  let previous: string;
  let respondentName: string | null = null;
  if (input.respondentId !== undefined) {
    const respondent = await respondentInCampaign(db, id, input.respondentId);
    if (respondent === undefined) return fail("validation_failed", "respondentId: no respondent with this id in the campaign.", "respondentId");
    previous = effectiveDeadline(campaign.deadline, respondent.deadline);
    respondentName = respondent.name;
  } else {
    previous = campaign.deadline;
  }
  if (Date.parse(newDeadline) <= Date.parse(previous)) {
    return fail("validation_failed", `deadline: must be later than the current deadline (${previous}).`, "deadline");
  }
  const row = {
    id: randomUUID(),
    campaign_id: id,
    respondent_id: input.respondentId ?? null,
    previous_deadline: previous,
    new_deadline: newDeadline,
    reason: input.reason,
    extended_by: user.id,
    extended_at: now.toISOString(),
  };
  const applied = await db.transaction().execute(async (trx) => {
    if (input.respondentId !== undefined) {
      await setOwnDeadline(trx, input.respondentId, newDeadline);
    } else {
      // Only from the deadline we checked against, so two extensions at once cannot shorten each other.
      const updated = await updateCampaign(trx, id, { deadline: newDeadline, updated_at: row.extended_at }, { deadline: campaign.deadline });
      if (!updated) return false;
    }
    await insertDeadlineExtension(trx, row);
    await recordAudit(
      trx,
      {
        actor: user.id,
        action: "campaign.deadline_extended",
        campaignId: id,
        subjectType: input.respondentId !== undefined ? "respondent" : "campaign",
        subjectId: input.respondentId ?? id,
        details: { from: previous, to: newDeadline, reason: input.reason },
      },
      now,
    );
    return true;
  });
  if (!applied) return fail("conflict", "The deadline was changed by someone else; reload and try again.", "deadline");
  return ok({
    id: row.id,
    respondent: row.respondent_id === null ? null : { id: row.respondent_id, name: respondentName },
    previousDeadline: previous,
    newDeadline,
    reason: row.reason,
    extendedBy: { id: user.id, name: user.name },
    extendedAt: row.extended_at,
  });
}

export async function deadlineHistory(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<DeadlineExtension[]>> {
  const loaded = await loadCampaign(db, user, id, "read");
  if (!loaded.ok) return loaded;
  const rows = await listDeadlineExtensions(db, id);
  return ok(
    rows.map((row) => ({
      id: row.id,
      respondent: row.respondent_id === null ? null : { id: row.respondent_id, name: row.respondent_name },
      previousDeadline: row.previous_deadline,
      newDeadline: row.new_deadline,
      reason: row.reason,
      extendedBy: { id: row.extended_by, name: row.extended_by_name },
      extendedAt: row.extended_at,
    })),
  );
}


export async function listReviewers(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<Reviewer[]>> {
  const loaded = await loadCampaign(db, user, id, "manage");
  if (!loaded.ok) return loaded;
  return ok(await campaignReviewers(db, id));
}

/** Adds a reviewer; `created` is false when the user already reviewed the campaign (nothing changes then). */
export async function addReviewer(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  input: AddReviewerInput,
  now: Date,
): Promise<Result<{ reviewer: Reviewer; created: boolean }>> {
  const loaded = await loadCampaign(db, user, id, "manage");
  if (!loaded.ok) return loaded;
  const field = input.userId !== undefined ? "userId" : "email";
  const target = await findUserRef(db, input.userId !== undefined ? { id: input.userId } : { email: input.email ?? "" });
  if (target === undefined || target.disabled_at !== null) return fail("validation_failed", `${field}: no active user.`, field);
  if (target.role !== "reviewer") return fail("validation_failed", `${field}: the user is not a reviewer (role ${target.role}).`, field);
  const at = now.toISOString();
  const created = await db.transaction().execute(async (trx) => {
    const inserted = await insertReviewer(trx, id, target.id, at);
    if (inserted) {
      await recordAudit(
        trx,
        { actor: user.id, action: "campaign.reviewer_added", campaignId: id, subjectType: "user", subjectId: target.id, details: { email: target.email } },
        now,
      );
    }
    return inserted;
  });
  const reviewer = (await campaignReviewers(db, id)).find((r) => r.userId === target.id);
  if (reviewer === undefined) return fail("not_found", "The user is not a reviewer of this campaign.");
  return ok({ reviewer, created });
}

export async function removeReviewer(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  reviewerId: string,
  now: Date,
): Promise<Result<null>> {
  const loaded = await loadCampaign(db, user, id, "manage");
  if (!loaded.ok) return loaded;
  const removed = await db.transaction().execute(async (trx) => {
    const deleted = await deleteReviewer(trx, id, reviewerId);
    if (deleted) {
      await recordAudit(trx, { actor: user.id, action: "campaign.reviewer_removed", campaignId: id, subjectType: "user", subjectId: reviewerId }, now);
    }
    return deleted;
  });
  if (!removed) return fail("not_found", "The user is not a reviewer of this campaign.");
  return ok(null);
}
