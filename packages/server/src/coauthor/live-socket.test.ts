import { addElement, findElement, moveElement, updateElement, updateQuestionnaire, type QuestionnaireDraft } from "@afrapport/schema";
import { hasDraft, metaMap, readDraft, writeDraft } from "@afrapport/schema/coauthor";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DatabaseHandle } from "../db/database.js";
import { dialects } from "../test-support/dialects.js";
import { createLiveDatabase, eventually, LiveClient, type LiveApp, type LiveDatabase, makeUser, type Session, signIn, startLiveApp } from "./live-test-kit.js";
import { maxMessageBytes, updateMessage } from "./live-protocol.js";

const titleOf = (draft: QuestionnaireDraft, name: string) => (findElement(draft, name) as { title?: { da?: string } } | null)?.title?.da;
const edit = (client: LiveClient, change: (draft: QuestionnaireDraft) => QuestionnaireDraft) => writeDraft(client.doc, change(readDraft(client.doc)));
const same = (a: LiveClient, b: LiveClient) => JSON.stringify(readDraft(a.doc)) === JSON.stringify(readDraft(b.doc));

describe.each(dialects)("live co-authoring (%s)", (dialect) => {
  let database: LiveDatabase;
  let handle: DatabaseHandle;
  let app: LiveApp;
  let anne: Session;
  let bo: Session;
  let draftId: string;
  const clients: LiveClient[] = [];

  const client = async (session: Session | undefined, options: { origin?: string | null; draft?: string } = {}) => {
    const live = LiveClient.forDraft(app.baseUrl, options.draft ?? draftId, session, options.origin === undefined ? app.baseUrl : options.origin);
    clients.push(live);
    await live.connect();
    return live;
  };
  const refusal = async (session: Session | undefined, options: { origin?: string | null; draft?: string } = {}) => {
    try {
      await client(session, options);
    } catch (error) {
      return (error as { code: number }).code;
    }
    throw new Error("the connection was not refused");
  };
  const getDraft = async (session: Session = anne) => {
    const response = await session.request(app.baseUrl, "GET", `/api/questionnaires/drafts/${draftId}`);
    expect(response.status).toBe(200);
    return response.body.draft;
  };
  const storedUpdates = async () => Number((await handle.db.selectFrom("draft_live_updates").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

  beforeEach(async () => {
    database = await createLiveDatabase(dialect);
    handle = database.open();
    app = await startLiveApp(handle.db, database.location);
    anne = await signIn(app.baseUrl, await makeUser(handle.db, "secretariat", "1084", "Anne"));
    bo = await signIn(app.baseUrl, await makeUser(handle.db, "secretariat", "1084", "Bo"));
    const created = await anne.request(app.baseUrl, "POST", "/api/questionnaires/drafts", { announcementId: "gravide-rusmiddel", key: "kommune-2022", from: {} });
    expect(created.status).toBe(201);
    draftId = created.body.draft.id;
  });

  afterEach(async () => {
    for (const live of clients.splice(0)) await live.disconnect();
    await app.close();
    await handle.close();
    await database.drop();
  });

  it("says the draft is live, and two editors' changes to different questions, one text and a moved question all survive", async () => {
    expect(await getDraft()).toMatchObject({ access: "edit", live: true });
    const a = await client(anne);
    const b = await client(bo);
    const [first, second, third] = readDraft(a.doc).survey.pages[0]!.elements!.map((element) => String(element.name));

    // different questions
    edit(a, (draft) => updateElement(draft, first!, { title: { da: "Anne skrev" } }));
    edit(b, (draft) => updateElement(draft, second!, { isRequired: true }));
    await eventually(() => same(a, b) && titleOf(readDraft(b.doc), first!) === "Anne skrev" && findElement(readDraft(a.doc), second!)?.isRequired === true, "both edits on both sides");

    // the same text at once, before either has seen the other's change
    edit(a, (draft) => updateQuestionnaire(draft, { title: { ...draft.title, da: `Ny ${draft.title.da}` } }));
    edit(b, (draft) => updateQuestionnaire(draft, { title: { ...draft.title, da: `${draft.title.da} (udkast)` } }));
    await eventually(() => same(a, b) && /^Ny .* \(udkast\)$/.test(readDraft(a.doc).title.da ?? ""), "the title merged character-wise");

    // a reorder by one and an edit of the moved question by the other
    edit(a, (draft) => moveElement(draft, third!, { container: draft.survey.pages[0]!.name, index: 0 }));
    edit(b, (draft) => updateElement(draft, third!, { description: { da: "Bo's hjælpetekst" } }));
    await eventually(() => same(a, b) && readDraft(a.doc).survey.pages[0]!.elements![0]!.name === third && (findElement(readDraft(a.doc), third!)?.description as { da?: string } | undefined)?.da === "Bo's hjælpetekst", "the move and the edit");

    // the server's draft (its latest revision, written as the GET flushes) holds it all, with both authors
    const view = await getDraft();
    expect(view.content).toEqual(readDraft(a.doc));
    const revisions = (await anne.request(app.baseUrl, "GET", `/api/questionnaires/drafts/${draftId}/revisions`)).body.revisions as { kind: string; author: { id: string } | null }[];
    const live = revisions.filter((revision) => revision.kind === "live");
    expect(new Set(live.map((revision) => revision.author?.id))).toEqual(new Set([anne.userId, bo.userId]));
  });

  it("loses nothing over a restart, and merges what an offline editor did when it comes back", async () => {
    const a = await client(anne);
    const b = await client(bo);
    const name = readDraft(a.doc).survey.pages[0]!.elements![0]!.name as string;
    edit(a, (draft) => updateElement(draft, name, { title: { da: "Før genstart" } }));
    await eventually(() => titleOf(readDraft(b.doc), name) === "Før genstart", "the edit reached Bo");

    await b.disconnect();
    edit(b, (draft) => updateQuestionnaire(draft, { description: { da: "Skrevet offline" } }));
    edit(a, (draft) => updateElement(draft, name, { isRequired: true }));
    await a.disconnect();
    clients.splice(0);

    // the server stops (writing revisions, compacting) and starts again on the same database
    await app.close();
    // closing wrote the revisions and compacted every update into the snapshot
    expect(await storedUpdates()).toBe(0);
    expect(await handle.db.selectFrom("draft_live_snapshots").select("draft_id").where("draft_id", "=", draftId).executeTakeFirst()).toBeDefined();
    await handle.close();
    handle = database.open();
    app = await startLiveApp(handle.db, database.location);

    const again = await client(anne);
    expect(titleOf(readDraft(again.doc), name)).toBe("Før genstart");
    expect(findElement(readDraft(again.doc), name)?.isRequired).toBe(true);
    // Bo comes back with his offline edit
    const back = LiveClient.forDraft(app.baseUrl, draftId, bo);
    clients.push(back);
    // the browser keeps its document across a reconnect: the new socket starts from what the offline one held
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(b.doc));
    await back.connect();
    await eventually(() => same(again, back) && readDraft(again.doc).description?.da === "Skrevet offline", "the offline edit merged");
    expect(findElement(readDraft(back.doc), name)?.isRequired).toBe(true);
    expect((await getDraft()).content.description).toEqual({ da: "Skrevet offline" });
  });

  it("refuses a socket without a session, from another site, for a draft one may not see, or a closed one", async () => {
    expect(await refusal(undefined)).toBe(4401);
    expect(await refusal(anne, { origin: "https://evil.example" })).toBe(4403);
    expect(await refusal(anne, { draft: "no-such-draft" })).toBe(4404);
    const stranger = await signIn(app.baseUrl, await makeUser(handle.db, "secretariat", "1081"));
    expect(await refusal(stranger)).toBe(4404);
    const a = await client(anne);
    const discarded = await anne.request(app.baseUrl, "DELETE", `/api/questionnaires/drafts/${draftId}`);
    expect(discarded.status).toBe(204);
    expect((await a.whenClosed()).code).toBe(4409);
    expect(await refusal(anne)).toBe(4409);
  });

  it("lets a reviewer of the region follow and comment but refuses their changes", async () => {
    const reviewer = await signIn(app.baseUrl, await makeUser(handle.db, "reviewer", "1084", "Rikke"));
    expect(await getDraft(reviewer)).toMatchObject({ access: "comment", live: true });
    const a = await client(anne);
    const r = await client(reviewer);
    const before = await storedUpdates();
    edit(r, (draft) => updateQuestionnaire(draft, { title: { da: "Rikke var her" } }));
    await eventually(() => r.denied.length > 0, "the permission-denied message");
    expect(readDraft(a.doc).title.da).not.toBe("Rikke var her");
    expect(await storedUpdates()).toBe(before);
    // edits by the editor still reach the reviewer
    const name = readDraft(a.doc).survey.pages[0]!.elements![0]!.name as string;
    edit(a, (draft) => updateElement(draft, name, { title: { da: "Anne's spørgsmål" } }));
    await eventually(() => titleOf(readDraft(r.doc), name) === "Anne's spørgsmål", "the editor's edit reached the reviewer");
    // a reviewer who opens it afresh reads the server's draft, without the refused change
    const fresh = await client(reviewer);
    expect(readDraft(fresh.doc)).toEqual(readDraft(a.doc));
    // their comment tells the open editors to fetch the threads again
    const comment = await reviewer.request(app.baseUrl, "POST", `/api/questionnaires/drafts/${draftId}/comments`, { element: name, body: "Godt spørgsmål", mentions: [anne.userId] });
    expect(comment.status).toBe(201);
    await eventually(() => metaMap(a.doc).get("commentsChangedAt") === comment.body.thread.createdAt, "the comments signal");
  });

  it("closes on a too large message and stores nothing of it", async () => {
    const a = await client(anne);
    const before = await storedUpdates();
    a.sendRaw(updateMessage(new Uint8Array(maxMessageBytes + 10)));
    const closed = await a.whenClosed();
    expect(closed.code).toBe(1009);
    expect(closed.reason).toMatch(/too large/);
    expect(await storedUpdates()).toBe(before);
  });

  it("writes a REST save into a stored document nobody has open, exactly as saved", async () => {
    const a = await client(anne);
    edit(a, (draft) => updateQuestionnaire(draft, { title: { ...draft.title, da: "Test" } }));
    await eventually(async () => (await getDraft(bo)).content.title.da === "Test", "the live edit became a revision");
    await a.disconnect();
    // the room unloads once its last editor has gone and its updates are stored
    await eventually(() => !app.endpoint.hub.loaded(draftId), "the room unloaded");
    const view = await getDraft(bo);
    const content = addElement(view.content, { type: "text", name: "nyTekst", title: { da: "Ny" } }, { container: view.content.survey.pages[0]!.name, index: 0 });
    const renamed = updateQuestionnaire(content, { title: { ...content.title, da: "Test – rettet" } });
    const saved = await bo.request(app.baseUrl, "PUT", `/api/questionnaires/drafts/${draftId}`, { baseRevision: view.revision, content: renamed });
    expect(saved.status).toBe(200);
    const again = await client(anne);
    expect(readDraft(again.doc)).toEqual(renamed);
    expect((await getDraft(bo)).content).toEqual(renamed);
  });

  it("writes a REST save into the live document, and publishing sends the editors away", async () => {
    const a = await client(anne);
    const view = await getDraft(bo);
    const content = updateQuestionnaire(view.content, { title: { ...view.content.title, da: "Gemt over REST" } });
    const saved = await bo.request(app.baseUrl, "PUT", `/api/questionnaires/drafts/${draftId}`, { baseRevision: view.revision, content });
    expect(saved.status).toBe(200);
    await eventually(() => readDraft(a.doc).title.da === "Gemt over REST", "the REST save reached the live editor");
    expect(metaMap(a.doc).get("revision")).toBe(saved.body.draft.revision);
    expect(hasDraft(a.doc)).toBe(true);

    const preview = await anne.request(app.baseUrl, "GET", `/api/questionnaires/drafts/${draftId}/publish`);
    expect(preview.status).toBe(200);
    const published = await anne.request(app.baseUrl, "POST", `/api/questionnaires/drafts/${draftId}/publish`, { version: preview.body.proposedVersion, baseRevision: saved.body.draft.revision });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(await a.whenClosed()).toMatchObject({ code: 4409, reason: expect.stringContaining("published") });
  });
});
