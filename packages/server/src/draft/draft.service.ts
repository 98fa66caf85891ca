import { importSurveyJson, mergeDrafts, QuestionnaireDraftSchema, questionnaireVersionId, type QuestionnaireDraft } from "@afrapport/schema";
import type {
  CreateDraftInput,
  DraftRevision,
  DraftSummary,
  DraftView,
  Finding,
  ImportDraftInput,
  SaveDraftInput,
  SavedDraft,
} from "@afrapport/schema/api";
import { isDeepStrictEqual } from "node:util";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { announcementAccess } from "../catalogue/announcement.service.js";
import { announcementInfo, questionnaireVersion } from "../catalogue/catalogue.service.js";
import type { Database, DraftRevisionKind } from "../db/tables.js";
import { writeTransaction } from "../db/group-commit.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { liveAccess } from "../coauthor/live-access.js";
import { existingLiveHub } from "../coauthor/live-hub.js";
import { fail, ok, type Result } from "../http/result.js";
import { draftRegionOf, mayOpenDraft, mayShareDraft } from "./draft-access.js";
import { blankDraft, contentJson, draftFindings, draftOfVersion, sha256 } from "./draft-content.js";
import { insertNewDraft } from "./draft-start.js";
import { visibleDraftSummaries } from "./draft-listing.js";
import { parseContent, toDraftRevision, toDraftView } from "./draft-view.js";
import {
  findDraftRevision,
  findDraftRow,
  insertDraftRevision,
  listDraftRevisionHeads,
  updateDraftIfOpen,
  updateOpenDraft,
  userNames,
  type DraftRevisionRow,
  type DraftRow,
} from "./draft.repository.js";
import { versionHeadsOf } from "./published-version.js";

// Questionnaire drafts: started blank, from a published version or from imported SurveyJS JSON; saved as
// append-only revisions (a save on an older revision is merged per element, or refused with its conflicts); their
// history browsed and restored; shared with other regions; discarded. Publishing is publish.service.ts.

const noDraft = (id: string) => fail("not_found", `There is no draft ${id}.`);
const notStarter = () => fail("forbidden", "Only a secretariat or an admin can start drafts.");

