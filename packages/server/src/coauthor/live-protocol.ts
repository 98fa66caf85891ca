import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as authProtocol from "y-protocols/auth";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

// The y-protocols messages of the live connection, as y-websocket's WebsocketProvider speaks them: sync (0),
// awareness (1), auth (2), awareness query (3). Pure functions from bytes to bytes, so the socket code stays small.

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

/** Close codes the browser shows in Danish (the contract in c0): the session ended, not allowed, no such draft, closed. */
export const closeCodes = {
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  closed: 4409,
  /** RFC 6455: a message too big to process */
  tooLarge: 1009,
  /** RFC 6455: a message that is not what the protocol allows */
  invalid: 1007,
} as const;

/** The largest message a client may send (an update, an awareness state): as much as a JSON body of the REST API. */
export const maxMessageBytes = 1024 * 1024;

export function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function permissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAuth);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** A client's message, decoded: what the socket must do with it. */
export type ClientMessage =
  | { kind: "sync-step-1"; stateVector: Uint8Array }
  | { kind: "update"; update: Uint8Array; step2: boolean }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "query-awareness" }
  | { kind: "ignored" };

/** Decodes one message; throws on bytes that are not a y-protocols message. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case messageSync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) return { kind: "sync-step-1", stateVector: payload };
      if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        return { kind: "update", update: payload, step2: syncType === syncProtocol.messageYjsSyncStep2 };
      }
      throw new Error(`unknown sync message ${syncType}`);
    }
    case messageAwareness:
      return { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
    case messageQueryAwareness:
      return { kind: "query-awareness" };
    default:
      // auth messages from a client, and types a newer client may send, change nothing here
      return { kind: "ignored" };
  }
}

/** The server's answer to a sync step 1: what the client lacks. */
export function syncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

/** Whether an update would change nothing (a read-only client's answer to the server's sync step 1 is one). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update);
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

/** The user as the server knows them: what every awareness state of their connection says about who they are. */
export interface AwarenessUser {
  id: string;
  name: string;
}

/**
 * An awareness update with each state's `user.id` and `user.name` set to the signed-in user's, so nobody can show up
 * as someone else; a colour the client chose is kept when it is a short string, `focus` is kept as given.
 */
export function stampAwareness(update: Uint8Array, user: AwarenessUser): Uint8Array {
  return awarenessProtocol.modifyAwarenessUpdate(update, (state: unknown) => {
    if (state === null || typeof state !== "object" || Array.isArray(state)) return state === null ? null : { user: { ...user } };
    const record = state as Record<string, unknown>;
    const given = record.user !== null && typeof record.user === "object" ? (record.user as Record<string, unknown>) : {};
    const color = typeof given.color === "string" && given.color.length <= 32 ? { color: given.color } : {};
    return { ...record, user: { ...color, ...user } };
  });
}
