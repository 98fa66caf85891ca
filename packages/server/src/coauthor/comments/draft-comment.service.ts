import { randomUUID } from "node:crypto";
import { findElement } from "@afrapport/schema";
import type { CreateDraftThreadInput, DraftParticipant, DraftThread, ReplyDraftThreadInput } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { SessionUser } from "../../auth/current-user.js";
import type { Database } from "../../db/tables.js";
import { sharedRegions } from "../../draft/draft-access.js";
import { findDraftRevision, findDraftRow, userNames, type DraftRow } from "../../draft/draft.repository.js";
import { parseContent } from "../../draft/draft-view.js";
import { fail, ok, type Result } from "../../http/result.js";
import { liveAccess } from "../live-access.js";
import { existingLiveHub } from "../live-hub.js";
import { draftAuthors, findThread, insertComment, insertThread, listThreads, participantRows, setResolution, type CommentRow, type ThreadRow } from "./draft-comment.repository.js";

// Comment threads on a draft written together: whoever may edit it or comment on it (live-access.ts) reads, starts,
// answers and resolves them; mentions name participants. Each change sets `commentsChangedAt` in the shared
// document, so every open editor (in this process or another) fetches the threads again.

const noDraft = (id: string) => fail("not_found", `There is no draft ${id}.`);

async function participatingDraft(db: Kysely<Database>, user: SessionUser, draftId: string): Promise<Result<DraftRow>> {
  const draft = await findDraftRow(db, draftId);
  if (draft === undefined || liveAccess(user, draft) === null) return noDraft(draftId);
  return ok(draft);
}

async function openDraft(db: Kysely<Database>, user: SessionUser, draftId: string): Promise<Result<DraftRow>> {
  const found = await participatingDraft(db, user, draftId);
  if (!found.ok) return found;
  if (found.value.closed_at !== null) {
    return fail("conflict", found.value.published_version_id === null ? "The draft was discarded; its comments can be read, not changed." : `The draft was published as ${found.value.published_version_id}; its comments can be read, not changed.`);
  }
  return found;
}

export async function draftParticipants(db: Kysely<Database>, draft: DraftRow): Promise<DraftParticipant[]> {
  const regions = [...new Set([...(draft.region_code === null ? [] : [draft.region_code]), ...sharedRegions(draft.shared_json)])];
  const authors = [...new Set([...(draft.created_by === null ? [] : [draft.created_by]), ...(await draftAuthors(db, draft.id))])];
  const rows = await participantRows(db, regions, authors);
  return rows.flatMap((row) => {
    const access = liveAccess({ id: row.id, name: row.name, role: row.role, regionCode: row.region_code } as SessionUser, draft);
    return access === null ? [] : [{ id: row.id, name: row.name, organisation: row.organisation, access }];
  });
}

export async function listDraftParticipants(db: Kysely<Database>, user: SessionUser, draftId: string): Promise<Result<DraftParticipant[]>> {
  const found = await participatingDraft(db, user, draftId);
  if (!found.ok) return found;
  return ok(await draftParticipants(db, found.value));
}

async function toThreads(db: Kysely<Database>, threads: ThreadRow[], comments: CommentRow[]): Promise<DraftThread[]> {
  const mentionIds = comments.flatMap((comment) => JSON.parse(comment.mentions_json) as string[]);
  const names = await userNames(db, [...comments.map((comment) => comment.author), ...threads.map((thread) => thread.resolved_by), ...mentionIds]);
  // a person whose account is gone keeps their id; the name says so
  const person = (id: string) => ({ id, name: names.get(id) ?? "(slettet bruger)" });
  return threads.map((thread) => ({
    id: thread.id,
    element: thread.element,
    createdAt: thread.created_at,
    resolved: thread.resolved_by === null || thread.resolved_at === null ? null : { by: person(thread.resolved_by), at: thread.resolved_at },
    comments: comments
      .filter((comment) => comment.thread_id === thread.id)
      .map((comment) => ({
        id: comment.id,
        author: person(comment.author),
        body: comment.body,
        mentions: (JSON.parse(comment.mentions_json) as string[]).map(person),
        createdAt: comment.created_at,
      })),
  }));
}

async function oneThread(db: Kysely<Database>, draftId: string, threadId: string): Promise<DraftThread> {
  const { threads, comments } = await listThreads(db, draftId, threadId);
  const [thread] = await toThreads(db, threads, comments);
  if (thread === undefined) throw new Error(`Thread ${threadId} of draft ${draftId} is missing`);
  return thread;
}