/** A draft the user may open, with its current revision; 404 for one that does not exist or is not theirs to see. */
export async function openableDraft(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<{ draft: DraftRow; current: DraftRevisionRow }>> {
  const draft = await findDraftRow(db, id);
  if (draft === undefined || !mayOpenDraft(user, draft)) return noDraft(id);
  const current = await findDraftRevision(db, id, draft.current_revision);
  if (current === undefined) throw new Error(`Revision ${draft.current_revision} of draft ${id} is missing`);
  return ok({ draft, current });
}

export function listDrafts(db: Kysely<Database>, user: SessionUser, announcementId: string | undefined): Promise<DraftSummary[]> {
  return visibleDraftSummaries(db, user, announcementId === undefined ? undefined : [announcementId]);
}

/**
 * Checks that drafts may be started on an announcement under a key: it exists, the user may edit it (or it is built
 * in), it is not archived, and a key that already has published versions keeps their audience (a questionnaire does
 * not change audience between versions).
 */
async function checkDraftTarget(db: Kysely<Database>, user: SessionUser, announcementId: string, key: string, audience: string | undefined): Promise<Result<void>> {
  const announcement = await announcementInfo(db, announcementId);
  if (announcement === undefined) return fail("not_found", `There is no announcement ${announcementId}.`, "announcementId");
  // A built-in announcement is frozen as such, but its questionnaires get new versions like any other's.
  if (!announcement.builtIn && announcementAccess(user, announcement) !== "edit") {
    return fail("forbidden", `The announcement ${announcementId} belongs to another region; ask its secretariat to share a draft with you.`, "announcementId");
  }
  if (announcement.archived) return fail("conflict", `The announcement ${announcementId} is archived; unarchive it to draft its questionnaires.`, "announcementId");
  const published = await versionHeadsOf(db, announcementId, key);
  const previous = published.at(-1);
  if (previous !== undefined && audience !== undefined && previous.audience !== audience) {
    return fail("validation_failed", `audience: ${key} is a questionnaire for ${previous.audience}; a new version cannot change that.`, "audience");
  }
  return ok(undefined);
}

export async function createDraft(db: Kysely<Database>, user: SessionUser, input: CreateDraftInput, now: Date): Promise<Result<DraftView>> {
  const region = draftRegionOf(user);
  if (!region.ok) return notStarter();
  const target = await checkDraftTarget(db, user, input.announcementId, input.key, input.audience);
  if (!target.ok) return target;

  let content: QuestionnaireDraft;
  let basedOn: string | null = null;
  if (input.from !== undefined) {
    const published = await versionHeadsOf(db, input.announcementId, input.key);
    const head = input.from.version === undefined ? published.at(-1) : published.find((v) => v.version === input.from!.version);
    if (head === undefined) {
      return input.from.version === undefined
        ? fail("not_found", `${input.announcementId} has no published questionnaire ${input.key} to start a new version from.`, "key")
        : fail("not_found", `There is no published version ${questionnaireVersionId(input.announcementId, input.key, input.from.version)}.`, "from.version");
    }
    const version = await questionnaireVersion(db, head.id);
    if (version === undefined) throw new Error(`The published version ${head.id} cannot be read`);
    content = draftOfVersion(version);
    if (input.title !== undefined) content.title = { ...content.title, ...input.title };
    basedOn = head.id;
  } else {
    if (input.audience === undefined) return fail("validation_failed", "audience: a new questionnaire needs one (municipality or offer).", "audience");
    content = blankDraft(input.audience, input.title ?? {});
  }

  const { draft, revision } = await db.transaction().execute((trx) =>
    insertNewDraft(trx, user, { announcementId: input.announcementId, key: input.key, audience: content.audience, content, basedOn, regionCode: region.regionCode, kind: "create" }, now),
  );
  return ok(await toDraftView(db, draft, revision));
}

export async function importDraft(
  db: Kysely<Database>,
  user: SessionUser,
  input: ImportDraftInput,
  now: Date,
): Promise<Result<{ draft: DraftView; notes: Finding[] }>> {
  const region = draftRegionOf(user);
  if (!region.ok) return notStarter();
  const target = await checkDraftTarget(db, user, input.announcementId, input.key, input.audience);
  if (!target.ok) return target;
  // A questionnaire exported with Afrapport's properties and edited elsewhere comes back as its next version: its
  // questions name the report sections of the version it came from, so those are the draft's.
  const previous = (await versionHeadsOf(db, input.announcementId, input.key)).at(-1);
  const previousVersion = previous === undefined ? undefined : await questionnaireVersion(db, previous.id);
  const imported = importSurveyJson(input.survey, {
    language: input.language,
    audience: input.audience,
    ...(previousVersion === undefined ? {} : { reportSections: previousVersion.reportSections.map((section) => ({ id: section.id, title: { ...section.title } })) }),
  });
  if (!imported.ok) {
    const reason = imported.errors.map((e) => e.message).join("; ");
    return fail("unprocessable", `The SurveyJS JSON cannot be imported: ${reason}`, "survey", { errors: imported.errors });
  }
  const { draft, revision } = await db.transaction().execute((trx) =>
    insertNewDraft(
      trx,
      user,
      {
        announcementId: input.announcementId,
        key: input.key,
        audience: input.audience,
        content: imported.draft,
        basedOn: null,
        regionCode: region.regionCode,
        kind: "import",
        details: { notes: imported.notes.length },
      },
      now,
    ),
  );
  return ok({ draft: await toDraftView(db, draft, revision), notes: imported.notes });
}

/**
 * The draft as the builder opens it. A reviewer of its region reads it too (access "comment": live, read-only, with
 * comments). When it is being written together, its pending live changes are made a revision first, so the view is
 * the latest; `live` says the browser may connect.
 */
export async function getDraft(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<DraftView>> {
  const hub = existingLiveHub(db);
  await hub?.flush(id);
  const draft = await findDraftRow(db, id);
  const access = draft === undefined ? null : liveAccess(user, draft);
  if (draft === undefined || access === null) return noDraft(id);
  const current = await findDraftRevision(db, id, draft.current_revision);
  if (current === undefined) throw new Error(`Revision ${draft.current_revision} of draft ${id} is missing`);
  const view = await toDraftView(db, draft, current);
  return ok({
    ...view,
    ...(view.access === "edit" && access === "comment" ? { access: "comment" as const } : {}),
    ...(hub?.attached === true && draft.closed_at === null ? { live: true } : {}),
  });
}

/**
 * A revision derived from the shared document of a draft written together: `content` holds the changes of one
 * person (`authorId`) since the revision before. Nothing is appended when the content is that revision's, or the
 * draft is closed; returns the new revision's number. The draft keeps its audience whatever the document says (a
 * new audience is a new draft, as a REST save says).
 */
export async function appendLiveRevision(db: Kysely<Database>, draftId: string, authorId: string, content: QuestionnaireDraft, now: Date): Promise<number | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      // grouped with the other writes of the moment, the disk's wait off the event loop: live typing goes on meanwhile
      return await writeTransaction(db, async (trx) => {
        const draft = await findDraftRow(trx, draftId);
        if (draft === undefined || draft.closed_at !== null) return null;
        const current = await findDraftRevision(trx, draftId, draft.current_revision);
        if (current === undefined) throw new Error(`Revision ${draft.current_revision} of draft ${draftId} is missing`);
        const parsed = QuestionnaireDraftSchema.safeParse({ ...content, audience: draft.audience });
        if (!parsed.success) throw new Error(`The shared document of draft ${draftId} holds no valid draft: ${parsed.error.message}`);
        if (isDeepStrictEqual(parsed.data, parseContent(current))) return null;
        const at = now.toISOString();
        const json = contentJson(parsed.data);
        const revision: DraftRevisionRow = {
          draft_id: draftId,
          revision: draft.current_revision + 1,
          base_revision: current.revision,
          kind: "live",
          restored_from: null,
          content_json: json,
          content_sha256: sha256(json),
          findings: draftFindings(parsed.data, draft.announcement_id, draft.key).length,
          author: authorId,
          created_at: at,
        };
        await insertDraftRevision(trx, revision);
        if (!(await updateOpenDraft(trx, draftId, draft.current_revision, { current_revision: revision.revision, updated_at: at }))) throw new RaceLost();
        await recordAudit(
          trx,
          {
            actor: authorId,
            action: "draft.saved",
            subjectType: "questionnaire_draft",
            subjectId: draftId,
            details: { revision: revision.revision, baseRevision: current.revision, contentSha256: revision.content_sha256, findings: revision.findings, live: true },
          },
          now,
        );
        return revision.revision;
      });
    } catch (error) {
      if (!(error instanceof RaceLost || isUniqueViolation(error)) || attempt >= 5) throw error;
    }
  }
}

