import { compareSemver, exportSurveyJson, questionnaireVersionId, type QuestionnaireVersion } from "@afrapport/schema";
import type { QuestionnaireVersionBody } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { publishedVersionRow, questionnaireVersion, versionHeads, type QuestionnaireVersionRow, type VersionHeadRow } from "../catalogue/catalogue.service.js";
import type { Database } from "../db/tables.js";
import { fail, ok, type Result } from "../http/result.js";
import { userNames } from "./draft.repository.js";

// Published questionnaire versions as the API reads them. Any signed-in user may: reviewers and national readers
// see published versions, just not the drafts that lead to them.

/** The published versions of one questionnaire of an announcement, lowest semver first (1.10.0 after 1.9.0). */
export async function versionHeadsOf(db: Kysely<Database>, announcementId: string, key: string): Promise<VersionHeadRow[]> {
  const heads = await versionHeads(db, announcementId);
  return heads.filter((head) => head.key === key).sort((a, b) => compareSemver(a.version, b.version));
}

/** The published versions of an announcement, the highest of each key. */
export async function latestVersionHeads(db: Kysely<Database>, announcementId: string): Promise<VersionHeadRow[]> {
  const latest = new Map<string, VersionHeadRow>();
  for (const head of await versionHeads(db, announcementId)) {
    const known = latest.get(head.key);
    if (known === undefined || compareSemver(head.version, known.version) > 0) latest.set(head.key, head);
  }
  return [...latest.values()];
}

export async function versionBody(db: Kysely<Database>, row: QuestionnaireVersionRow | VersionHeadRow, questionnaire: QuestionnaireVersion): Promise<QuestionnaireVersionBody> {
  const names = await userNames(db, [row.published_by]);
  return {
    id: row.id,
    questionnaire,
    sha256: row.sha256,
    publishedAt: row.published_at,
    publishedBy: row.published_by === null ? null : { id: row.published_by, name: names.get(row.published_by) ?? null },
    builtIn: Boolean(row.built_in),
  };
}

async function findPublished(db: Kysely<Database>, announcementId: string, key: string, version: string) {
  const id = questionnaireVersionId(announcementId, key, version);
  const row = await publishedVersionRow(db, id);
  // The catalogue parses and keeps the version; the row gives what the version itself does not say.
  const questionnaire = row === undefined ? undefined : await questionnaireVersion(db, id);
  return row === undefined || questionnaire === undefined ? undefined : { row, questionnaire };
}

export async function readPublishedVersion(db: Kysely<Database>, announcementId: string, key: string, version: string): Promise<Result<QuestionnaireVersionBody>> {
  const found = await findPublished(db, announcementId, key, version);
  if (found === undefined) return fail("not_found", `There is no published version ${questionnaireVersionId(announcementId, key, version)}.`);
  return ok(await versionBody(db, found.row, found.questionnaire));
}

/** A published version as plain SurveyJS JSON and the file name to download it as. */
export async function exportPublishedVersion(
  db: Kysely<Database>,
  announcementId: string,
  key: string,
  version: string,
  keepAfrapportProperties: boolean,
): Promise<Result<{ json: Record<string, unknown>; fileName: string }>> {
  const found = await findPublished(db, announcementId, key, version);
  if (found === undefined) return fail("not_found", `There is no published version ${questionnaireVersionId(announcementId, key, version)}.`);
  return ok({ json: exportSurveyJson(found.questionnaire, { keepAfrapportProperties }), fileName: `${announcementId}-${key}-${version}.surveyjs.json` });
}
