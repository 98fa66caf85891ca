import { aggregateReport, offerKey, type Answers, type OfferListItem, type ReportOffer } from "@afrapport/schema";
import type { MergeOffersInput, NamedOffer } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { campaignQuestionnaire, loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { respondentsOnBoard } from "../respondent/respondent-records.js";
import { campaignAnswers } from "../response/response.service.js";
import { checkMerge, mergeMap, resolveKey } from "./named-offer-merge.js";
import { deleteMerge, insertMerge, listMerges, listNamedOfferInvites } from "./named-offer.repository.js";

/** The named offers after the secretariat's merges, with what the merges were made from. */
export interface NamedOffers {
  offers: NamedOffer[];
  /** every key as the municipalities' answers give it, before merges */
  rawKeys: Set<string>;
  merges: Map<string, string>;
}

const collator = new Intl.Collator("da-DK");
const columnValues = (offer: ReportOffer, column: string): string[] =>
  (offer.details.find((d) => d.column === column)?.values ?? []).map((v) => String(v.value));

/**
 * The offers named in the `offerList` questions (e.g. offersUsed) of the campaign's municipality responses, drafts
 * included: the report's own aggregation (aggregateReport, so keys, spellings and migrated answers are exactly the
 * report's), grouped by the secretariat's merges and marked with the offer respondents already invited.
 */
export async function collectNamedOffers(db: Kysely<Database>, campaign: CampaignRow): Promise<NamedOffers> {
  const questionnaire = await campaignQuestionnaire(db, campaign, "municipality");
  if (questionnaire === undefined) throw new Error(`Campaign ${campaign.id}: its questionnaire is not available`);
  const rows = (await campaignAnswers(db, campaign.id)).filter((row) => row.kind === "municipality" && row.answers_json !== null);
  const submitted = new Map(rows.map((row) => [row.respondent_id, row.status === "submitted"]));
  const report = aggregateReport({
    questionnaire,
    responses: rows.map((row) => ({
      id: row.response_id,
      respondent: { id: row.respondent_id, name: row.respondent_name, ...(row.kommune_code === null ? {} : { kommuneCode: row.kommune_code }) },
      questionnaireVersion: row.questionnaire_version,
      answers: JSON.parse(row.answers_json!) as Answers,
    })),
  });
  const raw = report.sections.flatMap((s) => s.items).filter((item): item is OfferListItem => item.kind === "offerList").flatMap((item) => item.offers);

  const merges = mergeMap((await listMerges(db, campaign.id)).map((m) => ({ from: m.from_key, into: m.into_key })));
  const groups = new Map<string, ReportOffer[]>();
  for (const offer of raw) {
    const root = resolveKey(merges, offer.key);
    groups.set(root, [...(groups.get(root) ?? []), offer]);
  }

  const invitedByKey = new Map((await listNamedOfferInvites(db, campaign.id)).map((row) => [row.offer_key, row.respondent_id]));
  const offerRespondentByKey = new Map<string, string>();
  for (const respondent of await respondentsOnBoard(db, campaign.id)) {
    if (respondent.kind === "offer") offerRespondentByKey.set(offerKey(respondent.name, respondent.operator), respondent.id);
  }

  const offers: NamedOffer[] = [...groups.entries()].map(([root, members]) => {
    const byUse = [...members].sort((a, b) => b.namedBy.length - a.namedBy.length);
    const main = members.find((m) => m.key === root) ?? byUse[0]!;
    // the offer merged into comes first, then the others in the report's order
    const ordered = [main, ...members.filter((m) => m !== main)];
    const unique = (values: string[]) => [...new Set(values)];
    const keys = unique(members.map((m) => m.key));
    const namedBy = new Map<string, NamedOffer["namedBy"][number]>();
    for (const member of ordered) {
      for (const ref of member.namedBy) {
        namedBy.set(ref.respondentId, { respondentId: ref.respondentId, name: ref.respondentName, submitted: submitted.get(ref.respondentId) ?? false });
      }
    }
    const invited =
      invitedByKey.get(root) ??
      keys.map((key) => invitedByKey.get(key)).find((id) => id !== undefined) ??
      [root, ...keys].map((key) => offerRespondentByKey.get(key)).find((id) => id !== undefined) ??
      null;
    return {
      key: root,
      name: main.name,
      spellings: unique(ordered.flatMap((m) => [m.name, ...m.otherSpellings])),
      operator: main.operator,
      legalBasis: unique(ordered.flatMap((m) => columnValues(m, "legalBasis"))),
      location: unique(ordered.flatMap((m) => columnValues(m, "location"))),
      namedBy: [...namedBy.values()].sort((a, b) => collator.compare(a.name, b.name)),
      mergedKeys: keys.filter((key) => key !== root).sort(),
      invitedRespondentId: invited,
    };
  });
  offers.sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { offers, rawKeys: new Set(raw.map((offer) => offer.key)), merges };
}

/** The named offers, for everyone who may read the campaign. */
export async function listNamedOffers(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<NamedOffer[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  return ok((await collectNamedOffers(db, loaded.value.campaign)).offers);
}

/** Records that `from` is the same offer as `into`; both must be keys the municipalities named. */
export async function mergeNamedOffers(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: MergeOffersInput,
  now: Date,
): Promise<Result<{ created: boolean; offers: NamedOffer[] }>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const named = await collectNamedOffers(db, campaign);
  for (const field of ["from", "into"] as const) {
    if (!named.rawKeys.has(input[field])) return fail("validation_failed", `${field}: no offer with this key is named in the campaign.`, field);
  }
  const problem = checkMerge(named.merges, input.from, input.into);
  if (problem?.kind === "unchanged") return ok({ created: false, offers: named.offers });
  if (problem?.kind === "self") return fail("validation_failed", "into: an offer cannot be merged into itself.", "into");
  if (problem?.kind === "cycle") {
    return fail("validation_failed", `into: "${input.into}" is already merged into "${input.from}"; this merge would close a circle.`, "into");
  }
  if (problem?.kind === "already-merged") {
    return fail("conflict", `from: "${input.from}" is already merged into "${problem.into}"; undo that merge first.`, "from");
  }
  await db.transaction().execute(async (trx) => {
    await insertMerge(trx, { campaign_id: campaignId, from_key: input.from, into_key: input.into, created_by: user.id, created_at: now.toISOString() });
    await recordAudit(
      trx,
      { actor: user.id, action: "named_offer.merged", campaignId, subjectType: "named_offer", subjectId: input.from, details: { from: input.from, into: input.into } },
      now,
    );
  });
  return ok({ created: true, offers: (await collectNamedOffers(db, campaign)).offers });
}

/** Undoes the merge of `from`. */
export async function unmergeNamedOffer(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  from: string,
  now: Date,
): Promise<Result<NamedOffer[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const into = (await listMerges(db, campaignId)).find((m) => m.from_key === from)?.into_key;
  const removed = await db.transaction().execute(async (trx) => {
    if (!(await deleteMerge(trx, campaignId, from))) return false;
    await recordAudit(trx, { actor: user.id, action: "named_offer.unmerged", campaignId, subjectType: "named_offer", subjectId: from, details: { from, into } }, now);
    return true;
  });
  if (!removed) return fail("not_found", "This key is not merged into another.");
  return ok((await collectNamedOffers(db, loaded.value.campaign)).offers);
}