/**
 * Before a REST save or restore of a draft with a shared document: its pending live revision written, and the
 * document's state that the save's change is then applied against (undefined when it has no document yet).
 */
async function liveBase(db: Kysely<Database>, id: string): Promise<Uint8Array | undefined> {
  const hub = existingLiveHub(db);
  if (hub === undefined || !(await hub.hasDocument(id))) return undefined;
  return hub.withRoom(id, async (room) => {
    await room.flush();
    return Y.encodeStateAsUpdate(room.doc);
  });
}

/** After a REST save or restore: its content written into the shared document, merged with live edits made meanwhile. */
async function writeLive(db: Kysely<Database>, id: string, base: Uint8Array | undefined, saved: DraftRevisionRow, userId: string): Promise<void> {
  const hub = existingLiveHub(db);
  if (hub === undefined || (base === undefined && !hub.loaded(id))) return;
  await hub.withRoom(id, (room) => room.writeSaved(base ?? Y.encodeStateAsUpdate(room.doc), parseContent(saved), userId, saved.revision));
}

export async function draftRevisions(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<DraftRevision[]>> {
  await existingLiveHub(db)?.flush(id);
  const found = await openableDraft(db, user, id);
  if (!found.ok) return found;
  return ok((await listDraftRevisionHeads(db, id)).map(toDraftRevision));
}

export async function draftRevision(db: Kysely<Database>, user: SessionUser, id: string, revision: number): Promise<Result<{ revision: DraftRevision; content: QuestionnaireDraft }>> {
  const found = await openableDraft(db, user, id);
  if (!found.ok) return found;
  const row = await findDraftRevision(db, id, revision);
  if (row === undefined) return fail("not_found", `Draft ${id} has no revision ${revision}.`, "revision");
  const names = await userNames(db, [row.author]);
  return ok({ revision: toDraftRevision({ ...row, author_name: row.author === null ? null : (names.get(row.author) ?? null) }), content: parseContent(row) });
}

/** Thrown inside a transaction to roll it back: another save moved the draft on between our read and our write. */
class RaceLost extends Error {}

/**
 * How many times an append runs: once, and once more when a concurrent save took the revision number (the second
 * run re-reads the draft and merges with what that save stored). A third loss is answered as a stale revision.
 */
const maxAttempts = 2;

interface Appended {
  draft: DraftRow;
  current: DraftRevisionRow;
}

/**
 * Appends a revision computed from the draft's fresh state, inside a transaction. `compute` decides the content
 * (or refuses); the database's unique (draft_id, revision) key and the conditional update of the draft row decide
 * races, and the loser runs again from a fresh read.
 */
async function appendRevision(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  compute: (trx: Kysely<Database>, draft: DraftRow, current: DraftRevisionRow) => Promise<Result<{ content: QuestionnaireDraft; kind: DraftRevisionKind; baseRevision: number; restoredFrom?: number; details?: Record<string, unknown> } | "unchanged">>,
  now: Date,
): Promise<Result<Appended>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx): Promise<Result<Appended>> => {
        const found = await openableDraft(trx, user, id);
        if (!found.ok) return found;
        const { draft, current } = found.value;
        if (draft.closed_at !== null) {
          // The body is that of a stale save (the draft as it stands, read-only), so one handler serves both.
          return fail("conflict", draft.published_version_id === null ? "The draft was discarded." : `The draft was published as ${draft.published_version_id}; start a new version from it.`, undefined, {
            current: await toDraftView(trx, draft, current),
            conflicts: [],
          });
        }
        const next = await compute(trx, draft, current);
        if (!next.ok) return next;
        if (next.value === "unchanged") return ok({ draft, current });
        const { content, kind, baseRevision, restoredFrom, details } = next.value;
        const at = now.toISOString();
        const json = contentJson(content);
        const revision: DraftRevisionRow = {
          draft_id: id,
          revision: draft.current_revision + 1,
          base_revision: baseRevision,
          kind,
          restored_from: restoredFrom ?? null,
          content_json: json,
          content_sha256: sha256(json),
          findings: draftFindings(content, draft.announcement_id, draft.key).length,
          author: user.id,
          created_at: at,
        };
        await insertDraftRevision(trx, revision);
        if (!(await updateOpenDraft(trx, id, draft.current_revision, { current_revision: revision.revision, updated_at: at }))) throw new RaceLost();
        await recordAudit(
          trx,
          {
            actor: user.id,
            action: kind === "merge" ? "draft.merged" : kind === "restore" ? "draft.restored" : "draft.saved",
            subjectType: "questionnaire_draft",
            subjectId: id,
            details: { revision: revision.revision, baseRevision, contentSha256: revision.content_sha256, findings: revision.findings, ...details },
          },
          now,
        );
        return ok({ draft: { ...draft, current_revision: revision.revision, updated_at: at }, current: revision });
      });
    } catch (error) {
      if (!(error instanceof RaceLost || isUniqueViolation(error))) throw error;
      if (attempt >= maxAttempts) {
        const found = await openableDraft(db, user, id);
        if (!found.ok) return found;
        return fail("stale_revision", "Others saved this draft at the same moment; open it again and repeat your change.", undefined, {
          current: await toDraftView(db, found.value.draft, found.value.current),
          conflicts: [],
        });
      }
    }
  }
}

