import { compareSemver, defaultScreeningThresholds, type Competence, type LocalizedText, type ScreeningThresholds } from "@afrapport/schema";
import type { AnnouncementView, CatalogueQuestionnaire, CreateAnnouncementInput, PublishedVersion, UpdateAnnouncementInput } from "@afrapport/schema/api";
import type { Kysely, Updateable } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import type { AnnouncementsTable, Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { fail, ok, type Result } from "../http/result.js";
import {
  findAnnouncementRow,
  insertAnnouncement,
  listAnnouncementRows,
  listVersionListings,
  updateAnnouncementRow,
  type VersionListingRow,
} from "./catalogue.repository.js";
import { visibleDraftSummaries } from "../draft/draft-listing.js";
import { toAnnouncementInfo, type AnnouncementInfo } from "./catalogue.service.js";

// Announcements as the catalogue's API shows and changes them. Who may edit: an admin every authored one; a
// secretariat the ones of its region, and the ones no region owns (made by an admin) – announcements are shared
// work between the regions, and a built-in one is frozen for everyone. Everyone signed in reads them all.

export type AnnouncementAccess = AnnouncementView["access"];

/** What the user may do with an announcement and its drafts. */
export function announcementAccess(user: SessionUser, info: Pick<AnnouncementInfo, "builtIn" | "regionCode">): AnnouncementAccess {
  if (user.role === "admin") return "edit";
  if (user.role !== "secretariat") return "read";
  if (info.regionCode !== null) return info.regionCode === user.regionCode ? "edit" : "read";
  return info.builtIn ? "read" : "edit";
}

/**
 * Whether a campaign may still be started on the announcement: an archived one stays readable (its campaigns and
 * reports go on) but is not offered for new rounds.
 */
export function openForNewCampaigns(info: Pick<AnnouncementInfo, "archived">): boolean {
  return !info.archived;
}

export async function listAnnouncements(db: Kysely<Database>, user: SessionUser, archived: "include" | "only" | "exclude"): Promise<AnnouncementView[]> {
  const rows = await listAnnouncementRows(db, archived);
  return toViews(db, user, rows.map(toAnnouncementInfo));
}

export async function getAnnouncement(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<AnnouncementView>> {
  const row = await findAnnouncementRow(db, id);
  if (row === undefined) return fail("not_found", `No announcement "${id}".`);
  const [view] = await toViews(db, user, [toAnnouncementInfo(row)]);
  return ok(view!);
}

/** What a new announcement is made of, whether written from scratch or copied from a template. */
export interface NewAnnouncement {
  id: string;
  title: LocalizedText;
  issued: string;
  targetGroup: LocalizedText;
  competences: Competence[];
  thresholds: ScreeningThresholds;
  templateOf: string | null;
  /** the region whose secretariat may edit it; null: an admin's */
  regionCode: string | null;
}

/**
 * Inserts a new announcement at revision 1. Run it in the caller's transaction: a copy adds its drafts in the same
 * one. A taken id throws the database's unique violation, which the caller turns into 409.
 */
export async function addAnnouncement(trx: Kysely<Database>, user: SessionUser, announcement: NewAnnouncement, now: Date): Promise<void> {
  const at = now.toISOString();
  await insertAnnouncement(trx, {
    id: announcement.id,
    title_json: JSON.stringify(announcement.title),
    issued: announcement.issued,
    target_group_json: JSON.stringify(announcement.targetGroup),
    competences_json: JSON.stringify(announcement.competences),
    thresholds_json: JSON.stringify(announcement.thresholds),
    built_in: 0,
    template_of: announcement.templateOf,
    region_code: announcement.regionCode,
    archived_at: null,
    revision: 1,
    created_by: user.id,
    created_at: at,
    updated_by: user.id,
    updated_at: at,
  });
}

export async function createAnnouncement(db: Kysely<Database>, user: SessionUser, input: CreateAnnouncementInput, now: Date): Promise<Result<AnnouncementView>> {
  if (user.role !== "admin" && user.role !== "secretariat") return fail("forbidden", "Only a secretariat or an admin creates announcements.");
  if ((await findAnnouncementRow(db, input.id)) !== undefined) return fail("already_exists", `An announcement "${input.id}" exists.`, "id");
  const thresholds: ScreeningThresholds = { ...defaultScreeningThresholds, ...definedOnly(input.thresholds ?? {}) };
  const regionCode = user.role === "secretariat" ? user.regionCode : null;
  try {
    await db.transaction().execute(async (trx) => {
      await addAnnouncement(trx, user, { ...input, thresholds, templateOf: null, regionCode }, now);
      await recordAudit(trx, { actor: user.id, action: "announcement.created", subjectType: "announcement", subjectId: input.id, details: { revision: 1 } }, now);
    });
  } catch (error) {
    // Two people chose the same id at the same moment; the database let one in.
    if (isUniqueViolation(error)) return fail("already_exists", `An announcement "${input.id}" exists.`, "id");
    throw error;
  }
  return getAnnouncement(db, user, input.id);
}

type EditableField = "title" | "issued" | "targetGroup" | "competences" | "thresholds" | "archived";

export async function updateAnnouncement(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  input: UpdateAnnouncementInput,
  now: Date,
): Promise<Result<AnnouncementView>> {
  const row = await findAnnouncementRow(db, id);
  if (row === undefined) return fail("not_found", `No announcement "${id}".`);
  const info = toAnnouncementInfo(row);
  if (info.builtIn) return fail("conflict", `The announcement "${id}" ships with Afrapport and is frozen; copy it to change it.`);
  if (announcementAccess(user, info) !== "edit") return fail("forbidden", "Only the secretariat of the announcement's region or an admin edits it.");
  if (input.baseRevision !== info.revision) return stale(db, user, info, input.baseRevision);

  const patch: Updateable<AnnouncementsTable> = {};
  const changed: EditableField[] = [];
  const set = (field: EditableField, column: keyof AnnouncementsTable, before: unknown, after: unknown, stored: string | null) => {
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    (patch as Record<string, unknown>)[column] = stored;
    changed.push(field);
  };
  if (input.title !== undefined) set("title", "title_json", info.title, input.title, JSON.stringify(input.title));
  if (input.issued !== undefined) set("issued", "issued", info.issued, input.issued, input.issued);
  if (input.targetGroup !== undefined) set("targetGroup", "target_group_json", info.targetGroup, input.targetGroup, JSON.stringify(input.targetGroup));
  if (input.competences !== undefined) set("competences", "competences_json", info.competences, input.competences, JSON.stringify(input.competences));
  if (input.thresholds !== undefined) {
    const thresholds = { ...info.thresholds, ...definedOnly(input.thresholds) };
    set("thresholds", "thresholds_json", info.thresholds, thresholds, JSON.stringify(thresholds));
  }
  if (input.archived !== undefined && input.archived !== info.archived) {
    patch.archived_at = input.archived ? now.toISOString() : null;
    changed.push("archived");
  }
  // Nothing differs: no new revision, nothing to audit – a resent form is not an edit.
  if (changed.length === 0) return getAnnouncement(db, user, id);

  const revision = info.revision + 1;
  const done = await db.transaction().execute(async (trx) => {
    const updated = await updateAnnouncementRow(trx, id, { ...patch, revision, updated_by: user.id, updated_at: now.toISOString() }, info.revision);
    if (!updated) return false;
    const action = changed.includes("archived") ? (input.archived === true ? "announcement.archived" : "announcement.unarchived") : "announcement.updated";
    await recordAudit(trx, { actor: user.id, action, subjectType: "announcement", subjectId: id, details: { revision, changed } }, now);
    return true;
  });
  if (!done) {
    // Someone else's edit landed between our read and our write.
    const current = await findAnnouncementRow(db, id);
    if (current === undefined) return fail("not_found", `No announcement "${id}".`);
    return stale(db, user, toAnnouncementInfo(current), input.baseRevision);
  }
  return getAnnouncement(db, user, id);
}

async function stale(db: Kysely<Database>, user: SessionUser, current: AnnouncementInfo, baseRevision: number): Promise<Result<never>> {
  const [view] = await toViews(db, user, [current]);
  return fail(
    "stale_revision",
    `The announcement was changed meanwhile: it is at revision ${current.revision}, the edit was made on ${baseRevision}.`,
    "baseRevision",
    { current: view },
  );
}

/** Zod leaves an optional key out, but a caller in TypeScript may pass `undefined`; neither replaces a value. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

// ------------------------------------------------------------ views

/** The views of some announcements: three queries however many there are, none reading a questionnaire's JSON. */
async function toViews(db: Kysely<Database>, user: SessionUser, infos: AnnouncementInfo[]): Promise<AnnouncementView[]> {
  const ids = infos.map((info) => info.id);
  const versions = groupBy(await listVersionListings(db, ids), (row) => row.announcement_id);
  const drafts = groupBy(await visibleDraftSummaries(db, user, ids), (draft) => draft.announcementId);
  return infos.map((info) => ({
    id: info.id,
    title: info.title,
    issued: info.issued,
    targetGroup: info.targetGroup,
    competences: info.competences,
    thresholds: info.thresholds,
    builtIn: info.builtIn,
    archived: info.archived,
    templateOf: info.templateOf,
    revision: info.revision,
    createdAt: info.createdAt,
    updatedAt: info.updatedAt,
    questionnaires: toQuestionnaires(versions.get(info.id) ?? []),
    drafts: drafts.get(info.id) ?? [],
    access: announcementAccess(user, info),
  }));
}

const VersionTitleSchema = z.object({ da: z.string(), en: z.string() });

/**
 * Grouped by key, each with its versions newest first; the questionnaire first published last comes first (a
 * later round is the usual choice), and among those published together the later key ("kommune-2022").
 */
function toQuestionnaires(rows: VersionListingRow[]): CatalogueQuestionnaire[] {
  const byKey = groupBy(rows, (row) => row.key);
  const questionnaires = [...byKey.values()].map((versions) => {
    const sorted = [...versions].sort((a, b) => compareSemver(b.version, a.version));
    const firstPublished = versions.reduce((first, row) => (row.published_at < first ? row.published_at : first), versions[0]!.published_at);
    return { firstPublished, questionnaire: { key: sorted[0]!.key, audience: sorted[0]!.audience, versions: sorted.map(toPublishedVersion) } };
  });
  questionnaires.sort((a, b) => compareText(b.firstPublished, a.firstPublished) || compareText(b.questionnaire.key, a.questionnaire.key));
  return questionnaires.map((entry) => entry.questionnaire);
}

function toPublishedVersion(row: VersionListingRow): PublishedVersion {
  const title = VersionTitleSchema.safeParse(safeJson(row.title_json));
  return {
    id: row.id,
    version: row.version,
    title: title.success ? { da: title.data.da, en: title.data.en } : { da: row.key, en: row.key },
    sha256: row.sha256,
    publishedAt: row.published_at,
    publishedBy: row.published_by === null ? null : { id: row.published_by, name: row.published_by_name },
  };
}


function safeJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
