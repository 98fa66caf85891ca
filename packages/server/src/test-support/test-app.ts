import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NewUserSchema } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { createApp } from "../app.js";
import type { SessionUser } from "../auth/current-user.js";
import type { Config } from "../config.js";
import type { DialectName } from "../db/database.js";
import type { Database, UserRole } from "../db/tables.js";
import { createUser } from "../user/user.service.js";
import { createTestDatabase, type TestDatabase } from "./dialects.js";

// The global setup (outside this package's tsconfig) declares this; repeated here so `tsc` sees it too.
declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export interface TestResponse {
  status: number;
  /** Parsed JSON when the response is JSON, else undefined. */
  body: any;
  headers: Headers;
  /** The body decoded as UTF-8, byte order mark included. */
  text: string;
}

export interface TestRequestInit extends RequestInit {
  /** The X-CSRF-Token to send: default the session's (after login), false to send none, or a string of your own. */
  csrf?: string | false;
}

/**
 * A tiny fetch wrapper with a cookie jar. After a login (or GET /api/auth/me) through it, it sends the CSRF
 * header on POST, PUT, PATCH and DELETE by itself. A body given to get/post/… is sent as JSON.
 */
export interface TestClient {
  get(path: string, body?: unknown, init?: TestRequestInit): Promise<TestResponse>;
  post(path: string, body?: unknown, init?: TestRequestInit): Promise<TestResponse>;
  put(path: string, body?: unknown, init?: TestRequestInit): Promise<TestResponse>;
  patch(path: string, body?: unknown, init?: TestRequestInit): Promise<TestResponse>;
  delete(path: string, body?: unknown, init?: TestRequestInit): Promise<TestResponse>;
  /** Sends init as given (multipart, malformed JSON, odd headers), with the jar's cookies and the CSRF header. */
  raw(path: string, init?: TestRequestInit): Promise<TestResponse>;
  /** The signed-in user, once login or /api/auth/me answered. */
  user: SessionUser | undefined;
  csrfToken: string | undefined;
  cookies: Map<string, string>;
}

export interface TestApp {
  baseUrl: string;
  db: Kysely<Database>;
  config: Config;
  close(): Promise<void>;
  client(): TestClient;
  createUser(input: { role: UserRole; regionCode?: string | null; email?: string; password?: string; name?: string }): Promise<{ id: string; email: string; password: string }>;
  /** Creates a user of that role and returns a client signed in as it. */
  login(input: { role: UserRole; regionCode?: string | null }): Promise<TestClient>;
}

/**
 * A server listening on an ephemeral port of 127.0.0.1, with the configuration a test app runs under (its public URL
 * that address); the caller attaches the app.
 */
export async function listeningTestServer(database: Config["database"], overrides: Partial<Config> = {}): Promise<{ server: Server; baseUrl: string; config: Config }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const config: Config = {
    port,
    host: "127.0.0.1",
    database,
    publicUrl: baseUrl,
    sessionTtlHours: 12,
    maxUploadBytes: 20 * 1024 * 1024,
    attachmentQuota: { perResponseBytes: 100 * 1024 * 1024, perCampaignBytes: 2048 * 1024 * 1024 },
    trustProxy: false,
    linkKey: randomBytes(32),
    ...overrides,
  };
  return { server, baseUrl, config };
}

/**
 * The real app on a fresh, migrated database of the given dialect, listening on an ephemeral port of 127.0.0.1.
 * close() stops the server and drops the database.
 */