function checkBase(baseRevision: number, current: number): Result<void> {
  if (baseRevision > current) return fail("validation_failed", `baseRevision: ${baseRevision} is newer than the draft's revision ${current}.`, "baseRevision");
  return ok(undefined);
}

/**
 * Saves an edit as a new revision. On the current revision it is stored as sent; on an older one it is merged per
 * element with what was saved since (kind "merge"), and edits that conflict refuse the save (409 stale_revision
 * with the current draft and the conflicts; nothing stored). A save that changes nothing appends nothing.
 */
export async function saveDraft(db: Kysely<Database>, user: SessionUser, id: string, input: SaveDraftInput, now: Date): Promise<Result<SavedDraft>> {
  const found = await openableDraft(db, user, id);
  if (!found.ok) return found;
  const base = await liveBase(db, id);
  let merged = false;
  let fromTheirs: string[] = [];
  const appended = await appendRevision(
    db,
    user,
    id,
    async (trx, draft, current) => {
      merged = false;
      fromTheirs = [];
      const base = checkBase(input.baseRevision, current.revision);
      if (!base.ok) return base;
      if (input.content.audience !== draft.audience) {
        return fail("validation_failed", `content.audience: the draft is a questionnaire for ${draft.audience}; start a new draft for another audience.`, "content.audience");
      }
      if (input.baseRevision === current.revision) {
        if (contentJson(input.content) === current.content_json) return ok("unchanged" as const);
        return ok({ content: input.content, kind: "save" as const, baseRevision: input.baseRevision });
      }
      const baseRow = await findDraftRevision(trx, id, input.baseRevision);
      if (baseRow === undefined) throw new Error(`Revision ${input.baseRevision} of draft ${id} is missing`);
      const merge = mergeDrafts(parseContent(baseRow), parseContent(current), input.content);
      if (!merge.ok) {
        return fail(
          "stale_revision",
          `Someone else saved this draft since revision ${input.baseRevision}, and ${merge.conflicts.length === 1 ? "one change conflicts" : `${merge.conflicts.length} changes conflict`} with yours: ${merge.conflicts.map((c) => c.path).join(", ")}. Nothing was saved.`,
          undefined,
          { current: await toDraftView(trx, draft, current), conflicts: merge.conflicts },
        );
      }
      merged = true;
      fromTheirs = merge.fromTheirs;
      return ok({ content: merge.merged, kind: "merge" as const, baseRevision: input.baseRevision, details: fromTheirs.length > 0 ? { fromTheirs } : {} });
    },
    now,
  );
  if (!appended.ok) return appended;
  await writeLive(db, id, base, appended.value.current, user.id);
  return ok({ draft: await toDraftView(db, appended.value.draft, appended.value.current), merged, fromTheirs });
}

