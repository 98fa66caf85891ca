import { duplicateDifferences, duplicateGroupKey, suggestOfferDuplicates } from "@afrapport/schema";
import type { DismissDuplicatesInput, DuplicateGroup, MergeOfferGroupInput, NamedOffer } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { fail, ok, type Result } from "../http/result.js";
import { checkMerge } from "./named-offer-merge.js";
import { collectNamedOffers, type NamedOffers } from "./named-offer.service.js";
import { insertDuplicateDismissal, insertMerge, listDuplicateDismissals } from "./named-offer.repository.js";

// Suggested duplicates among the named offers (issue 13, item 10): listed, merged as a group in one step, or
// dismissed so they are not suggested again.

/** The suggested groups, most named offer first in each, leaving out the groups the secretariat dismissed. */
function duplicateGroups(named: NamedOffers, dismissed: ReadonlySet<string>): DuplicateGroup[] {
  return suggestOfferDuplicates(named.offers)
    .map((offers) => ({ groupKey: duplicateGroupKey(offers.map((o) => o.key)), offers: [...offers].sort((a, b) => b.namedBy.length - a.namedBy.length) }))
    .filter((group) => !dismissed.has(group.groupKey))
    .map((group) => ({ ...group, differences: duplicateDifferences(group.offers) }));
}

async function groupsOf(db: Kysely<Database>, campaign: CampaignRow): Promise<DuplicateGroup[]> {
  return duplicateGroups(await collectNamedOffers(db, campaign), await listDuplicateDismissals(db, campaign.id));
}

export async function listDuplicateGroups(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<DuplicateGroup[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  return ok(await groupsOf(db, loaded.value.campaign));
}

/** The first key that is not one of the offers listed now (a root after the merges), as a refusal naming it. */
function unknownKey(named: NamedOffers, keys: readonly string[]): Result<never> | undefined {
  const listed = new Set(named.offers.map((offer) => offer.key));
  const index = keys.findIndex((key) => !named.rawKeys.has(key));
  if (index >= 0) return fail("validation_failed", `keys.${index}: no offer with this key is named in the campaign.`, `keys.${index}`);
  const merged = keys.findIndex((key) => !listed.has(key));
  if (merged >= 0) {
    return fail("conflict", `keys.${merged}: "${keys[merged]}" is already merged into "${named.merges.get(keys[merged]!)}"; nothing was merged.`, `keys.${merged}`);
  }
  return undefined;
}

/**
 * Merges every offer of the group into `into`, whose spelling stays, in one transaction with one audit entry per
 * merge: all or nothing.
 */
export async function mergeOfferGroup(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: MergeOfferGroupInput,
  now: Date,
): Promise<Result<NamedOffer[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const named = await collectNamedOffers(db, campaign);
  const refusal = unknownKey(named, input.keys);
  if (refusal !== undefined) return refusal;
  const merges = new Map(named.merges);
  const from = input.keys.filter((key) => key !== input.into);
  for (const key of from) {
    const problem = checkMerge(merges, key, input.into);
    // the keys are distinct roots, so a merge among them can neither repeat nor close a circle
    if (problem !== undefined) throw new Error(`merge of ${key} into ${input.into}: ${problem.kind}`);
    merges.set(key, input.into);
  }
  await db.transaction().execute(async (trx) => {
    for (const key of from) {
      await insertMerge(trx, { campaign_id: campaignId, from_key: key, into_key: input.into, created_by: user.id, created_at: now.toISOString() });
      await recordAudit(
        trx,
        { actor: user.id, action: "named_offer.merged", campaignId, subjectType: "named_offer", subjectId: key, details: { from: key, into: input.into, group: true } },
        now,
      );
    }
  });
  return ok((await collectNamedOffers(db, campaign)).offers);
}

/** Records that a suggested group is different offers; it is not suggested again (a group with another offer is). */
export async function dismissDuplicateGroup(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: DismissDuplicatesInput,
  now: Date,
): Promise<Result<{ created: boolean; groups: DuplicateGroup[] }>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const named = await collectNamedOffers(db, campaign);
  const refusal = unknownKey(named, input.keys);
  if (refusal !== undefined) return refusal;
  const groupKey = duplicateGroupKey(input.keys);
  const created = await db.transaction().execute(async (trx) => {
    const inserted = await insertDuplicateDismissal(trx, { campaign_id: campaignId, group_key: groupKey, dismissed_by: user.id, dismissed_at: now.toISOString() });
    if (inserted) {
      await recordAudit(
        trx,
        { actor: user.id, action: "named_offer.duplicates_dismissed", campaignId, subjectType: "campaign", subjectId: campaignId, details: { keys: [...input.keys].sort() } },
        now,
      );
    }
    return inserted;
  });
  return ok({ created, groups: await groupsOf(db, campaign) });
}
