import { PrefillDroppedSchema, type PrefillNotice } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/tables.js";
import { findPrefill } from "./prefill.repository.js";

// Apart from prefill.service.ts, which builds on the response service: the response service reads the notice
// from here when it builds the respondent's page, without importing the service that imports it.

const CarriedSchema = z.array(z.string());
/** Stored entries also hold the dropped value (the DroppedAnswer of migrateAnswers); the notice leaves it out. */
const StoredDroppedSchema = z.array(PrefillDroppedSchema);

/**
 * What the respondent is told about answers carried into its response from an earlier campaign, or null when
 * nothing was. Shown for as long as the response exists: the answers it started from are part of its history.
 */
export async function prefillNotice(db: Kysely<Database>, responseId: string): Promise<PrefillNotice | null> {
  const row = await findPrefill(db, responseId);
  if (row === undefined) return null;
  return {
    fromCampaignTitle: row.from_campaign_title,
    carried: CarriedSchema.parse(JSON.parse(row.carried_json)),
    dropped: StoredDroppedSchema.parse(JSON.parse(row.dropped_json)).map(({ question, title, reason }) => ({ question, title, reason })),
  };
}
