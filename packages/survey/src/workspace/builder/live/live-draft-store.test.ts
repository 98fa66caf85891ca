import { addElement, moveElement, updateElement, updateQuestionnaire, type QuestionnaireDraft } from "@afrapport/schema";
import { createDraftDoc, metaMap } from "@afrapport/schema/coauthor";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LiveDraftStore } from "./live-draft-store.js";

const remote = Symbol("remote");

/** Two docs that pass every update to each other at once, as two browsers connected through the server. */
function connect(a: Y.Doc, b: Y.Doc): void {
  a.on("update", (update: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(b, update, remote));
  b.on("update", (update: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(a, update, remote));
}

const start: QuestionnaireDraft = {
  audience: "municipality",
  title: { da: "Kommunerne", en: "The municipalities" },
  reportSections: [{ id: "generelt", title: { da: "Generelt", en: "General" } }],
  survey: {
    pages: [
      {
        name: "side1",
        elements: [
          { type: "text", name: "antal", title: { da: "Antal borgere", en: "Number of citizens" } },
          { type: "comment", name: "beskrivelse", title: { da: "Beskriv indsatsen", en: "Describe the service" } },
        ],
      },
    ],
  },
};

/** Two people's stores on one draft, synced through the server's doc. */
function twoPeople() {
  const server = createDraftDoc(start);
  const a = new Y.Doc();
  const b = new Y.Doc();
  Y.applyUpdate(a, Y.encodeStateAsUpdate(server), remote);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(server), remote);
  connect(a, b);
  return { a: new LiveDraftStore(a), b: new LiveDraftStore(b) };
}

const titleOf = (draft: QuestionnaireDraft | null, name: string) => {
  const element = draft?.survey.pages.flatMap((page) => page.elements ?? []).find((e) => e.name === name);
  return (element?.title as { da?: string } | undefined)?.da;
};

describe("the live draft store", () => {
  it("has no draft before the first sync, and the server's after it", () => {
    const doc = new Y.Doc();
    const store = new LiveDraftStore(doc);
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.getSnapshot().draft).toBeNull();
    store.edit(start);
    expect(store.getSnapshot().draft).toBeNull();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(createDraftDoc(start)), remote);
    expect(store.getSnapshot().draft).toEqual(start);
    expect(calls).toBeGreaterThan(0);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it("passes each person's edit to the other, and both keep both", () => {
    const { a, b } = twoPeople();
    a.edit(updateElement(a.getSnapshot().draft!, "antal", { title: { da: "Antal borgere i 2025", en: "Number of citizens" } }), "question:antal");
    b.edit(updateElement(b.getSnapshot().draft!, "beskrivelse", { title: { da: "Beskriv jeres indsats", en: "Describe the service" } }), "question:beskrivelse");
    for (const store of [a, b]) {
      expect(titleOf(store.getSnapshot().draft, "antal")).toBe("Antal borgere i 2025");
      expect(titleOf(store.getSnapshot().draft, "beskrivelse")).toBe("Beskriv jeres indsats");
    }
    expect(a.getSnapshot().draft).toEqual(b.getSnapshot().draft);
  });

  it("undoes only one's own edits, leaving a colleague's in place", () => {
    const { a, b } = twoPeople();
    a.edit(updateElement(a.getSnapshot().draft!, "antal", { title: { da: "A's titel", en: "Number of citizens" } }), "question:antal");
    b.edit(updateElement(b.getSnapshot().draft!, "beskrivelse", { title: { da: "B's titel", en: "Describe the service" } }), "question:beskrivelse");
    expect(b.getSnapshot().canUndo).toBe(true);
    a.undo();
    for (const store of [a, b]) {
      expect(titleOf(store.getSnapshot().draft, "antal")).toBe("Antal borgere");
      expect(titleOf(store.getSnapshot().draft, "beskrivelse")).toBe("B's titel");
    }
    expect(a.getSnapshot().canUndo).toBe(false);
    expect(a.getSnapshot().canRedo).toBe(true);
    a.redo();
    expect(titleOf(b.getSnapshot().draft, "antal")).toBe("A's titel");
  });

  it("undoes typing in one field as one step, and a structural edit as one of its own", () => {
    const { a } = twoPeople();
    const type = (text: string, at: number) => a.edit(updateElement(a.getSnapshot().draft!, "antal", { title: { da: text } }), "question:antal", at);
    type("A", 1_000);
    type("An", 1_200);
    type("Ant", 1_400);
    const added = addElement(a.getSnapshot().draft!, { type: "boolean", name: "har", title: { da: "Har kommunen borgere?" } }, { container: "side1" });
    a.edit(added, undefined, 1_500);
    type("Ant2", 1_600);
    a.undo();
    expect(titleOf(a.getSnapshot().draft, "antal")).toBe("Ant");
    expect(titleOf(a.getSnapshot().draft, "har")).toBeDefined();
    a.undo();
    expect(titleOf(a.getSnapshot().draft, "har")).toBeUndefined();
    expect(titleOf(a.getSnapshot().draft, "antal")).toBe("Ant");
    a.undo();
    expect(titleOf(a.getSnapshot().draft, "antal")).toBe("Antal borgere");
  });

  it("keeps a colleague's edit of a question one has moved meanwhile", () => {
    const { a, b } = twoPeople();
    a.edit(moveElement(a.getSnapshot().draft!, "beskrivelse", { container: "side1", index: 0 }));
    b.edit(updateElement(b.getSnapshot().draft!, "beskrivelse", { title: { da: "Beskriv jeres indsats" } }), "question:beskrivelse");
    const names = a.getSnapshot().draft!.survey.pages[0]!.elements!.map((e) => e.name);
    expect(names).toEqual(["beskrivelse", "antal"]);
    expect(titleOf(a.getSnapshot().draft, "beskrivelse")).toBe("Beskriv jeres indsats");
  });

  it("tells when the comments changed", () => {
    const { a, b } = twoPeople();
    const seen: (string | null)[] = [];
    b.subscribe(() => seen.push(b.getSnapshot().commentsChangedAt));
    a.doc.transact(() => metaMap(a.doc).set("commentsChangedAt", "2026-12-04T20:00:00.000Z"));
    expect(seen.at(-1)).toBe("2026-12-04T20:00:00.000Z");
    // the meta is not one's own edit of the draft: nothing to undo
    a.edit(updateQuestionnaire(a.getSnapshot().draft!, { title: { da: "Ny" } }));
    a.undo();
    expect(a.getSnapshot().commentsChangedAt).toBe("2026-12-04T20:00:00.000Z");
  });
});
