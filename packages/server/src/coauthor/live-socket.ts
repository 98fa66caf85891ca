import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Request } from "express";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import type { AppDeps, ResolvedAppDeps } from "../app-deps.js";
import type { SessionUser } from "../auth/current-user.js";
import { sameHost } from "../auth/origin-check.js";
import { findSessionWithUser } from "../auth/session.repository.js";
import { ABSOLUTE_LIFETIME_MS, hashSessionValue, readCookie, SESSION_COOKIE } from "../auth/session.js";
import { findDraftRow } from "../draft/draft.repository.js";
import { liveAccess } from "./live-access.js";
import { type LiveHub, liveHub } from "./live-hub.js";
import { awarenessMessage, closeCodes, decodeClientMessage, isEmptyUpdate, maxMessageBytes, permissionDenied, stampAwareness, syncStep1, syncStep2 } from "./live-protocol.js";
import type { ChangeOrigin, LiveConnection, LiveRoom } from "./live-room.js";

// The live endpoint: ws(s)://<host>/api/questionnaires/drafts/<draftId>/live on the app's own HTTP server, speaking
// y-protocols (y-websocket's WebsocketProvider connects to it). The upgrade is always accepted and then closed with
// a code the browser can read (an HTTP status of a refused upgrade never reaches the page's script).

const livePath = /^\/api\/questionnaires\/drafts\/([^/]+)\/live$/;
/** How often sockets are pinged (one that did not answer the last ping is dropped) and their session checked. */
export const heartbeatMs = 30_000;
/** A client that cannot keep up with this much unsent data is dropped; its next sync brings it up to date. */
const maxBufferedBytes = 16 * 1024 * 1024;
const sessionValue = /^[A-Za-z0-9_-]{43}$/;

export interface LiveEndpoint {
  hub: LiveHub;
  /** Closes every socket (1001 going away), writes the rooms' revisions, stops listening. */
  close(): Promise<void>;
}

/** The signed-in user of a session cookie, or undefined for none, an expired one or a disabled user. */
async function sessionOf(deps: ResolvedAppDeps, idHash: string): Promise<SessionUser | undefined> {
  const found = await findSessionWithUser(deps.db, idHash);
  if (found === undefined) return undefined;
  const now = deps.now().getTime();
  const absoluteEnd = Date.parse(found.createdAt) + Math.max(ABSOLUTE_LIFETIME_MS, deps.config.sessionTtlHours * 3600_000);
  if (Date.parse(found.expiresAt) <= now || absoluteEnd <= now || found.user.disabledAt !== null) return undefined;
  const { disabledAt: _disabled, ...user } = found.user;
  return user;
}

function originAllowed(deps: ResolvedAppDeps, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  // Browsers always send Origin on a WebSocket; a client without one is no page riding on someone's cookie.
  if (origin === undefined) return true;
  return origin === new URL(deps.config.publicUrl).origin || sameHost(origin, req.headers.host);
}

const bytesOf = (data: RawData): Uint8Array =>
  Array.isArray(data) ? new Uint8Array(Buffer.concat(data)) : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** Attaches the live endpoint to the server the app listens on; main.ts and the tests both use it. */
