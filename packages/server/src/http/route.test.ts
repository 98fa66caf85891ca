import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { defineRoute } from "@afrapport/schema/api";
import express, { Router } from "express";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { errorMiddleware } from "./error-middleware.js";
import { HttpError } from "./http-error.js";
import { API_PREFIX, CHECK_RESPONSES, mountRoute } from "./route.js";

const thing = defineRoute({
  method: "post",
  path: "/api/things/:id",
  summary: "test route",
  tags: ["test"],
  auth: "none",
  params: z.strictObject({ id: z.string().regex(/^\d+$/) }),
  query: z.strictObject({ drift: z.enum(["none", "body", "status", "error"]).default("none") }),
  body: z.strictObject({ name: z.string().min(1) }),
  responses: {
    201: { description: "made", schema: z.object({ id: z.number(), name: z.string() }) },
    409: { description: "taken", schema: z.object({ current: z.string() }) },
  },
});

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function start(check: boolean): Promise<string> {
  const app = express();
  if (check) app.set(CHECK_RESPONSES, true);
  app.use(express.json());
  const router = Router();
  mountRoute(router, thing, async ({ params, query, body }, _req, res) => {
    if (query.drift === "body") return { status: 201, body: { id: params.id, name: body.name } as never };
    if (query.drift === "status") {
      res.status(200).json({ id: 1, name: body.name });
      return;
    }
    if (query.drift === "error") throw new HttpError("conflict", "taken", undefined, { current: 5 });
    return { status: 201, body: { id: Number(params.id), name: body.name } };
  });
  app.use(API_PREFIX, router);
  app.use(errorMiddleware(() => {}));
  server = createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const post = (base: string, path: string, body: unknown) =>
  fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("mountRoute", () => {
  it("parses params, query and body with the contract's schemas and sends the reply", async () => {
    const base = await start(true);
    const res = await post(base, "/api/things/7", { name: "Ny" });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 7, name: "Ny" });
  });

  it("answers 400 naming the field for bad params, query or body", async () => {
    const base = await start(true);
    for (const [path, body, field] of [
      ["/api/things/x", { name: "a" }, "id"],
      ["/api/things/1?drift=maybe", { name: "a" }, "drift"],
      ["/api/things/1", { name: "" }, "name"],
      ["/api/things/1", { name: "a", extra: 1 }, "extra"],
    ] as const) {
      const res = await post(base, path, body);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
    }
  });

  it("with response checks on, a body, status or error body that drifts from the contract becomes a 500", async () => {
    const base = await start(true);
    for (const drift of ["body", "status", "error"]) {
      const res = await post(base, `/api/things/1?drift=${drift}`, { name: "a" });
      expect(res.status, drift).toBe(500);
    }
  });

  it("without response checks (production) sends what the handler made", async () => {
    const base = await start(false);
    expect((await post(base, "/api/things/1?drift=body", { name: "a" })).status).toBe(201);
    expect((await post(base, "/api/things/1?drift=status", { name: "a" })).status).toBe(200);
    expect((await post(base, "/api/things/1?drift=error", { name: "a" })).status).toBe(409);
  });
});
