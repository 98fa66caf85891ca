import { findKommune } from "@afrapport/schema";
import type { ContactsSaved, RememberedContact, SaveContactsInput } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import type { Database, RegionContactsTable } from "../db/tables.js";
import { fail, ok, type Result } from "../http/result.js";
import { readdressUnsentMail } from "../outbox/outbox.service.js";
import { updateRespondentContact } from "../respondent/respondent-contact.repository.js";
import { respondentsOnBoard } from "../respondent/respondent-records.js";
import { toRespondentView } from "../respondent/respondent-view.js";
import { regionContacts, upsertRegionContacts } from "./region-contact.repository.js";

/**
 * Sets the contact person of many municipalities of a campaign at once – all or nothing – and remembers them for
 * the campaign's region. A municipality not invited in the campaign, or given twice, is refused naming its row.
 * Unsent mail goes to the new address; no invitation is queued here: the secretariat sees the mail first
 * (invitation.service.ts).
 */
export async function saveContacts(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: SaveContactsInput,
  now: Date,
): Promise<Result<ContactsSaved>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const board = await respondentsOnBoard(db, campaignId);
  const byKommune = new Map(board.filter((row) => row.kind === "municipality" && row.kommune_code !== null).map((row) => [row.kommune_code!, row]));
  const seen = new Map<string, number>();
  for (const [i, contact] of input.contacts.entries()) {
    const field = `contacts.${i}.kommuneCode`;
    const name = findKommune(contact.kommuneCode)?.name ?? contact.kommuneCode;
    if (!byKommune.has(contact.kommuneCode)) return fail("validation_failed", `${field}: ${name} is not invited in this campaign.`, field);
    const first = seen.get(contact.kommuneCode);
    if (first !== undefined) return fail("validation_failed", `${field}: ${name} is given twice (also contacts.${first}).`, field);
    seen.set(contact.kommuneCode, i);
  }
  const at = now.toISOString();
  const saved = await db.transaction().execute(async (trx) => {
    const respondents = [];
    let readdressed = 0;
    const changes: Record<string, unknown>[] = [];
    for (const contact of input.contacts) {
      const respondent = byKommune.get(contact.kommuneCode)!;
      const next = { contact_name: contact.contactName === undefined || contact.contactName === "" ? null : contact.contactName, contact_email: contact.contactEmail };
      if (next.contact_name !== respondent.contact_name || next.contact_email !== respondent.contact_email) {
        await updateRespondentContact(trx, respondent.id, next);
        if (next.contact_email !== respondent.contact_email) readdressed += await readdressUnsentMail(trx, respondent.id, next.contact_email);
        changes.push({ respondentId: respondent.id, kommuneCode: contact.kommuneCode, from: respondent.contact_email, to: next.contact_email });
      }
      respondents.push(toRespondentView({ ...respondent, ...next }));
    }
    const remembered = await upsertRegionContacts(
      trx,
      input.contacts.map((contact) => ({
        region_code: campaign.region_code,
        kommune_code: contact.kommuneCode,
        contact_name: contact.contactName === undefined || contact.contactName === "" ? null : contact.contactName,
        contact_email: contact.contactEmail,
        updated_by: user.id,
        updated_at: at,
      })),
    );
    await recordAudit(
      trx,
      { actor: user.id, action: "respondent.contacts_imported", campaignId, subjectType: "campaign", subjectId: campaignId, details: { given: input.contacts.length, changed: changes, readdressedMessages: readdressed } },
      now,
    );
    return { respondents, remembered };
  });
  return ok(saved);
}

/** The contacts remembered for the campaign's region, for the municipalities invited in it. */
export async function rememberedContacts(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<RememberedContact[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const invited = new Set((await respondentsOnBoard(db, campaignId)).flatMap((row) => (row.kind === "municipality" && row.kommune_code !== null ? [row.kommune_code] : [])));
  const rows = await regionContacts(db, loaded.value.campaign.region_code);
  return ok(
    rows
      .filter((row) => invited.has(row.kommune_code))
      .map((row) => ({
        kommuneCode: row.kommune_code,
        kommuneName: findKommune(row.kommune_code)?.name ?? row.kommune_code,
        contactName: row.contact_name,
        contactEmail: row.contact_email,
        updatedAt: row.updated_at,
      })),
  );
}

// ——— what other features ask of the remembered contacts ———

/** The region's remembered contacts by municipality code: a new campaign's municipalities start with them. */
export async function rememberedContactsOfRegion(db: Kysely<Database>, regionCode: string): Promise<Map<string, RegionContactsTable>> {
  return new Map((await regionContacts(db, regionCode)).map((row) => [row.kommune_code, row]));
}

/** Remembers one municipality's contact for its region (a contact set by hand on the status board). */
export async function rememberContact(
  db: Kysely<Database>,
  contact: { regionCode: string; kommuneCode: string; contactName: string | null; contactEmail: string; actor: string },
  now: Date,
): Promise<void> {
  await upsertRegionContacts(db, [
    {
      region_code: contact.regionCode,
      kommune_code: contact.kommuneCode,
      contact_name: contact.contactName,
      contact_email: contact.contactEmail,
      updated_by: contact.actor,
      updated_at: now.toISOString(),
    },
  ]);
}
