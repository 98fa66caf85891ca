import { describe, expect, it } from "vitest";
import { keepaliveBodyLimit, RespondApi, type FetchLike } from "./respond-api.js";

function recording(reply: () => Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl: FetchLike = (url, init) => {
    calls.push({ url, init });
    return reply();
  };
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

describe("RespondApi", () => {
  it("calls the contract's routes under the link, with the token and ids encoded", async () => {
    const { calls, fetchImpl } = recording(() => json(200, {}));
    const api = new RespondApi("a/b c", fetchImpl, "https://afrapport.example");
    await api.load();
    await api.saveAnswers(3, { q: 1 });
    await api.submit(4, { q: 2 });
    await api.receipt();
    await api.deleteAttachment("f/1");
    expect(calls.map((c) => `${c.init?.method} ${c.url}`)).toEqual([
      "GET https://afrapport.example/api/respond/a%2Fb%20c",
      "PUT https://afrapport.example/api/respond/a%2Fb%20c/answers",
      "POST https://afrapport.example/api/respond/a%2Fb%20c/submit",
      "GET https://afrapport.example/api/respond/a%2Fb%20c/receipt",
      "DELETE https://afrapport.example/api/respond/a%2Fb%20c/attachments/f%2F1",
    ]);
    expect(calls[1]!.init?.body).toBe(JSON.stringify({ baseRevision: 3, answers: { q: 1 } }));
    expect(api.base).toBe("https://afrapport.example/api/respond/a%2Fb%20c");
    expect(api.attachmentUrl("f/1")).toBe("https://afrapport.example/api/respond/a%2Fb%20c/attachments/f%2F1");
  });

  it("sends a save with keepalive only when asked and the body fits the browser's limit", async () => {
    const { calls, fetchImpl } = recording(() => json(200, {}));
    const api = new RespondApi("t", fetchImpl);
    await api.saveAnswers(0, { q: "x" }, { keepalive: true });
    await api.saveAnswers(0, { q: "x".repeat(keepaliveBodyLimit) }, { keepalive: true });
    await api.saveAnswers(0, { q: "x" });
    expect(calls.map((c) => c.init?.keepalive)).toEqual([true, undefined, undefined]);
  });

  it("returns failures as values: the server's error, or a lost connection", async () => {
    const refused = new RespondApi("t", () => json(410, { error: { code: "link_revoked", message: "gone" } }));
    expect(await refused.load()).toMatchObject({ ok: false, failure: { kind: "http", status: 410, code: "link_revoked", message: "gone" } });
    const offline = new RespondApi("t", () => Promise.reject(new TypeError("Failed to fetch")));
    expect(await offline.saveAnswers(0, {})).toEqual({ ok: false, failure: { kind: "network" } });
    expect(await offline.downloadAttachment("f")).toEqual({ ok: false, failure: { kind: "network" } });
  });
});
