import { updateElement, type QuestionnaireDraft } from "@afrapport/schema";
import { createDraftDoc, readDraft, writeDraft } from "@afrapport/schema/coauthor";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { clearLiveStash, decodeUpdate, encodeUpdate, liveStashKey, readLiveStash, writeLiveStash } from "./live-stash.js";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const draft: QuestionnaireDraft = {
  audience: "offer",
  title: { da: "Tilbuddene" },
  reportSections: [{ id: "generelt", title: { da: "Generelt" } }],
  survey: { pages: [{ name: "side1", elements: [{ type: "text", name: "navn", title: { da: "Tilbuddets navn" } }] }] },
};

describe("the live stash", () => {
  it("round-trips any bytes through base64", () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(decodeUpdate(encodeUpdate(bytes))).toEqual(bytes);
    expect(decodeUpdate("not base64 ✗")).toBeNull();
  });

  it("brings offline edits back into the shared document after a reload, merged with a colleague's", () => {
    const storage = new MemoryStorage();
    const server = createDraftDoc(draft);
    // the tab that went offline: it had the draft, then edited it without a connection, then was closed
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
    writeDraft(offline, updateElement(readDraft(offline), "navn", { title: { da: "Tilbuddets fulde navn" } }));
    writeLiveStash(storage, "d1", Y.encodeStateAsUpdate(offline), "2026-12-04T20:00:00.000Z");
    // meanwhile a colleague changed the questionnaire's title on the server
    writeDraft(server, { ...readDraft(server), title: { da: "Tilbuddene 2026" } });

    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(server));
    const kept = readLiveStash(storage, "d1");
    expect(kept?.at).toBe("2026-12-04T20:00:00.000Z");
    Y.applyUpdate(reopened, kept!.update);
    const result = readDraft(reopened);
    expect(result.title.da).toBe("Tilbuddene 2026");
    expect(result.survey.pages[0]!.elements![0]!.title).toEqual({ da: "Tilbuddets fulde navn" });
    // applying it again changes nothing
    Y.applyUpdate(reopened, kept!.update);
    expect(readDraft(reopened)).toEqual(result);
  });

  it("reads nothing from a missing, cleared or malformed entry", () => {
    const storage = new MemoryStorage();
    expect(readLiveStash(storage, "d1")).toBeNull();
    storage.setItem(liveStashKey("d1"), "{nonsense");
    expect(readLiveStash(storage, "d1")).toBeNull();
    storage.setItem(liveStashKey("d1"), JSON.stringify({ update: 5, at: "x" }));
    expect(readLiveStash(storage, "d1")).toBeNull();
    writeLiveStash(storage, "d1", new Uint8Array([1, 2, 3]), "2026-12-04T20:00:00.000Z");
    expect(readLiveStash(storage, "d1")?.update).toEqual(new Uint8Array([1, 2, 3]));
    clearLiveStash(storage, "d1");
    expect(readLiveStash(storage, "d1")).toBeNull();
  });
});
