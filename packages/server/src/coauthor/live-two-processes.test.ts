import { findElement, updateElement, updateQuestionnaire, type QuestionnaireDraft } from "@afrapport/schema";
import { readDraft, writeDraft } from "@afrapport/schema/coauthor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/database.js";
import { dialects } from "../test-support/dialects.js";
import { createLiveDatabase, eventually, LiveClient, type LiveApp, type LiveDatabase, makeUser, type Session, signIn, startLiveApp } from "./live-test-kit.js";

// Two server processes on one PostgreSQL, as two app instances with a database pool and a LISTEN connection each:
// an edit applied by one reaches the clients of the other (LISTEN/NOTIFY), and so does a REST save and a discard.

const edit = (client: LiveClient, change: (draft: QuestionnaireDraft) => QuestionnaireDraft) => writeDraft(client.doc, change(readDraft(client.doc)));

describe.runIf(dialects.includes("postgres"))("two server processes on one PostgreSQL", () => {
  let database: LiveDatabase;
  let handles: DatabaseHandle[];
  let apps: LiveApp[];
  let anne: Session;
  let bo: Session;
  let draftId: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    database = await createLiveDatabase("postgres");
    handles = [database.open(), database.open()];
    apps = [await startLiveApp(handles[0]!.db, database.location), await startLiveApp(handles[1]!.db, database.location)];
    anne = await signIn(apps[0]!.baseUrl, await makeUser(handles[0]!.db, "secretariat", "1084", "Anne"));
    bo = await signIn(apps[1]!.baseUrl, await makeUser(handles[0]!.db, "secretariat", "1084", "Bo"));
    const created = await anne.request(apps[0]!.baseUrl, "POST", "/api/questionnaires/drafts", { announcementId: "gravide-rusmiddel", key: "kommune-2022", from: {} });
    expect(created.status).toBe(201);
    draftId = created.body.draft.id;
  });

  afterAll(async () => {
    for (const live of clients) await live.disconnect();
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    await database.drop();
  });

  it("brings each process's edits to the other's clients, and a REST save and a discard too", async () => {
    const a = LiveClient.forDraft(apps[0]!.baseUrl, draftId, anne);
    const b = LiveClient.forDraft(apps[1]!.baseUrl, draftId, bo);
    clients.push(a, b);
    await a.connect();
    await b.connect();
    expect(readDraft(b.doc)).toEqual(readDraft(a.doc));
    const [first, second] = readDraft(a.doc).survey.pages[0]!.elements!.map((element) => String(element.name));

    edit(a, (draft) => updateElement(draft, first!, { title: { da: "Fra proces 1" } }));
    edit(b, (draft) => updateElement(draft, second!, { title: { da: "Fra proces 2" } }));
    await eventually(
      () => [a, b].every((c) => (findElement(readDraft(c.doc), first!)?.title as { da: string }).da === "Fra proces 1" && (findElement(readDraft(c.doc), second!)?.title as { da: string }).da === "Fra proces 2"),
      "both edits in both processes",
    );
    expect(readDraft(a.doc)).toEqual(readDraft(b.doc));

    // a save through the REST API of process 2 reaches the editor on process 1
    const view = (await bo.request(apps[1]!.baseUrl, "GET", `/api/questionnaires/drafts/${draftId}`)).body.draft;
    const saved = await bo.request(apps[1]!.baseUrl, "PUT", `/api/questionnaires/drafts/${draftId}`, { baseRevision: view.revision, content: updateQuestionnaire(view.content, { title: { ...view.content.title, da: "Gemt i proces 2" } }) });
    expect(saved.status).toBe(200);
    await eventually(() => readDraft(a.doc).title.da === "Gemt i proces 2", "the REST save in process 1");

    // a discard in process 1 sends process 2's editor away
    expect((await anne.request(apps[0]!.baseUrl, "DELETE", `/api/questionnaires/drafts/${draftId}`)).status).toBe(204);
    expect((await b.whenClosed()).code).toBe(4409);
  });
});
