import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { awarenessMessage, decodeClientMessage, isEmptyUpdate, permissionDenied, stampAwareness, syncStep1, syncStep2, updateMessage } from "./live-protocol.js";

function statesOf(update: Uint8Array): unknown[] {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awarenessProtocol.applyAwarenessUpdate(awareness, update, null);
  const states = [...awareness.getStates().entries()].filter(([id]) => id !== doc.clientID).map(([, state]) => state);
  awareness.destroy();
  return states;
}

function awarenessUpdate(state: unknown): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state as Record<string, unknown>);
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
  awareness.destroy();
  return update;
}

describe("the live protocol", () => {
  it("decodes what a client sends, as WebsocketProvider encodes it", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hej");
    expect(decodeClientMessage(syncStep1(doc))).toMatchObject({ kind: "sync-step-1" });
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeClientMessage(updateMessage(update))).toEqual({ kind: "update", update, step2: false });
    expect(decodeClientMessage(syncStep2(doc, Y.encodeStateVector(new Y.Doc())))).toMatchObject({ kind: "update", step2: true });
    expect(decodeClientMessage(awarenessMessage(new Uint8Array([0])))).toEqual({ kind: "awareness", update: new Uint8Array([0]) });
    expect(decodeClientMessage(new Uint8Array([3]))).toEqual({ kind: "query-awareness" });
    expect(decodeClientMessage(permissionDenied("no"))).toEqual({ kind: "ignored" });
    expect(() => decodeClientMessage(new Uint8Array([0, 7, 0]))).toThrow();
    expect(() => decodeClientMessage(new Uint8Array([]))).toThrow();
  });

  it("tells an update that changes nothing from one that does", () => {
    const doc = new Y.Doc();
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc))).toBe(true);
    doc.getText("t").insert(0, "x");
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc))).toBe(false);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)))).toBe(true);
  });

  it("stamps every awareness state with the signed-in user, keeping a colour and the focus", () => {
    const user = { id: "u1", name: "Anne" };
    const spoofed = stampAwareness(awarenessUpdate({ user: { id: "admin", name: "Chefen", color: "#c00" }, focus: { element: "q1", field: "title" } }), user);
    expect(statesOf(spoofed)).toEqual([{ user: { color: "#c00", id: "u1", name: "Anne" }, focus: { element: "q1", field: "title" } }]);
    const odd = stampAwareness(awarenessUpdate({ user: "x", focus: null }), user);
    expect(statesOf(odd)).toEqual([{ user: { id: "u1", name: "Anne" }, focus: null }]);
    const longColour = stampAwareness(awarenessUpdate({ user: { color: "x".repeat(100) } }), user);
    expect(statesOf(longColour)).toEqual([{ user: { id: "u1", name: "Anne" } }]);
  });

  it("says permission denied as y-protocols' auth message", () => {
    const decoder = decoding.createDecoder(permissionDenied("Kun læse"));
    expect(decoding.readVarUint(decoder)).toBe(2);
    expect(decoding.readVarUint(decoder)).toBe(0);
    expect(decoding.readVarString(decoder)).toBe("Kun læse");
  });
});