/** Brings an earlier revision's content back as a new revision (kind "restore"); only on the current revision. */
export async function restoreDraft(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  input: { revision: number; baseRevision: number },
  now: Date,
): Promise<Result<DraftView>> {
  const found = await openableDraft(db, user, id);
  if (!found.ok) return found;
  const base = await liveBase(db, id);
  const appended = await appendRevision(
    db,
    user,
    id,
    async (trx, draft, current) => {
      const base = checkBase(input.baseRevision, current.revision);
      if (!base.ok) return base;
      const source = await findDraftRevision(trx, id, input.revision);
      if (source === undefined) return fail("not_found", `Draft ${id} has no revision ${input.revision}.`, "revision");
      if (input.baseRevision < current.revision) {
        return fail("stale_revision", `The draft was saved since revision ${input.baseRevision}; look at revision ${current.revision} before restoring.`, "baseRevision", {
          current: await toDraftView(trx, draft, current),
        });
      }
      return ok({ content: parseContent(source), kind: "restore" as const, baseRevision: input.baseRevision, restoredFrom: input.revision, details: { restoredFrom: input.revision } });
    },
    now,
  );
  if (!appended.ok) return appended;
  await writeLive(db, id, base, appended.value.current, user.id);
  return ok(await toDraftView(db, appended.value.draft, appended.value.current));
}

export async function shareDraft(db: Kysely<Database>, user: SessionUser, id: string, regions: string[], now: Date): Promise<Result<DraftView>> {
  const found = await openableDraft(db, user, id);
  if (!found.ok) return found;
  const { draft, current } = found.value;
  if (!mayShareDraft(user, draft)) return fail("forbidden", "Only the draft's own region (or an admin) can change who it is shared with.");
  if (draft.closed_at !== null) return fail("conflict", "The draft is closed; it can no longer be shared.");
  // Its own region always may edit; listing it as shared would say nothing.
  const shared = [...new Set(regions)].filter((region) => region !== draft.region_code).sort();
  const at = now.toISOString();
  const changed = await db.transaction().execute(async (trx) => {
    if (!(await updateDraftIfOpen(trx, id, { shared_json: JSON.stringify(shared), updated_at: at }))) return false;
    await recordAudit(trx, { actor: user.id, action: "draft.shared", subjectType: "questionnaire_draft", subjectId: id, details: { sharedWith: shared } }, now);
    return true;
  });
  if (!changed) return fail("conflict", "The draft was closed meanwhile.");
  return ok(await toDraftView(db, { ...draft, shared_json: JSON.stringify(shared), updated_at: at }, current));
}

/** Ends a draft without publishing it; its revisions stay, read-only. */
export async function discardDraft(db: Kysely<Database>, user: SessionUser, id: string, now: Date): Promise<Result<void>> {
  const found = await openableDraft(db, user, id);
  if (!found.ok) return found;
  const { draft } = found.value;
  if (draft.closed_at !== null) return fail("conflict", "The draft is already closed.");
  const at = now.toISOString();
  const closed = await db.transaction().execute(async (trx) => {
    if (!(await updateDraftIfOpen(trx, id, { closed_at: at, updated_at: at }))) return false;
    await recordAudit(trx, { actor: user.id, action: "draft.discarded", subjectType: "questionnaire_draft", subjectId: id, details: { revision: draft.current_revision } }, now);
    return true;
  });
  if (!closed) return fail("conflict", "The draft was closed meanwhile.");
  await existingLiveHub(db)?.closeDraft(id, "The draft was discarded.");
  return ok(undefined);
}
