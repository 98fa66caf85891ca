import {
  AnnouncementSchema,
  builtInAnnouncements,
  compareSemver,
  CompetenceSchema,
  LocalizedTextSchema,
  parseQuestionnaireVersionId,
  QuestionnaireVersionSchema,
  questionnaireVersionId,
  ScreeningThresholdsSchema,
  type Announcement,
  type Competence,
  type LocalizedText,
  type QuestionnaireVersion,
  type ScreeningThresholds,
} from "@afrapport/schema";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/tables.js";
import type { Insertable } from "kysely";
import type { QuestionnaireVersionsTable } from "../db/tables.js";
import {
  findAnnouncementRow,
  findQuestionnaireVersionRow,
  insertQuestionnaireVersion,
  listQuestionnaireVersionRows,
  listVersionHeads,
  type AnnouncementRow,
  type QuestionnaireVersionRow,
  type VersionHeadRow,
} from "./catalogue.repository.js";

export type { QuestionnaireVersionRow, VersionHeadRow };

/**
 * The one catalogue of announcements and questionnaire versions: every lookup on the server goes through here,
 * asynchronously, because they live in the database. Published versions never change, so a parsed version is
 * kept in memory by id (the built-in ones from the start, as the very objects the schema package ships) and the
 * autosave path finds its questionnaire without a query; announcements can be edited, so they are read each time.
 */

/** What an announcement is without its questionnaires: cheap to read, enough for titles and screening. */
export interface AnnouncementInfo {
  id: string;
  title: LocalizedText;
  issued: string;
  targetGroup: LocalizedText;
  competences: Competence[];
  thresholds: ScreeningThresholds;
  builtIn: boolean;
  archived: boolean;
  templateOf: string | null;
  /** the region whose secretariat may edit it; null: built in or made by an admin */
  regionCode: string | null;
  revision: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

const MAX_CACHED_VERSIONS = 500;
const versions = new Map<string, QuestionnaireVersion>();
for (const announcement of builtInAnnouncements) {
  for (const questionnaire of announcement.questionnaires) {
    versions.set(questionnaireVersionId(announcement.id, questionnaire.key, questionnaire.version), questionnaire);
  }
}
const builtInIds = new Set(versions.keys());

function remember(id: string, questionnaire: QuestionnaireVersion): QuestionnaireVersion {
  if (versions.size >= MAX_CACHED_VERSIONS) {
    // Drop the oldest authored version; the built-in ones stay.
    for (const key of versions.keys()) {
      if (!builtInIds.has(key)) {
        versions.delete(key);
        break;
      }
    }
  }
  versions.set(id, questionnaire);
  return questionnaire;
}

/** A published questionnaire version by its id ("announcement/key@version"), or undefined. */
export async function questionnaireVersion(db: Kysely<Database>, id: string): Promise<QuestionnaireVersion | undefined> {
  const cached = versions.get(id);
  if (cached !== undefined) return cached;
  const row = await findQuestionnaireVersionRow(db, id);
  if (row === undefined) return undefined;
  return remember(id, QuestionnaireVersionSchema.parse(JSON.parse(row.json)));
}

/** The published version of the same questionnaire just below `version` in semver order (1.9.0 before 1.10.0), if any. */
export async function previousQuestionnaireVersion(db: Kysely<Database>, announcement: string, key: string, version: string): Promise<QuestionnaireVersion | undefined> {
  const lower = (await listVersionHeads(db, [announcement]))
    .filter((head) => head.key === key && compareSemver(head.version, version) < 0)
    .sort((a, b) => compareSemver(a.version, b.version))
    .at(-1);
  return lower === undefined ? undefined : questionnaireVersion(db, lower.id);
}

/** A published version by announcement, key and version, or undefined. */
export function findQuestionnaireVersion(db: Kysely<Database>, announcement: string, key: string, version: string): Promise<QuestionnaireVersion | undefined> {
  if (parseQuestionnaireVersionId(questionnaireVersionId(announcement, key, version)) === undefined) return Promise.resolve(undefined);
  return questionnaireVersion(db, questionnaireVersionId(announcement, key, version));
}

export async function announcementInfo(db: Kysely<Database>, id: string): Promise<AnnouncementInfo | undefined> {
  const row = await findAnnouncementRow(db, id);
  return row === undefined ? undefined : toAnnouncementInfo(row);
}

/** An announcement with every published version of its questionnaires, as the schema package's functions take it. */
export async function catalogueAnnouncement(db: Kysely<Database>, id: string): Promise<{ info: AnnouncementInfo; announcement: Announcement } | undefined> {
  const row = await findAnnouncementRow(db, id);
  if (row === undefined) return undefined;
  const info = toAnnouncementInfo(row);
  const rows = await listQuestionnaireVersionRows(db, id);
  const questionnaires = rows.map((version) => versions.get(version.id) ?? remember(version.id, QuestionnaireVersionSchema.parse(JSON.parse(version.json))));
  const announcement = AnnouncementSchema.parse({
    id: info.id,
    title: info.title,
    issued: info.issued,
    targetGroup: info.targetGroup,
    competences: info.competences,
    questionnaires: [],
  });
  return { info, announcement: { ...announcement, questionnaires } };
}

const CompetencesSchema = z.array(CompetenceSchema);

export function toAnnouncementInfo(row: AnnouncementRow): AnnouncementInfo {
  return {
    id: row.id,
    title: LocalizedTextSchema.parse(JSON.parse(row.title_json)),
    issued: row.issued,
    targetGroup: LocalizedTextSchema.parse(JSON.parse(row.target_group_json)),
    competences: CompetencesSchema.parse(JSON.parse(row.competences_json)),
    thresholds: ScreeningThresholdsSchema.parse(JSON.parse(row.thresholds_json)),
    builtIn: Boolean(row.built_in),
    archived: row.archived_at !== null,
    templateOf: row.template_of,
    regionCode: row.region_code,
    revision: row.revision,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

// ------------------------------------------------------------ for the draft feature, which publishes versions

/** The published versions of an announcement without their JSON (the draft feature works out the next version). */
export function versionHeads(db: Kysely<Database>, announcementId: string): Promise<VersionHeadRow[]> {
  return listVersionHeads(db, [announcementId]);
}

/** The stored row of a published version, with who published it when. */
export function publishedVersionRow(db: Kysely<Database>, id: string): Promise<QuestionnaireVersionRow | undefined> {
  return findQuestionnaireVersionRow(db, id);
}

/** Adds a published version; the row is never changed after. Run it in the publishing transaction. */
export async function addPublishedVersion(db: Kysely<Database>, row: Insertable<QuestionnaireVersionsTable>): Promise<void> {
  await insertQuestionnaireVersion(db, row);
}
