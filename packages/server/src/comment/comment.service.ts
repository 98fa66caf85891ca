import { randomUUID } from "node:crypto";
import type { CommentTarget, CreateCommentInput, ReviewComment, ReviewCommentTarget, TextWarning } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import { respondentInCampaign } from "../respondent/respondent-records.js";
import { campaignSections, findCampaignSection } from "../summary/report-sections.js";
import { cprWarnings } from "../summary/summary.service.js";
import { findCommentRow, insertComment, listCommentRows, resolveCommentRow, type CommentRow } from "./comment.repository.js";
import { findUserById } from "../user/user.repository.js";

function toView(row: CommentRow, respondentNames: ReadonlyMap<string, string>): ReviewComment {
  const target: ReviewCommentTarget =
    row.target_type === "response"
      ? { type: "response", respondentId: row.respondent_id ?? "", respondentName: respondentNames.get(row.respondent_id ?? "") ?? null }
      : { type: "section", sectionId: row.section_id ?? "" };
  return {
    id: row.id,
    target,
    text: row.text,
    author: { id: row.author_id, name: row.author_name, role: row.author_role, organisation: row.author_organisation },
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by === null ? null : { id: row.resolved_by, name: row.resolved_by_name },
  };
}

async function respondentNamesOf(db: Kysely<Database>, campaignId: string, rows: readonly CommentRow[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(rows.flatMap((row) => (row.respondent_id === null ? [] : [row.respondent_id])))) {
    const respondent = await respondentInCampaign(db, campaignId, id);
    if (respondent !== undefined) names.set(id, respondent.name);
  }
  return names;
}

/** Every comment of the campaign, oldest first: for everyone who may read the campaign. */
export async function listComments(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<ReviewComment[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const rows = await listCommentRows(db, campaignId);
  const names = await respondentNamesOf(db, campaignId, rows);
  return ok(rows.map((row) => toView(row, names)));
}

/**
 * A comment on one respondent's response or on a report section, by the campaign's reviewers (the reference
 * group) or its secretariat. The national board reads but does not comment.
 */
export async function createComment(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: CreateCommentInput,
  now: Date,
): Promise<Result<{ comment: ReviewComment; warnings: TextWarning[] }>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  if (loaded.value.access !== "manage" && user.role !== "reviewer") {
    return fail("forbidden", "Only the campaign's reference group and its secretariat can comment.");
  }
  const { campaign } = loaded.value;
  const target: CommentTarget = input.target;
  let respondentName: string | null = null;
  if (target.type === "response") {
    const respondent = await respondentInCampaign(db, campaignId, target.respondentId);
    if (respondent === undefined) return fail("validation_failed", "target.respondentId: no respondent with this id in the campaign.", "target.respondentId");
    respondentName = respondent.name;
  } else if ((await findCampaignSection(db, campaign, target.sectionId)) === undefined) {
    const known = (await campaignSections(db, campaign)).map((section) => section.id);
    return fail("validation_failed", `target.sectionId: the report has no section "${target.sectionId}" (it has ${known.join(", ")}).`, "target.sectionId");
  }
  const row = {
    id: randomUUID(),
    campaign_id: campaignId,
    target_type: target.type,
    respondent_id: target.type === "response" ? target.respondentId : null,
    section_id: target.type === "section" ? target.sectionId : null,
    text: input.text.replace(/\r\n?/g, "\n"),
    author_id: user.id,
    created_at: now.toISOString(),
    resolved_at: null,
    resolved_by: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertComment(trx, row);
    await recordAudit(
      trx,
      {
        actor: user.id,
        action: "comment.created",
        campaignId,
        subjectType: "comment",
        subjectId: row.id,
        details: target.type === "response" ? { target: "response", respondentId: target.respondentId } : { target: "section", sectionId: target.sectionId },
      },
      now,
    );
  });
  const names = new Map(respondentName === null ? [] : [[row.respondent_id!, respondentName]]);
  const organisation = (await findUserById(db, user.id))?.organisation ?? null;
  const comment = toView({ ...row, author_name: user.name, author_role: user.role, author_organisation: organisation, resolved_by_name: null }, names);
  return ok({ comment, warnings: cprWarnings(row.text, "text") });
}

/** Marks a comment resolved (the secretariat). Resolving a resolved comment changes nothing and answers the same. */
export async function resolveComment(db: Kysely<Database>, user: SessionUser, campaignId: string, commentId: string, now: Date): Promise<Result<ReviewComment>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const existing = await findCommentRow(db, campaignId, commentId);
  if (existing === undefined) return fail("not_found", "No comment with this id in this campaign.");
  if (existing.resolved_at === null) {
    await db.transaction().execute(async (trx) => {
      const resolved = await resolveCommentRow(trx, commentId, user.id, now.toISOString());
      if (resolved) {
        await recordAudit(trx, { actor: user.id, action: "comment.resolved", campaignId, subjectType: "comment", subjectId: commentId }, now);
      }
    });
  }
  const row = (await findCommentRow(db, campaignId, commentId))!;
  return ok(toView(row, await respondentNamesOf(db, campaignId, [row])));
}
