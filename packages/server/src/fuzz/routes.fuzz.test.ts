import { apiRoutes, buildOpenApiDocument, ErrorBodySchema } from "@afrapport/schema/api";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserRole } from "../db/tables.js";
import { startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { fingerprintTables } from "../test-support/table-snapshot.js";
import type { TestClient, TestResponse } from "../test-support/test-app.js";
import { fuzzRuns, fuzzSeed, fuzzTimeout } from "./fuzz-settings.js";
import { jsonWriteRoutes, type FuzzRoute } from "./json-write-routes.js";
import { nastyBodyText, nastyLeaf, toJsonText } from "./nasty-json.js";
import { arbitraryFromSchema } from "./schema-arbitrary.js";

// Issue 14, item 8: every JSON write route of the OpenAPI document, sent arbitrary and near-valid bodies, path
// parameters and queries by a signed-in user of each role (valid CSRF token and Origin) and by a respondent with no
// session. Never a 5xx; every 4xx is a JSON error body; a rejected request leaves every table as it was.

const document = buildOpenApiDocument(apiRoutes) as Record<string, any>;
const components = (document.components?.schemas ?? {}) as Record<string, unknown>;
// The respondent's token routes first: later routes may close the campaign or renew the links they use.
const routes = jsonWriteRoutes(document).sort((a, b) => Number(b.path.startsWith("/api/respond/")) - Number(a.path.startsWith("/api/respond/")));
// A few hundred requests in the normal suite; AFRAPPORT_FUZZ_RUNS=20000 spreads that many over the routes.
const totalRuns = fuzzRuns(300);
const runsPerRoute = Math.max(4, Math.ceil(totalRuns / routes.length));

/**
 * Tables a rejected request may write by design: request counters of the rate limits (a refused hit counts too, so
 * hammering stays limited), and for sign-in the failure counters and the audit entry of a failed sign-in (issue 14,
 * item 3). No other table may change on a 4xx.
 */
const COUNTED_ON_ANY_REQUEST = new Set(["rate_limits"]);
const WRITTEN_ON_FAILED_LOGIN = new Set(["login_throttles", "login_known_addresses", "audit_log"]);

type Actor = UserRole | "respondent";
const ROLES: readonly UserRole[] = ["admin", "secretariat", "reviewer", "national"];
const ACTORS: readonly Actor[] = [...ROLES, "respondent"];

interface FuzzRequest {
  actor: Actor;
  params: string[];
  query: string;
  contentType: string;
  body: string | undefined;
}

/** Every UTF-8 byte percent-encoded: also text encodeURIComponent refuses (a lone surrogate). */
function percentEncode(text: string): string {
  return [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
}

/** Path segments that are not what the route wants, some of them malformed percent-encoding sent as is. */
const rawSegments = ["%", "%ZZ", "%00", "%C0%80", "%E0%A4%A", "..%2F..", "%2e%2e", "%FF%FE", "a%20b", "%F0%9F%92%A9"];

function paramArbitrary(likely: readonly string[], pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...(likely.length > 0 ? likely : pool)).map(encodeURIComponent), weight: 8 },
    { arbitrary: fc.constantFrom(...pool).map(encodeURIComponent), weight: 2 },
    { arbitrary: fc.constantFrom(...rawSegments), weight: 1 },
    { arbitrary: nastyLeaf.map((v) => percentEncode(typeof v === "string" ? v : toJsonText(v))), weight: 2 },
    { arbitrary: fc.constantFrom("a".repeat(5_000), "-1", "0", "1e309", "null").map(encodeURIComponent), weight: 1 },
  );
}