export async function attachLiveEndpoint(server: Server, input: AppDeps): Promise<LiveEndpoint> {
  const deps: ResolvedAppDeps = { ...input, now: input.now ?? (() => new Date()) };
  const hub = liveHub(deps);
  await hub.start();
  hub.attached = true;
  const maxEarlyMessages = 16;
  // A frame much larger than a change may be is refused by ws itself (1009) before it is buffered, also before the
  // session is checked; one just over the limit gets our own close reason below.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes + 64 * 1024 });
  const sockets = new Map<string, Set<WebSocket>>();
  const alive = new WeakSet<WebSocket>();
  const sessions = new WeakMap<WebSocket, string>();

  hub.onDraftClosed = (draftId, code, reason) => {
    for (const ws of sockets.get(draftId) ?? []) ws.close(code, reason);
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const match = livePath.exec(path);
    if (!match) return;
    const draftId = decodeURIComponent(match[1] as string);
    wss.handleUpgrade(req, socket, head, (ws) => void accept(ws, req, draftId));
  };
  server.on("upgrade", onUpgrade);

  async function accept(ws: WebSocket, req: IncomingMessage, draftId: string): Promise<void> {
    const early: RawData[] = [];
    // a client sends a sync step and an awareness state before it is answered; more than that is not a client of ours
    const queue = (data: RawData) => {
      if (early.length >= maxEarlyMessages) ws.close(closeCodes.tooLarge, "Too many messages before the connection was accepted.");
      else early.push(data);
    };
    ws.on("message", queue);
    ws.on("error", () => ws.terminate());
    alive.add(ws);
    ws.on("pong", () => alive.add(ws));
    try {
      if (!originAllowed(deps, req)) return ws.close(closeCodes.forbidden, "Only pages of this site may connect.");
      const cookie = readCookie(req as Request, SESSION_COOKIE);
      if (cookie === undefined || !sessionValue.test(cookie)) return ws.close(closeCodes.unauthenticated, "Sign in to continue.");
      const idHash = hashSessionValue(cookie);
      const user = await sessionOf(deps, idHash);
      if (user === undefined) return ws.close(closeCodes.unauthenticated, "Sign in to continue.");
      const draft = await findDraftRow(deps.db, draftId);
      const access = draft === undefined ? null : liveAccess(user, draft);
      if (draft === undefined || access === null) return ws.close(closeCodes.notFound, `There is no draft ${draftId.slice(0, 100)}.`);
      if (draft.closed_at !== null) return ws.close(closeCodes.closed, draft.published_version_id === null ? "The draft was discarded." : `The draft was published as ${draft.published_version_id}.`);
      if (ws.readyState !== ws.OPEN) return;
      const room = await hub.join(draftId);
      if (ws.readyState !== ws.OPEN) return hub.leave(draftId);
      sessions.set(ws, idHash);
      let members = sockets.get(draftId);
      if (members === undefined) sockets.set(draftId, (members = new Set()));
      members.add(ws);
      const connection = connect(ws, room, user, access);
      ws.on("close", () => {
        room.connections.delete(connection);
        awarenessProtocol.removeAwarenessStates(room.awareness, [...connection.awarenessIds], null);
        members.delete(ws);
        if (members.size === 0 && sockets.get(draftId) === members) sockets.delete(draftId);
        hub.leave(draftId);
      });
      ws.off("message", queue);
      const handle = handler(ws, room, connection, user, access);
      ws.on("message", handle);
      for (const data of early) handle(data);
    } catch (error) {
      console.error(`Opening the live connection to draft ${draftId} failed`, error);
      ws.close(1011, "The draft could not be opened; try again.");
    }
  }

  function connect(ws: WebSocket, room: LiveRoom, user: SessionUser, _access: "edit" | "comment"): LiveConnection {
    const connection: LiveConnection = {
      userId: user.id,
      awarenessIds: new Set(),
      send: (message) => {
        if (ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > maxBufferedBytes) return ws.terminate();
        ws.send(message, { binary: true });
      },
    };
    room.connections.add(connection);
    connection.send(syncStep1(room.doc));
    const states = [...room.awareness.getStates().keys()];
    if (states.length > 0) connection.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(room.awareness, states)));
    return connection;
  }

  function handler(ws: WebSocket, room: LiveRoom, connection: LiveConnection, user: SessionUser, access: "edit" | "comment") {
    const origin: ChangeOrigin = { kind: "client", connection, userId: user.id };
    return (data: RawData) => {
      const bytes = bytesOf(data);
      if (bytes.byteLength > maxMessageBytes) {
        return ws.close(closeCodes.tooLarge, `The change is too large (${bytes.byteLength} bytes; at most ${maxMessageBytes}); nothing of it was stored.`);
      }
      try {
        const message = decodeClientMessage(bytes);
        switch (message.kind) {
          case "sync-step-1":
            return connection.send(syncStep2(room.doc, message.stateVector));
          case "update":
            if (access !== "edit") {
              if (!isEmptyUpdate(message.update)) connection.send(permissionDenied("Read-only: you may follow this draft and comment, not change it."));
              return;
            }
            Y.applyUpdate(room.doc, message.update, origin);
            return;
          case "awareness":
            awarenessProtocol.applyAwarenessUpdate(room.awareness, stampAwareness(message.update, { id: user.id, name: user.name }), connection);
            return;
          case "query-awareness":
            return connection.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...room.awareness.getStates().keys()])));
          case "ignored":
            return;
        }
      } catch {
        ws.close(closeCodes.invalid, "The message is not a y-protocols message this server understands.");
      }
    };
  }

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
      const idHash = sessions.get(ws);
      if (idHash !== undefined) {
        void sessionOf(deps, idHash).then(
          (user) => user === undefined && ws.close(closeCodes.unauthenticated, "Your session ended; sign in again."),
          () => {},
        );
      }
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    hub,
    close: async () => {
      clearInterval(heartbeat);
      server.off("upgrade", onUpgrade);
      for (const ws of wss.clients) ws.close(1001, "The server is stopping.");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      hub.attached = false;
      await hub.close();
    },
  };
}
