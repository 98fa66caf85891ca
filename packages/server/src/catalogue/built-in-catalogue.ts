import { builtInAnnouncements, builtInSha256, defaultScreeningThresholds, questionnaireVersionId } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { findAnnouncementRow, findQuestionnaireVersionRow, insertAnnouncement, insertQuestionnaireVersion } from "./catalogue.repository.js";

/**
 * Puts the announcements that ship with Afrapport into the catalogue: each missing announcement and version is
 * inserted; one already there must be exactly what ships, since published versions are frozen – a difference
 * stops the start with the version named, rather than serve two different questionnaires under one version.
 * Safe to run at every start and from several processes at once.
 */
export async function seedBuiltInCatalogue(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  for (const announcement of builtInAnnouncements) {
    if ((await findAnnouncementRow(db, announcement.id)) === undefined) {
      await ignoreRace(() =>
        insertAnnouncement(db, {
          id: announcement.id,
          title_json: JSON.stringify(announcement.title),
          issued: announcement.issued,
          target_group_json: JSON.stringify(announcement.targetGroup),
          competences_json: JSON.stringify(announcement.competences),
          thresholds_json: JSON.stringify(defaultScreeningThresholds),
          built_in: 1,
          template_of: null,
          region_code: null,
          archived_at: null,
          revision: 1,
          created_by: null,
          created_at: at,
          updated_by: null,
          updated_at: at,
        }),
      );
    }
    for (const questionnaire of announcement.questionnaires) {
      const id = questionnaireVersionId(announcement.id, questionnaire.key, questionnaire.version);
      const json = JSON.stringify(questionnaire);
      const stored = await findQuestionnaireVersionRow(db, id);
      if (stored !== undefined) {
        if (stored.json !== json) throw new Error(`The built-in questionnaire ${id} differs from the one in the database; published versions are frozen.`);
        continue;
      }
      const sha256 = builtInSha256(announcement.id, questionnaire.key, questionnaire.version);
      if (sha256 === undefined) throw new Error(`The built-in questionnaire ${id} has no sha256 in published.sha256.json.`);
      await ignoreRace(() =>
        insertQuestionnaireVersion(db, {
          id,
          announcement_id: announcement.id,
          key: questionnaire.key,
          version: questionnaire.version,
          audience: questionnaire.audience,
          json,
          sha256,
          built_in: 1,
          published_by: null,
          published_at: at,
          draft_id: null,
        }),
      );
    }
  }
}

/** Another process seeding at the same moment inserted the row first: fine, it is the same row. */
async function ignoreRace(insert: () => Promise<void>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