export async function startTestApp(
  dialect: DialectName,
  options: { now?: () => Date; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  // The app gets the open handle below; this only says which kind of database it is.
  const { server, baseUrl, config } = await listeningTestServer(
    dialect === "sqlite" ? { dialect: "sqlite", path: ":memory:" } : { dialect: "postgres", url: "postgres://test" },
    options.config,
  );
  const app = createApp({ db: database.db, config, ...(options.now ? { now: options.now } : {}), staticDir: null, checkResponses: true });
  server.on("request", app);

  const now = options.now ?? (() => new Date());
  const testApp: TestApp = {
    baseUrl,
    db: database.db,
    config,
    close: async () => {
      await closeServer(server);
      await dropTestDatabase(database);
    },
    client: () => createClient(baseUrl),
    createUser: async (input) => {
      const password = input.password ?? `pw-${randomBytes(12).toString("base64url")}`;
      const email = input.email ?? `user-${randomBytes(6).toString("hex")}@example.dk`;
      const regionCode = input.regionCode === undefined ? (input.role === "secretariat" ? "1084" : null) : input.regionCode;
      const parsed = NewUserSchema.parse({ email, name: input.name ?? `Test ${input.role}`, role: input.role, regionCode, password });
      const result = await createUser(database.db, parsed, "system", now());
      if (!result.ok) throw new Error(`createUser failed: ${result.error.code}`);
      return { id: result.user.id, email: result.user.email, password };
    },
    login: async (input) => {
      const user = await testApp.createUser(input);
      const client = createClient(baseUrl);
      const response = await client.post("/api/auth/login", { email: user.email, password: user.password });
      if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
      return client;
    },
  };
  return testApp;
}

/** Drops a database from createTestDatabase. */
export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  await database.drop();
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function createClient(baseUrl: string): TestClient {
  const client: TestClient = {
    user: undefined,
    csrfToken: undefined,
    cookies: new Map(),
    get: (path, body, init) => json("GET", path, body, init),
    post: (path, body, init) => json("POST", path, body, init),
    put: (path, body, init) => json("PUT", path, body, init),
    patch: (path, body, init) => json("PATCH", path, body, init),
    delete: (path, body, init) => json("DELETE", path, body, init),
    raw: (path, init = {}) => send(path, init),
  };

  function json(method: string, path: string, body: unknown, init: TestRequestInit = {}): Promise<TestResponse> {
    const headers = new Headers(init.headers);
    if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
    return send(path, { ...init, method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  }

  async function send(path: string, init: TestRequestInit): Promise<TestResponse> {
    const { csrf, ...requestInit } = init;
    const headers = new Headers(requestInit.headers);
    if (client.cookies.size > 0 && !headers.has("cookie")) {
      headers.set("cookie", [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const method = (requestInit.method ?? "GET").toUpperCase();
    const token = csrf === undefined ? client.csrfToken : csrf;
    if (UNSAFE.has(method) && token !== false && token !== undefined && !headers.has("x-csrf-token")) headers.set("x-csrf-token", token);
    const response = await fetch(baseUrl + path, { ...requestInit, method, headers, redirect: "manual" });
    storeCookies(client.cookies, response.headers);
    // ignoreBOM keeps a byte order mark in `text` (response.text() would drop it), so CSV tests can see it.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    let body: any;
    if ((response.headers.get("content-type") ?? "").includes("json") && text !== "") body = JSON.parse(text);
    if (body && typeof body === "object" && typeof body.csrfToken === "string") {
      client.csrfToken = body.csrfToken;
      if (body.user && typeof body.user === "object") client.user = body.user as SessionUser;
    }
    if (path.startsWith("/api/auth/logout") && response.status < 300) {
      client.csrfToken = undefined;
      client.user = undefined;
    }
    return { status: response.status, body, headers: response.headers, text };
  }

  return client;
}

function storeCookies(jar: Map<string, string>, headers: Headers): void {
  for (const line of headers.getSetCookie()) {
    const [pair = "", ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq === -1) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => {
      const [key = "", val = ""] = a.split("=").map((s) => s.trim());
      if (key.toLowerCase() === "max-age") return Number(val) <= 0;
      if (key.toLowerCase() === "expires") return Date.parse(val) <= Date.now();
      return false;
    });
    if (expired || value === "") jar.delete(name);
    else jar.set(name, value);
  }
}