function queryArbitrary(route: FuzzRoute): fc.Arbitrary<string> {
  const declared = route.queryParams.map((q) => q.name);
  const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "a[b]", "x[]", ...declared, "limit"), fc.string({ maxLength: 8 }));
  const value = fc.oneof(nastyLeaf.map((v) => (typeof v === "string" ? v : toJsonText(v))), fc.string({ maxLength: 12 }));
  return fc.oneof(
    { arbitrary: fc.constant(""), weight: 4 },
    { arbitrary: fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`), weight: 2 },
    { arbitrary: fc.constantFrom("?%", "?a=%ZZ", "?a[b][c][d][e][f]=1", "?__proto__[x]=1", `?${"a=1&".repeat(2_000)}`), weight: 1 },
  );
}

function bodyArbitrary(route: FuzzRoute): fc.Arbitrary<string | undefined> {
  if (route.body === undefined) {
    return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }).map(toJsonText), weight: 1 }, { arbitrary: nastyBodyText, weight: 1 });
  }
  return fc.oneof(
    // Shaped as the schema says, so that some requests get through to the service and change things.
    { arbitrary: arbitraryFromSchema(route.body, { components, wildness: 0 }).map(toJsonText), weight: 3 },
    // The same with a nasty value, a missing or an unknown key here and there.
    { arbitrary: arbitraryFromSchema(route.body, { components, wildness: 1 }).map(toJsonText), weight: 4 },
    { arbitrary: nastyBodyText, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** Ids for each path parameter, by the segment before it: /campaigns/:id wants a campaign, /drafts/:draftId a draft. */
interface IdPools {
  all: string[];
  bySegment: Map<string, string[]>;
}

function likelyIds(route: FuzzRoute, name: string, pools: IdPools): string[] {
  const segments = route.path.split("/");
  const before = segments[segments.indexOf(`:${name}`) - 1] ?? "";
  return pools.bySegment.get(before) ?? [];
}

function requestArbitrary(route: FuzzRoute, pools: IdPools): fc.Arbitrary<FuzzRequest> {
  return fc.record({
    actor: fc.constantFrom(...ACTORS),
    params: fc.tuple(...route.pathParams.map((name) => paramArbitrary(likelyIds(route, name, pools), pools.all))),
    query: queryArbitrary(route),
    contentType: fc.oneof(
      { arbitrary: fc.constant("application/json"), weight: 8 },
      { arbitrary: fc.constantFrom("application/merge-patch+json", "application/json; charset=utf-16", "application/json; charset=latin1", "application/json; charset=nope"), weight: 1 },
    ),
    body: bodyArbitrary(route),
  });
}

function fillPath(route: FuzzRoute, params: readonly string[]): string {
  let i = 0;
  return route.path.replace(/:([A-Za-z_$][\w$]*)/g, () => params[i++] ?? "x");
}

function describeRequest(route: FuzzRoute, request: FuzzRequest, response: TestResponse): string {
  const body = request.body === undefined ? "(none)" : request.body.length > 300 ? `${request.body.slice(0, 300)}… (${request.body.length} chars)` : request.body;
  return `${route.method.toUpperCase()} ${fillPath(route, request.params)}${request.query.slice(0, 200)} as ${request.actor}, ${request.contentType}, body ${body} → ${response.status} ${response.text.slice(0, 500)}`;
}

describe("fuzzing every JSON write route (SQLite)", () => {
  let world: CampaignWorld;
  const clients = new Map<Actor, TestClient>();
  let pools: IdPools = { all: [], bySegment: new Map() };
  let fingerprint: Record<string, string>;
  let signIns = 0;
  /** Statuses seen per route, to show the requests got past the first checks, not only bounced off them. */
  const seen = new Map<string, Map<number, number>>();

  /** A new user of the role, signed in from an address of its own, so the fuzzed sign-ins never slow it down. */
  async function signIn(role: UserRole): Promise<TestClient> {
    const user = await world.app.createUser({ role });
    const client = world.app.client();
    const response = await client.post("/api/auth/login", { email: user.email, password: user.password }, { headers: { "x-forwarded-for": `10.14.8.${++signIns % 250}` } });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
    return client;
  }

  /** After a successful write the fuzzer may have signed a user out, disabled or demoted them: sign in anew if so. */
  async function keepSignedIn(): Promise<void> {
    for (const role of ROLES) {
      const me = await clients.get(role)!.get("/api/auth/me");
      if (me.status !== 200 || me.body?.user?.role !== role) clients.set(role, await signIn(role));
    }
  }

  /**
   * Ids that exist, so that near-valid requests reach real campaigns, respondents, users and drafts: for a path
   * segment such as "drafts", the ids of every table whose name ends in it (questionnaire_drafts), a few aliases
   * beside, and all of them together for the rest.
   */
  async function idPools(): Promise<IdPools> {
    const all = new Set<string>(["gravide-rusmiddel", "1084", "kommune-2019", "tilbud-2019", "x"]);
    const tokens = [...world.municipalities.slice(0, 3), world.offer].map((link) => link.token);
    const byTable = new Map<string, string[]>();
    for (const table of await world.app.db.introspection.getTables()) {
      if (!table.columns.some((c) => c.name === "id")) continue;
      const rows = await sql<{ id: unknown }>`select id from ${sql.table(table.name)} limit 6`.execute(world.app.db);
      byTable.set(table.name, rows.rows.map((row) => String(row.id)));
    }
    for (const ids of byTable.values()) ids.forEach((id) => all.add(id));
    tokens.forEach((token) => all.add(token));
    const segments = new Set(apiRoutes.flatMap((route) => route.path.split("/").filter((_segment, i, list) => list[i + 1]?.startsWith(":"))));
    const bySegment = new Map<string, string[]>();
    for (const segment of segments) {
      const ids = [...byTable].filter(([table]) => table === segment || table.endsWith(`_${segment}`)).flatMap(([, ids]) => ids);
      if (ids.length > 0) bySegment.set(segment, ids);
    }
    bySegment.set("respond", tokens);
    bySegment.set("reviewers", byTable.get("users") ?? []);
    bySegment.set("merge", byTable.get("respondents") ?? []);
    bySegment.set("announcements", [...(byTable.get("announcements") ?? []), "gravide-rusmiddel"]);
    return { all: [...all], bySegment };
  }

  beforeAll(async () => {
    // trust proxy lets each helper sign-in come from an address of its own (X-Forwarded-For).
    world = await startCampaignWorld("sqlite", { config: { trustProxy: true } });
    clients.set("respondent", world.respondent);
    for (const role of ROLES) clients.set(role, await signIn(role));
    const token = world.municipalities[0]!.token;
    const saved = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 0, answers: { respondentUnit: "Socialforvaltningen" } });
    expect(saved.status, saved.text).toBe(200);
    pools = await idPools();
    fingerprint = await fingerprintTables(world.app.db);
  });
  afterAll(async () => {
    await world?.app.close();
  });

  it("walks every JSON write route the contract declares", () => {
    const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
    const declared = apiRoutes.filter((r) => r.method !== "get" && (r.bodyContentType ?? "application/json") === "application/json");
    expect(routes.map(key).sort()).toEqual(declared.map(key).sort());
    expect(routes.length).toBeGreaterThanOrEqual(44);
    expect(routes.filter((r) => r.body !== undefined).length).toBeGreaterThanOrEqual(30);
  });

  it.each(routes.map((route, index) => [`${route.method.toUpperCase()} ${route.path}`, route, index] as const))(
    "%s: never a 5xx, every 4xx a JSON error, nothing stored on a rejection",
    async (_name, route, index) => {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route, pools), async (request) => {
          const client = clients.get(request.actor)!;
          const headers: Record<string, string> = { origin: world.app.baseUrl };
          if (request.body !== undefined) headers["content-type"] = request.contentType;
          const response = await client.raw(fillPath(route, request.params) + request.query, {
            method: route.method.toUpperCase(),
            headers,
            ...(request.body === undefined ? {} : { body: request.body }),
          });
          const what = describeRequest(route, request, response);
          const statuses = seen.get(route.path + route.method) ?? new Map<number, number>();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          seen.set(route.path + route.method, statuses);
          if (process.env.AFRAPPORT_FUZZ_STATS === "2" && response.status === 400) console.log(what.slice(0, 400));
          expect(response.status, what).toBeLessThan(500);
          const after = await fingerprintTables(world.app.db);
          if (response.status >= 400) {
            expect(response.headers.get("content-type") ?? "", what).toMatch(/^application\/json/);
            expect(ErrorBodySchema.safeParse(response.body).success, what).toBe(true);
            const changed = Object.keys(after)
              .filter((table) => after[table] !== fingerprint[table] && !COUNTED_ON_ANY_REQUEST.has(table))
              .filter((table) => route.path !== "/api/auth/login" || !WRITTEN_ON_FAILED_LOGIN.has(table));
            expect(changed, `stored on a rejection: ${what}`).toEqual([]);
            fingerprint = after;
          } else {
            await keepSignedIn();
            fingerprint = await fingerprintTables(world.app.db);
          }
        }),
        { numRuns: runsPerRoute, seed: fuzzSeed() + index, endOnFailure: true },
      );
    },
    fuzzTimeout(runsPerRoute, 500),
  );

  it("sent every route its runs, and got past validation into the services", () => {
    const total = (filter: (status: number) => boolean) =>
      [...seen.values()].reduce((sum, statuses) => sum + [...statuses].filter(([status]) => filter(status)).reduce((n, [, count]) => n + count, 0), 0);
    if (process.env.AFRAPPORT_FUZZ_STATS) {
      console.log([...seen].map(([route, statuses]) => `${route}: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(" ")}`).join("\n"));
    }
    expect(seen.size).toBe(routes.length);
    expect(total(() => true)).toBe(routes.length * runsPerRoute);
    expect(total((status) => status >= 200 && status < 300)).toBeGreaterThan(0);
    expect(total((status) => status === 409 || status === 404 || status === 422 || status === 403)).toBeGreaterThan(0);
  });
});
