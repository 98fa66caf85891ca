import { describe, expect, it } from "vitest";
import { errorFromBody } from "./api-error.js";
import { WorkspaceApi, type FetchLike } from "./workspace-api.js";

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(responses: Response[]): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: (url, init) => {
      calls.push({ url, init });
      const next = responses.shift();
      return next === undefined ? Promise.reject(new TypeError("offline")) : Promise.resolve(next);
    },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const signedIn = { user: { id: "u1", email: "a@b.dk", name: "Anne", role: "secretariat", regionCode: "1084" }, csrfToken: "tok" };

describe("WorkspaceApi", () => {
  it("keeps the CSRF token from login and sends it on writes, not on reads", async () => {
    const { fetch, calls } = fakeFetch([json(200, signedIn), json(200, { campaigns: [] }), json(201, { extension: {} })]);
    const api = new WorkspaceApi(fetch);
    expect((await api.login("a@b.dk", "pw")).ok).toBe(true);
    await api.listCampaigns();
    await api.extendDeadline("c 1", { deadline: "2026-12-01T12:00:00+01:00", reason: "Sygdom" });
    const headers = (call: Call) => call.init?.headers as Record<string, string>;
    expect(headers(calls[1]!)["x-csrf-token"]).toBeUndefined();
    expect(headers(calls[2]!)["x-csrf-token"]).toBe("tok");
    expect(calls[2]!.url).toBe("/api/campaigns/c%201/deadline-extensions");
    expect(JSON.parse(String(calls[2]!.init?.body))).toEqual({ deadline: "2026-12-01T12:00:00+01:00", reason: "Sygdom" });
  });

  it("turns an error body into a typed value with code, message and field", async () => {
    const { fetch } = fakeFetch([json(400, { error: { code: "validation_failed", message: "must not be empty", field: "title" } })]);
    const result = await new WorkspaceApi(fetch).createCampaign({
      announcementId: "x",
      title: "",
      deadline: "2026-12-01T12:00:00Z",
      municipalityQuestionnaire: { key: "k", version: "1.0.0" },
    });
    expect(result).toMatchObject({ ok: false, error: { status: 400, code: "validation_failed", field: "title" } });
  });

  it("reports a lost connection as status 0, code network", async () => {
    const { fetch } = fakeFetch([]);
    expect(await new WorkspaceApi(fetch).listCampaigns()).toMatchObject({ ok: false, error: { status: 0, code: "network" } });
  });

  it("reads Retry-After on 429 and tells the session about a 401", async () => {
    const { fetch } = fakeFetch([
      json(429, { error: { code: "rate_limited", message: "Too many" } }, { "retry-after": "60" }),
      json(401, { error: { code: "unauthenticated", message: "Sign in" } }),
    ]);
    const api = new WorkspaceApi(fetch);
    let told = 0;
    api.onUnauthenticated = () => told++;
    expect(await api.login("a@b.dk", "x")).toMatchObject({ ok: false, error: { code: "rate_limited", retryAfterSeconds: 60 } });
    expect(told).toBe(0);
    await api.listCampaigns();
    expect(told).toBe(1);
  });

  it("answers a 204 with undefined", async () => {
    const { fetch } = fakeFetch([new Response(null, { status: 204 })]);
    expect(await new WorkspaceApi(fetch).revokeLink("c", "r")).toEqual({ ok: true, value: undefined });
  });

  it("builds export links with locale and snapshot", () => {
    const api = new WorkspaceApi();
    expect(api.exportUrl("c1", "report.docx", { locale: "da", snapshot: "s1" })).toBe("/api/campaigns/c1/report.docx?locale=da&snapshot=s1");
    expect(api.exportUrl("c1", "export.csv")).toBe("/api/campaigns/c1/export.csv");
  });

  it("fills path parameters and the query from the contract's route, leaving out what is not given", async () => {
    const { fetch, calls } = fakeFetch([json(200, { entries: [], nextBefore: null }), json(200, {}), json(200, {})]);
    const api = new WorkspaceApi(fetch, "https://afrapport.example");
    await api.listAudit({ campaignId: "c/1", before: 40 });
    await api.getReport("c1", { minStaff: 3, minExperienceYears: undefined });
    await api.getSnapshot("c1", "s 2");
    expect(calls.map((c) => [c.init?.method, c.url])).toEqual([
      ["GET", "https://afrapport.example/api/audit?campaignId=c%2F1&before=40"],
      ["GET", "https://afrapport.example/api/campaigns/c1/report?minStaff=3"],
      ["GET", "https://afrapport.example/api/campaigns/c1/snapshots/s%202"],
    ]);
  });
});

describe("errorFromBody", () => {
  it("falls back to a code from the status when the body is not the error shape", () => {
    expect(errorFromBody(502, "<html>")).toMatchObject({ status: 502, code: "internal", message: "" });
  });
});
