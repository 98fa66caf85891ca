import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";

// Queries for a respondent's contact person (the rest of respondents' queries are in respondent.repository.ts).

export async function updateRespondentContact(
  db: Kysely<Database>,
  respondentId: string,
  contact: { contact_name: string | null; contact_email: string | null },
): Promise<void> {
  await db.updateTable("respondents").set(contact).where("id", "=", respondentId).execute();
}