export async function listDraftThreads(db: Kysely<Database>, user: SessionUser, draftId: string): Promise<Result<DraftThread[]>> {
  const found = await participatingDraft(db, user, draftId);
  if (!found.ok) return found;
  const { threads, comments } = await listThreads(db, draftId);
  return ok(await toThreads(db, threads, comments));
}

/** The mentions checked against the draft's participants (400 naming `mentions` otherwise), without repeats. */
async function checkMentions(db: Kysely<Database>, draft: DraftRow, mentions: readonly string[]): Promise<Result<string[]>> {
  const unique = [...new Set(mentions)];
  if (unique.length === 0) return ok(unique);
  const participants = new Set((await draftParticipants(db, draft)).map((participant) => participant.id));
  const strangers = unique.filter((id) => !participants.has(id));
  if (strangers.length > 0) return fail("validation_failed", `mentions: ${strangers.slice(0, 5).join(", ")} ${strangers.length === 1 ? "does" : "do"} not take part in this draft.`, "mentions");
  return ok(unique);
}

/** Tells the open editors that the threads changed (the shared document's meta), when the draft has a document. */
async function signal(db: Kysely<Database>, draftId: string, at: string): Promise<void> {
  const hub = existingLiveHub(db);
  if (hub === undefined || !(await hub.hasDocument(draftId))) return;
  await hub.withRoom(draftId, (room) => room.setMeta("commentsChangedAt", at));
}

export async function createDraftThread(db: Kysely<Database>, user: SessionUser, draftId: string, input: CreateDraftThreadInput, now: Date): Promise<Result<DraftThread>> {
  const found = await openDraft(db, user, draftId);
  if (!found.ok) return found;
  const draft = found.value;
  if (input.element !== null) {
    await existingLiveHub(db)?.flush(draftId);
    const current = await findDraftRevision(db, draftId, (await findDraftRow(db, draftId))?.current_revision ?? draft.current_revision);
    const content = current === undefined ? undefined : parseContent(current);
    const known = content !== undefined && (content.survey.pages.some((page) => page.name === input.element) || findElement(content, input.element) !== null);
    if (!known) return fail("validation_failed", `element: the draft has no question or page "${input.element.slice(0, 100)}".`, "element");
  }
  const mentions = await checkMentions(db, draft, input.mentions ?? []);
  if (!mentions.ok) return mentions;
  const at = now.toISOString();
  const threadId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertThread(trx, { id: threadId, draft_id: draftId, element: input.element, created_at: at, resolved_by: null, resolved_at: null });
    await insertComment(trx, { id: randomUUID(), thread_id: threadId, author: user.id, body: input.body, mentions_json: JSON.stringify(mentions.value), created_at: at });
  });
  await signal(db, draftId, at);
  return ok(await oneThread(db, draftId, threadId));
}

export async function replyDraftThread(db: Kysely<Database>, user: SessionUser, draftId: string, threadId: string, input: ReplyDraftThreadInput, now: Date): Promise<Result<DraftThread>> {
  const found = await openDraft(db, user, draftId);
  if (!found.ok) return found;
  const thread = await findThread(db, draftId, threadId);
  if (thread === undefined) return fail("not_found", `Draft ${draftId} has no comment thread ${threadId}.`, "threadId");
  const mentions = await checkMentions(db, found.value, input.mentions ?? []);
  if (!mentions.ok) return mentions;
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertComment(trx, { id: randomUUID(), thread_id: threadId, author: user.id, body: input.body, mentions_json: JSON.stringify(mentions.value), created_at: at });
    // an answer means the matter is open again
    if (thread.resolved_at !== null) await setResolution(trx, threadId, null);
  });
  await signal(db, draftId, at);
  return ok(await oneThread(db, draftId, threadId));
}

export async function resolveDraftThread(db: Kysely<Database>, user: SessionUser, draftId: string, threadId: string, resolved: boolean, now: Date): Promise<Result<DraftThread>> {
  const found = await openDraft(db, user, draftId);
  if (!found.ok) return found;
  const thread = await findThread(db, draftId, threadId);
  if (thread === undefined) return fail("not_found", `Draft ${draftId} has no comment thread ${threadId}.`, "threadId");
  const at = now.toISOString();
  // resolving a resolved thread keeps who resolved it first
  if (resolved !== (thread.resolved_at !== null)) {
    await setResolution(db, threadId, resolved ? { by: user.id, at } : null);
    await signal(db, draftId, at);
  }
  return ok(await oneThread(db, draftId, threadId));
}
