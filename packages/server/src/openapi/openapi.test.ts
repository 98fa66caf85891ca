import type express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { createExpressApp } from "../app.js";
import { createTestDatabase, dialects, type TestDatabase } from "../test-support/dialects.js";
import { dropTestDatabase, startTestApp, type TestApp } from "../test-support/test-app.js";
import { apiRoutes } from "@afrapport/schema/api";

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  rawPath?: string | string[];
}

/** Every method + path express has a route for, with the paths of the routers they are mounted under. */
function expressRoutes(app: express.Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const [method, on] of Object.entries(layer.route.methods)) {
            if (on && method !== "_all") found.push(`${method} ${prefix}${path}`);
          }
        }
      } else if (layer.handle.stack) {
        const mount = typeof layer.rawPath === "string" && layer.rawPath !== "/" ? layer.rawPath : "";
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, "");
  return found;
}


describe("the OpenAPI document", () => {
  let database: TestDatabase | undefined;
  let app: TestApp | undefined;
  afterEach(async () => {
    if (database) await dropTestDatabase(database);
    await app?.close();
    database = app = undefined;
  });

  it("mounts every route the contract declares, and only those", async () => {
    database = await createTestDatabase(dialects[0]!);
    const expressApp = createExpressApp({
      db: database.db,
      config: { port: 0, host: "127.0.0.1", database: { dialect: "sqlite", path: ":memory:" }, publicUrl: "http://localhost", sessionTtlHours: 1, maxUploadBytes: 1, attachmentQuota: { perResponseBytes: 1, perCampaignBytes: 1 }, trustProxy: false, linkKey: Buffer.alloc(32) },
      staticDir: null,
    });
    const routes = expressRoutes(expressApp);
    expect(routes).toEqual(expect.arrayContaining(["post /api/auth/login", "get /api/users", "patch /api/users/:id", "get /api/openapi.json"]));
    const declared = apiRoutes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(declared).size, "a route declared twice in the contract").toBe(declared.length);
    expect(routes.filter((r) => !declared.includes(r)), "routes express has that the contract does not declare").toEqual([]);
    expect(declared.filter((d) => !routes.includes(d)), "routes the contract declares that express does not mount").toEqual([]);
  });

  it("is served at /api/openapi.json, is OpenAPI 3.1 with unique operationIds, and every 4xx uses the error body", async () => {
    app = await startTestApp(dialects[0]!);
    const res = await app.client().get("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = res.body as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas.ErrorBody).toMatchObject({ type: "object", required: ["error"] });
    const ids: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\/api\//);
      expect(path).not.toContain(":");
      for (const name of path.match(/\{(\w+)\}/g) ?? []) {
        for (const op of Object.values(ops)) expect(op.parameters?.some((p) => `{${p.name}}` === name && p.in === "path")).toBe(true);
      }
      for (const op of Object.values(ops)) {
        ids.push(op.operationId);
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) >= 400) {
            const schema = response.content?.["application/json"]?.schema as { $ref?: string; allOf?: { $ref?: string }[] } | undefined;
            const ref = schema?.$ref ?? schema?.allOf?.[0]?.$ref;
            expect(ref, `${path} ${status}`).toBe("#/components/schemas/ErrorBody");
          }
        }
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    // JSON Schema from zod, with $refs that resolve inside the document
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const target = ref.slice(8, -1);
      expect(target.startsWith("#/components/schemas/")).toBe(true);
      expect(doc.components.schemas[decodeURIComponent(target.slice("#/components/schemas/".length))]).toBeDefined();
    }
    const login = doc.paths["/api/auth/login"]!.post! as unknown as { requestBody: { content: { "application/json": { schema: Record<string, unknown> } } } };
    expect(login.requestBody.content["application/json"].schema).toMatchObject({ type: "object", required: ["email", "password"], additionalProperties: false });
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
  });
});
