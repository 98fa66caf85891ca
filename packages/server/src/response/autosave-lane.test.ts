import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { JSON_LIMIT, securityHeaderValues } from "../app.js";
import { startCampaignWorld, storedState, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { generateToken } from "../invite/invite-token.js";
import { withAutosaveLane } from "./autosave-lane.js";

// The lane itself, in front of a stand-in for the Express app that says what it was handed: which requests the lane
// answers, which it passes on untouched (body unread) and which with their body parsed. What the Express app then
// answers is covered through the whole app by respond.routes.test.ts and autosave.service.test.ts.

interface HandedOver {
  handedOver: true;
  /** whether the lane had read the body (then it is in req.body) */
  read: boolean;
  body: unknown;
}

describe("the autosave lane", () => {
  let world: CampaignWorld;
  let server: Server;
  let base: string;
  const headers = securityHeaderValues(false, true);

  /** what the save's clock does: tells the time, or fails (a stand-in for anything failing inside the save) */
  let clockFails = false;

  beforeEach(async () => {
    world = await startCampaignWorld("sqlite");
    clockFails = false;
    const now = () => {
      if (clockFails) throw new Error("the clock failed");
      return world.clock.now();
    };
    const deps = { db: world.app.db, config: world.app.config, now };
    const standIn = (req: IncomingMessage & { body?: unknown }, res: import("node:http").ServerResponse) => {
      const reply: HandedOver = { handedOver: true, read: req.complete, body: req.body };
      res.writeHead(299, { "Content-Type": "application/json" }).end(JSON.stringify(reply));
    };
    server = createServer(withAutosaveLane(standIn, deps, { maxBodyBytes: JSON_LIMIT, headers, checkResponses: true }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await world.app.close();
  });

  const put = (path: string, body: string, extra: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: "PUT", headers: { "Content-Type": "application/json", ...extra }, body });
  const answersOf = (token: string) => `/api/respond/${token}/answers`;

  it("saves an ordinary autosave itself, with the API's headers, and appends the revision", async () => {
    const { token } = world.municipalities[0]!;
    const response = await put(answersOf(token), JSON.stringify({ baseRevision: 0, answers: validKommuneAnswers }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revision: 1 });
    for (const [name, value] of Object.entries(headers)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await storedState(world.app, token)).revisions.map((r) => r.revision)).toEqual([1]);
  });

  it("answers a stale save with the service's 409 and both versions, as the error middleware would", async () => {
    const { token } = world.municipalities[0]!;
    await put(answersOf(token), JSON.stringify({ baseRevision: 0, answers: { respondentUnit: "A" } }));
    await put(answersOf(token), JSON.stringify({ baseRevision: 1, answers: { respondentUnit: "B" } }));
    // based on revision 1, it changes what revision 2 changed too, differently
    const stale = await put(answersOf(token), JSON.stringify({ baseRevision: 1, answers: { respondentUnit: "C" } }));
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { code: string } };
    expect(body.error.code).toBe("stale_revision");
    expect(body).toHaveProperty("conflicts");
    expect(stale.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a failure inside the save with the error middleware's 500, saying nothing of it, and goes on serving", async () => {
    const { token } = world.municipalities[0]!;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      clockFails = true;
      const failed = await put(answersOf(token), JSON.stringify({ baseRevision: 0, answers: { respondentUnit: "A" } }));
      expect(failed.status).toBe(500);
      expect(((await failed.json()) as { error: { code: string; message: string } }).error).toEqual({
        code: "internal",
        message: "Something went wrong on the server. Nothing was saved by the failed request.",
      });
      expect(logged).toHaveBeenCalledWith("Unhandled error", expect.objectContaining({ message: "the clock failed" }));
    } finally {
      logged.mockRestore();
    }
    clockFails = false;
    const saved = await put(answersOf(token), JSON.stringify({ baseRevision: 0, answers: { respondentUnit: "A" } }));
    expect(saved.status).toBe(200);
    expect((await storedState(world.app, token)).revisions.map((r) => r.revision)).toEqual([1]);
  });

  it("refuses a body that is not JSON, or JSON that is not an object or array, as body-parser would", async () => {
    const { token } = world.municipalities[0]!;
    for (const text of ["{not json", '"just a string"', "null"]) {
      const response = await put(answersOf(token), text);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "malformed_json", message: "The request body is not valid JSON." } });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect((await storedState(world.app, token)).revisions).toEqual([]);
  });

  it("passes on untouched what it does not take: another method or path, a query, a malformed token, a body that is not plain JSON, another site's request", async () => {
    const { token } = world.municipalities[0]!;
    const body = JSON.stringify({ baseRevision: 0, answers: {} });
    const untouched = [
      await fetch(`${base}${answersOf(token)}`),
      await put(`/api/respond/${token}/submit`, body),
      await put(`${answersOf(token)}?x=1`, body),
      await put(`${answersOf(token)}/`, body),
      await put(answersOf("not-a-token"), body),
      await put(answersOf(token), body, { "Content-Type": "text/plain" }),
      await put(answersOf(token), body, { "Content-Type": "application/json; charset=latin1" }),
      await put(answersOf(token), body, { "Content-Encoding": "gzip" }),
      await put(answersOf(token), body, { Origin: "https://evil.example" }),
      await put(answersOf(token), body, { "Sec-Fetch-Site": "cross-site" }),
      await put(answersOf(token), JSON.stringify({ baseRevision: 0, answers: { text: "x".repeat(1024 * 1024) } })),
    ];
    for (const response of untouched) {
      expect(response.status).toBe(299);
      expect(await response.json()).toMatchObject({ handedOver: true, read: false });
    }
    expect((await storedState(world.app, token)).revisions).toEqual([]);
  });

  it("passes on, with the body it read, a body of the wrong shape and a link that is not working", async () => {
    const { token } = world.municipalities[0]!;
    const cases: [string, string][] = [
      [answersOf(token), '{"baseRevision":0,"answers":{},"extra":1}'],
      [answersOf(token), '{"baseRevision":-1,"answers":{}}'],
      [answersOf(token), '{"baseRevision":0,"answers":{"__proto__":{"x":1}}}'],
      [answersOf(token), '[{"baseRevision":0}]'],
      [answersOf(generateToken()), '{"baseRevision":0,"answers":{}}'],
    ];
    for (const [path, text] of cases) {
      const response = await put(path, text);
      expect(response.status).toBe(299);
      const handed = (await response.json()) as HandedOver;
      expect(handed).toMatchObject({ handedOver: true, read: true });
      expect(JSON.stringify(handed.body)).toBe(JSON.stringify(JSON.parse(text)));
    }
    expect((await storedState(world.app, token)).revisions).toEqual([]);
  });
});
