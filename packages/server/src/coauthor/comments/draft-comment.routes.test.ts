import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";

describe.each(dialects)("comments on a draft (%s)", (dialect) => {
  let app: TestApp;
  let anne: TestClient;
  let bo: TestClient;
  let reviewer: TestClient;
  let stranger: TestClient;
  let draftId: string;
  let question: string;
  const base = () => `/api/questionnaires/drafts/${draftId}`;

  beforeAll(async () => {
    app = await startTestApp(dialect);
    anne = await app.login({ role: "secretariat", regionCode: "1084" });
    bo = await app.login({ role: "secretariat", regionCode: "1084" });
    reviewer = await app.login({ role: "reviewer", regionCode: "1084" });
    stranger = await app.login({ role: "secretariat", regionCode: "1081" });
    const created = await anne.post("/api/questionnaires/drafts", { announcementId: "gravide-rusmiddel", key: "kommune-2022", from: {} });
    expect(created.status, created.text).toBe(201);
    draftId = created.body.draft.id;
    question = created.body.draft.content.survey.pages[0].elements[0].name;
  });

  afterAll(async () => {
    await app.close();
  });

  it("lists who takes part, with what access", async () => {
    const response = await anne.get(`${base()}/participants`);
    expect(response.status).toBe(200);
    const users = response.body.users as { id: string; access: string }[];
    expect(users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: anne.user!.id, access: "edit" }),
        expect.objectContaining({ id: bo.user!.id, access: "edit" }),
        expect.objectContaining({ id: reviewer.user!.id, access: "comment" }),
      ]),
    );
    expect(users.map((user) => user.id)).not.toContain(stranger.user!.id);
    expect((await stranger.get(`${base()}/participants`)).status).toBe(404);
  });

  it("starts, answers and resolves a thread, mentioning participants", async () => {
    const created = await anne.post(`${base()}/comments`, { element: question, body: "Skal vi spørge om alder?", mentions: [bo.user!.id, reviewer.user!.id] });
    expect(created.status, created.text).toBe(201);
    const thread = created.body.thread;
    expect(thread).toMatchObject({ element: question, resolved: null, comments: [{ author: { id: anne.user!.id }, body: "Skal vi spørge om alder?", mentions: [{ id: bo.user!.id }, { id: reviewer.user!.id }] }] });

    const reply = await reviewer.post(`${base()}/comments/${thread.id}/replies`, { body: "Ja, gerne", mentions: [] });
    expect(reply.status, reply.text).toBe(201);
    expect(reply.body.thread.comments).toHaveLength(2);

    const resolved = await bo.put(`${base()}/comments/${thread.id}/resolution`, { resolved: true });
    expect(resolved.status).toBe(200);
    expect(resolved.body.thread.resolved).toMatchObject({ by: { id: bo.user!.id } });
    // resolving again keeps who resolved it
    expect((await anne.put(`${base()}/comments/${thread.id}/resolution`, { resolved: true })).body.thread.resolved.by.id).toBe(bo.user!.id);
    // an answer opens it again
    const reopened = await anne.post(`${base()}/comments/${thread.id}/replies`, { body: "Et spørgsmål mere" });
    expect(reopened.body.thread.resolved).toBeNull();

    const whole = await bo.post(`${base()}/comments`, { element: null, body: "Overordnet: fint", mentions: [] });
    expect(whole.status).toBe(201);
    const list = await reviewer.get(`${base()}/comments`);
    expect(list.status).toBe(200);
    expect(list.body.threads.map((t: { id: string }) => t.id)).toEqual([thread.id, whole.body.thread.id]);
  });

  it("answers each bad input with a 4xx naming the field", async () => {
    const cases: [TestClient, string, string, unknown, number, string | undefined][] = [
      [anne, "POST", "/comments", { element: question, body: "", mentions: [] }, 400, "body"],
      [anne, "POST", "/comments", { element: question, body: "   ", mentions: [] }, 400, "body"],
      [anne, "POST", "/comments", { element: question, body: "x".repeat(4001), mentions: [] }, 400, "body"],
      [anne, "POST", "/comments", { element: "findes-ikke", body: "Hej", mentions: [] }, 400, "element"],
      [anne, "POST", "/comments", { element: question, body: "Hej", mentions: [stranger.user!.id] }, 400, "mentions"],
      [anne, "POST", "/comments", { element: question, body: "Hej", mentions: "bo" }, 400, "mentions"],
      [anne, "POST", "/comments", { body: "Hej", mentions: [] }, 400, "element"],
      [anne, "POST", "/comments", { element: null, body: "Hej", mentions: [], extra: 1 }, 400, undefined],
      [anne, "POST", "/comments/no-such-thread/replies", { body: "Hej", mentions: [] }, 404, undefined],
      [anne, "PUT", "/comments/no-such-thread/resolution", { resolved: true }, 404, undefined],
      [stranger, "POST", "/comments", { element: null, body: "Hej", mentions: [] }, 404, undefined],
      [stranger, "GET", "/comments", undefined, 404, undefined],
    ];
    for (const [client, method, path, body, status, field] of cases) {
      const response = await client.raw(`${base()}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }) });
      expect(response.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}: ${response.text}`).toBe(status);
      if (field !== undefined) expect(response.body.error.field, response.text).toBe(field);
    }
    const thread = (await anne.get(`${base()}/comments`)).body.threads[0];
    const bad = await anne.put(`${base()}/comments/${thread.id}/resolution`, { resolved: "yes" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("resolved");
    expect((await anne.get(`/api/questionnaires/drafts/nope/comments`)).status).toBe(404);
  });

  it("keeps the comments of a closed draft readable but closed", async () => {
    expect((await anne.delete(base())).status).toBe(204);
    const refused = await anne.post(`${base()}/comments`, { element: null, body: "For sent", mentions: [] });
    expect(refused.status).toBe(409);
    expect((await anne.get(`${base()}/comments`)).status).toBe(200);
  });
});
