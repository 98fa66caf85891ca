import type { AuditEntry } from "@afrapport/schema/api";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/tables.js";
import { insertAuditEntry, listAuditEntries, type AuditQuery } from "./audit.repository.js";

export interface AuditEntryInput {
  /** A user id, "respondent:<id>" or "system". */
  actor: string;
  /** What happened, `<subject>.<verb>`: e.g. "campaign.created", "auth.login_failed". */
  action: string;
  campaignId?: string | null;
  subjectType: string;
  subjectId: string;
  /** Extra facts as JSON. Never a password, token or answer text. */
  details?: Record<string, unknown>;
}

/**
 * Appends one entry to the audit log. Pass the transaction of the change it records, so the entry and the
 * change commit or roll back together. There is no function to update or delete an entry.
 */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntryInput,
  now: Date,
): Promise<void> {
  await insertAuditEntry(db, {
    at: now.toISOString(),
    actor: entry.actor,
    action: entry.action,
    campaign_id: entry.campaignId ?? null,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    details_json: JSON.stringify(entry.details ?? {}),
  });
}

export async function listAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditEntry[]> {
  const rows = await listAuditEntries(db, query);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    campaignId: row.campaign_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: parseDetails(row.details_json),
  }));
}

function parseDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { raw: json };
  }
}
