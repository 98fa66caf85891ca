import { randomBytes } from "node:crypto";
import { NewUserSchema } from "@afrapport/schema/api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import { inject } from "vitest";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import WebSocket from "ws";
import { createApp } from "../app.js";
import type { Config } from "../config.js";
import { openDatabase, type DatabaseHandle, type DialectName } from "../db/database.js";
import { prepareDatabase } from "../prepare-database.js";
import type { Database, UserRole } from "../db/tables.js";
import { listeningTestServer } from "../test-support/test-app.js";
import { createUser } from "../user/user.service.js";
import { attachLiveEndpoint, type LiveEndpoint } from "./live-socket.js";
import { messageAuth, messageAwareness, messageSync, syncStep1, updateMessage } from "./live-protocol.js";

// Test support for co-authoring: the app with its live endpoint on a database the test owns (so it can be stopped
// and started again on the same data, or run twice on one PostgreSQL), signed-in HTTP clients, and a Node client
// that speaks y-protocols as y-websocket's WebsocketProvider does.

/** A database the test owns, with where it is, so it can be opened again (a restart, a second process). */
export interface LiveDatabase {
  location: Config["database"];
  open(): DatabaseHandle;
  drop(): Promise<void>;
}

export async function createLiveDatabase(dialect: DialectName): Promise<LiveDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "afrapport-live-"));
    const location = { dialect: "sqlite" as const, path: join(dir, "live.sqlite") };
    const first = openDatabase(location);
    await prepareDatabase(first.db);
    await first.close();
    return { location, open: () => openDatabase(location), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = inject("postgresUrl");
  if (adminUrl === null) throw new Error("PostgreSQL is not available for this test run");
  const name = `afrapport_live_${randomBytes(6).toString("hex")}`;
  const admin = openDatabase({ dialect: "postgres", url: adminUrl });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const location = { dialect: "postgres" as const, url: url.toString() };
  const first = openDatabase(location);
  await prepareDatabase(first.db);
  await first.close();
  return {
    location,
    open: () => openDatabase(location),
    drop: async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

export interface LiveApp {
  baseUrl: string;
  endpoint: LiveEndpoint;
  close(): Promise<void>;
}

export async function startLiveApp(db: Kysely<Database>, database: Config["database"], options: { now?: () => Date } = {}): Promise<LiveApp> {
  const { server, baseUrl, config } = await listeningTestServer(database);
  const deps = { db, config, staticDir: null, checkResponses: true, ...(options.now ? { now: options.now } : {}) };
  server.on("request", createApp(deps));
  const endpoint = await attachLiveEndpoint(server, deps);
  return {
    baseUrl,
    endpoint,
    close: async () => {
      await endpoint.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export async function makeUser(db: Kysely<Database>, role: UserRole, regionCode: string | null = role === "secretariat" ? "1084" : null, name = `Test ${role}`) {
  const password = `pw-${randomBytes(12).toString("base64url")}`;
  const email = `user-${randomBytes(6).toString("hex")}@example.dk`;
  const result = await createUser(db, NewUserSchema.parse({ email, name, role, regionCode, password }), "system", new Date());
  if (!result.ok) throw new Error(`createUser failed: ${result.error.code}`);
  return { id: result.user.id, email, password, name };
}

/** A signed-in HTTP client of one app (the session works on every app of the same database). */
export interface Session {
  userId: string;
  cookie: string;
  csrf: string;
  request(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

export async function signIn(baseUrl: string, user: { id: string; email: string; password: string }): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: user.email, password: user.password }) });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    userId: user.id,
    cookie,
    csrf: csrfToken,
    request: async (base, method, path, body) => {
      const result = await fetch(base + path, {
        method,
        headers: { cookie, "x-csrf-token": csrfToken, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await result.text();
      return { status: result.status, body: text === "" ? undefined : JSON.parse(text) };
    },
  };
}

/**
 * A live client in Node: a Y.Doc kept in sync with the server over y-protocols, sending its own changes as they are
 * made, like the browser's WebsocketProvider. It can go offline (close) and come back (connect).
 */
export class LiveClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  ws: WebSocket | undefined;
  synced = false;
  closed: { code: number; reason: string } | undefined;
  denied: string[] = [];
  private readonly remote = Symbol("remote");

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this.remote && this.ws?.readyState === WebSocket.OPEN) this.ws.send(updateMessage(update));
    });
    this.awareness.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === this.remote || this.ws?.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]));
      this.ws.send(encoding.toUint8Array(encoder));
    });
  }

  static forDraft(baseUrl: string, draftId: string, session: { cookie: string } | undefined, origin: string | null = baseUrl): LiveClient {
    const headers: Record<string, string> = {};
    if (session) headers.cookie = session.cookie;
    if (origin !== null) headers.origin = origin;
    return new LiveClient(`${baseUrl.replace(/^http/, "ws")}/api/questionnaires/drafts/${encodeURIComponent(draftId)}/live`, headers);
  }

  /** Connects and resolves once synced, or rejects with the close code when the server sends it away. */
  connect(): Promise<void> {
    this.synced = false;
    this.closed = undefined;
    const ws = new WebSocket(this.url, { headers: this.headers });
    ws.binaryType = "nodebuffer";
    this.ws = ws;
    return new Promise((resolve, reject) => {
      ws.on("open", () => {
        ws.send(syncStep1(this.doc));
        if (this.awareness.getLocalState() !== null) {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, messageAwareness);
          encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
          ws.send(encoding.toUint8Array(encoder));
        }
      });
      ws.on("message", (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const type = decoding.readVarUint(decoder);
        if (type === messageSync) {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, messageSync);
          const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this.remote);
          if (encoding.length(encoder) > 1) ws.send(encoding.toUint8Array(encoder));
          if (syncType === syncProtocol.messageYjsSyncStep2 && !this.synced) {
            this.synced = true;
            resolve();
          }
        } else if (type === messageAwareness) {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this.remote);
        } else if (type === messageAuth) {
          decoding.readVarUint(decoder);
          this.denied.push(decoding.readVarString(decoder));
        }
      });
      ws.on("close", (code, reason) => {
        this.closed = { code, reason: reason.toString() };
        if (!this.synced) reject(Object.assign(new Error(`closed ${code}: ${reason.toString()}`), { code }));
      });
      ws.on("error", (error) => reject(error));
    });
  }

  /** Goes offline; the document keeps what is edited meanwhile and sends it on the next connect. */
  disconnect(): Promise<void> {
    const ws = this.ws;
    this.ws = undefined;
    if (ws === undefined || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once("close", () => resolve());
      ws.close();
    });
  }

  /** Sends raw bytes (for tests of what the server refuses). */
  sendRaw(bytes: Uint8Array): void {
    this.ws?.send(bytes);
  }

  /** Resolves once the socket is closed, with its code and reason. */
  whenClosed(): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => this.ws?.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  }
}

/** Waits until `check` holds (polling), failing with `what` after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
