import { mergeAnswers, type Answers } from "@afrapport/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosave, type AutosaveListener, type SaveStatus } from "./autosave.js";
import { memoryStorage } from "./memory-storage.js";
import { PendingStore, type PendingAnswers } from "./offline-queue.js";
import { failureFromBody, type ApiResult, type QuestionMessage, type Receipt, type RespondState, type SaveResult } from "./respond-api.js";

/**
 * A fake respondent API with the server's save contract: every save appends a revision; a save on an old
 * revision is merged per question (200 with fromTheirs) or refused with 409 stale_revision and the collisions.
 */
class FakeServer {
  revisions: Answers[] = [{}];
  offline = false;
  locked = false;
  saves: { baseRevision: number; answers: Answers; keepalive: boolean }[] = [];
  warnings: QuestionMessage[] = [];
  submitErrors: QuestionMessage[] | undefined;

  get revision(): number {
    return this.revisions.length - 1;
  }

  get answers(): Answers {
    return this.revisions[this.revision]!;
  }

  /** a colleague's save, straight to the server */
  colleagueSaves(answers: Answers): void {
    this.revisions.push({ ...this.answers, ...answers });
  }

  saveAnswers = vi.fn(async (baseRevision: number, answers: Answers, options: { keepalive?: boolean } = {}): Promise<ApiResult<SaveResult>> => {
    await Promise.resolve();
    if (this.offline) return { ok: false, failure: { kind: "network" } };
    if (this.locked) return { ok: false, failure: failureFromBody(409, { error: { code: "conflict", message: "submitted" } }) };
    this.saves.push({ baseRevision, answers: structuredClone(answers), keepalive: options.keepalive === true });
    let saved = answers;
    let fromTheirs: string[] = [];
    if (baseRevision !== this.revision) {
      const merge = mergeAnswers(this.revisions[baseRevision]!, answers, this.answers);
      if (merge.conflicts.length > 0) {
        return {
          ok: false,
          failure: failureFromBody(409, {
            error: { code: "stale_revision", message: "stale" },
            conflicts: merge.conflicts,
            current: { revision: this.revision, answers: this.answers },
          }),
        };
      }
      saved = merge.merged;
      fromTheirs = merge.fromTheirs;
    }
    this.revisions.push(structuredClone(saved));
    return { ok: true, value: { revision: this.revision, answers: structuredClone(saved), fromTheirs, warnings: this.warnings, errors: [] } };
  });

  load = vi.fn(async (): Promise<ApiResult<RespondState>> => {
    await Promise.resolve();
    if (this.offline) return { ok: false, failure: { kind: "network" } };
    return { ok: true, value: { response: { revision: this.revision, answers: structuredClone(this.answers) } } as RespondState };
  });

  submit = vi.fn(async (baseRevision: number, answers: Answers): Promise<ApiResult<{ receipt: Receipt }>> => {
    await Promise.resolve();
    if (this.offline) return { ok: false, failure: { kind: "network" } };
    if (this.submitErrors !== undefined) {
      return { ok: false, failure: failureFromBody(422, { error: { code: "invalid_answers", message: "x" }, errors: this.submitErrors }) };
    }
    if (baseRevision !== this.revision) {
      const merge = mergeAnswers(this.revisions[baseRevision]!, answers, this.answers);
      return {
        ok: false,
        failure: failureFromBody(409, {
          error: { code: "stale_revision", message: "stale" },
          conflicts: merge.conflicts,
          current: { revision: this.revision, answers: this.answers },
        }),
      };
    }
    this.revisions.push(structuredClone(answers));
    return {
      ok: true,
      value: {
        receipt: { responseId: "r1", revision: this.revision, receiptNumber: "7K2M-QX4D", submittedAt: "2026-11-30T10:00:00Z", answersSha256: "ab".repeat(32), respondentName: "Aarhus Kommune", campaignTitle: "Gravide 2026" },
      },
    };
  });
}

function recorder() {
  const statuses: SaveStatus["kind"][] = [];
  const listener: AutosaveListener & { calls: Record<"onAnswers" | "onConflicts" | "onWarnings" | "onLocked" | "onLinkGone", unknown[][]> } = {
    calls: { onAnswers: [], onConflicts: [], onWarnings: [], onLocked: [], onLinkGone: [] },
    onStatus: (s) => statuses.push(s.kind),
    onAnswers: (...args) => void listener.calls.onAnswers.push(args),
    onConflicts: (...args) => void listener.calls.onConflicts.push(args),
    onWarnings: (...args) => void listener.calls.onWarnings.push(args),
    onLocked: (...args) => void listener.calls.onLocked.push(args),
    onLinkGone: (...args) => void listener.calls.onLinkGone.push(args),
  };
  return { listener, statuses };
}

function setup(options: { server?: FakeServer; pending?: PendingAnswers; editable?: boolean } = {}) {
  const server = options.server ?? new FakeServer();
  const storage = memoryStorage();
  const store = new PendingStore(storage, "token");
  if (options.pending) store.write(options.pending);
  const { listener, statuses } = recorder();
  const autosave = new Autosave({
    api: server,
    store,
    server: { revision: server.revision, answers: structuredClone(server.answers) },
    editable: options.editable ?? true,
    listener,
  });
  return { server, store, autosave, listener, statuses };
}

/** Lets pending promises (the fake API's replies) settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-23T13:32:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Autosave", () => {
  it("keeps every edit on the device at once and saves 1.5 s after the last one", async () => {
    const { server, store, autosave, statuses } = setup();
    autosave.start();
    autosave.edit({ a: "h" });
    autosave.edit({ a: "he" });
    expect(store.read()?.answers).toEqual({ a: "he" });
    expect(store.read()?.baseRevision).toBe(0);
    await vi.advanceTimersByTimeAsync(1400);
    expect(server.saveAnswers).not.toHaveBeenCalled();
    autosave.edit({ a: "hej" });
    await vi.advanceTimersByTimeAsync(1499);
    expect(server.saveAnswers).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(server.saves).toEqual([{ baseRevision: 0, answers: { a: "hej" }, keepalive: false }]);
    expect(statuses.slice(-2)).toEqual(["saving", "saved"]);
    expect(autosave.status).toEqual({ kind: "saved", at: new Date("2026-11-23T13:32:02.900Z") });
    expect(store.read()).toBeUndefined();
    expect(autosave.revision).toBe(1);
  });

  it("saves at least every 10 s while the person keeps typing", async () => {
    const { server, autosave } = setup();
    autosave.start();
    for (let i = 1; i <= 12; i += 1) {
      autosave.edit({ a: "x".repeat(i) });
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(server.saveAnswers).toHaveBeenCalledTimes(1);
    expect(server.saves[0]!.answers.a).toBe("x".repeat(10));
  });

  it("saves at once on page change, and with keepalive when the page is hidden", async () => {
    const { server, autosave } = setup();
    autosave.start();
    autosave.edit({ a: "1" });
    await autosave.saveNow();
    autosave.edit({ a: "2" });
    await autosave.saveNow({ keepalive: true });
    expect(server.saves.map((s) => [s.answers.a, s.keepalive])).toEqual([
      ["1", false],
      ["2", true],
    ]);
  });

  it("does not save when nothing changed", async () => {
    const { server, autosave } = setup();
    autosave.start();
    autosave.edit({});
    await autosave.saveNow();
    expect(server.saveAnswers).not.toHaveBeenCalled();
  });

  it("keeps the answers on the device while offline and sends them when the connection is back", async () => {
    const { server, store, autosave } = setup();
    autosave.start();
    server.offline = true;
    autosave.edit({ a: "typed offline" });
    await vi.advanceTimersByTimeAsync(1500);
    await settle();
    expect(autosave.status).toEqual({ kind: "offline", onDevice: true });
    autosave.edit({ a: "typed offline, more" });
    expect(autosave.status.kind).toBe("offline");
    expect(store.read()?.answers).toEqual({ a: "typed offline, more" });
    server.offline = false;
    autosave.online();
    await settle();
    expect(server.answers).toEqual({ a: "typed offline, more" });
    expect(autosave.status.kind).toBe("saved");
    expect(store.read()).toBeUndefined();
  });

  it("retries by itself every 30 s while offline", async () => {
    const { server, autosave } = setup();
    autosave.start();
    server.offline = true;
    autosave.edit({ a: "1" });
    await vi.advanceTimersByTimeAsync(1500);
    server.offline = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(server.answers).toEqual({ a: "1" });
  });

  it("says when the device could not keep the answers either", async () => {
    const server = new FakeServer();
    const { listener } = recorder();
    const full = { getItem: () => null, setItem: () => { throw new Error("full"); }, removeItem: () => undefined };
    const autosave = new Autosave({ api: server, store: new PendingStore(full, "t"), server: { revision: 0, answers: {} }, editable: true, listener });
    server.offline = true;
    autosave.edit({ a: "1" });
    await autosave.saveNow();
    expect(autosave.status).toEqual({ kind: "offline", onDevice: false });
  });

  it("merges a colleague's answers to other questions and reports them", async () => {
    const { server, autosave, listener } = setup();
    autosave.start();
    server.colleagueSaves({ b: "colleague", c: "colleague too" });
    autosave.edit({ a: "mine" });
    await autosave.saveNow();
    expect(server.answers).toEqual({ a: "mine", b: "colleague", c: "colleague too" });
    expect(autosave.answers).toEqual(server.answers);
    expect(listener.calls.onAnswers).toEqual([[{ a: "mine", b: "colleague", c: "colleague too" }, ["b", "c"]]]);
  });

  it("keeps edits made while a save was under way, on top of the saved state", async () => {
    const { server, autosave } = setup();
    autosave.start();
    autosave.edit({ a: "1" });
    const first = autosave.saveNow();
    autosave.edit({ a: "1", b: "typed during the save" });
    await first;
    await vi.advanceTimersByTimeAsync(1500);
    await settle();
    expect(server.answers).toEqual({ a: "1", b: "typed during the save" });
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it("stops at a collision, sends nothing until the person chose, then saves the choice on the current revision", async () => {
    const server = new FakeServer();
    server.revisions.push({ a: "base" });
    const { autosave, listener, store } = setup({ server });
    autosave.start();
    server.colleagueSaves({ a: "theirs", b: "theirs too" });
    autosave.edit({ a: "mine" });
    await autosave.saveNow();
    expect(autosave.status.kind).toBe("conflict");
    expect(listener.calls.onConflicts).toEqual([[[{ question: "a", base: "base", mine: "mine", theirs: "theirs" }], { a: "mine", b: "theirs too" }]]);
    // more typing while the choice waits: kept on the device, not sent
    autosave.edit({ a: "mine", b: "theirs too", c: "new" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.saveAnswers).toHaveBeenCalledTimes(1);
    expect(store.read()?.baseRevision).toBe(1);
    await autosave.resolve({ a: "theirs", b: "theirs too", c: "new" });
    expect(server.saves.at(-1)).toEqual({ baseRevision: 2, answers: { a: "theirs", b: "theirs too", c: "new" }, keepalive: false });
    expect(server.answers).toEqual({ a: "theirs", b: "theirs too", c: "new" });
    expect(autosave.status.kind).toBe("saved");
  });

  it("passes CPR warnings from a save on", async () => {
    const { server, autosave, listener } = setup();
    server.warnings = [{ question: "a", path: "a", code: "cpr", message: { da: "CPR-nummer?", en: "CPR number?" } }];
    autosave.start();
    autosave.edit({ a: "010190-1234" });
    await autosave.saveNow();
    expect(listener.calls.onWarnings.at(-1)).toEqual([server.warnings]);
  });

  it("stops and says so when the response can no longer be changed", async () => {
    const { server, autosave, listener } = setup();
    autosave.start();
    server.locked = true;
    autosave.edit({ a: "late" });
    await autosave.saveNow();
    expect(autosave.status.kind).toBe("locked");
    expect(listener.calls.onLocked).toEqual([[["a"]]]);
    autosave.edit({ a: "later" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.saveAnswers).toHaveBeenCalledTimes(1);
  });

  it("reports a link that stopped working", async () => {
    const server = new FakeServer();
    server.saveAnswers.mockResolvedValueOnce({ ok: false, failure: failureFromBody(410, { error: { code: "link_revoked", message: "revoked" } }) });
    const { autosave, listener } = setup({ server });
    autosave.start();
    autosave.edit({ a: "1" });
    await autosave.saveNow();
    expect(listener.calls.onLinkGone).toHaveLength(1);
  });
});

describe("Autosave.start: answers left on the device", () => {
  it("sends answers from the last visit that never reached the server", async () => {
    const server = new FakeServer();
    server.revisions.push({ a: "1" });
    const { autosave, store } = setup({ server, pending: { baseRevision: 1, base: { a: "1" }, answers: { a: "1", b: "offline" }, changedAt: "x" } });
    const result = autosave.start();
    expect(result).toEqual({ kind: "resend", answers: { a: "1", b: "offline" }, fromTheirs: [] });
    await settle();
    expect(server.answers).toEqual({ a: "1", b: "offline" });
    expect(store.read()).toBeUndefined();
  });

  it("merges them with what colleagues saved meanwhile", async () => {
    const server = new FakeServer();
    server.revisions.push({ a: "1" });
    server.colleagueSaves({ c: "colleague" });
    const { autosave } = setup({ server, pending: { baseRevision: 1, base: { a: "1" }, answers: { a: "1", b: "offline" }, changedAt: "x" } });
    expect(autosave.start()).toMatchObject({ kind: "resend", fromTheirs: ["c"] });
    await settle();
    expect(server.answers).toEqual({ a: "1", b: "offline", c: "colleague" });
  });

  it("asks the person when a colleague changed the same question, and asks again after a reload", async () => {
    const server = new FakeServer();
    server.revisions.push({ a: "1" });
    server.colleagueSaves({ a: "colleague" });
    const pending = { baseRevision: 1, base: { a: "1" }, answers: { a: "offline" }, changedAt: "x" };
    const first = setup({ server, pending });
    expect(first.autosave.start().kind).toBe("conflicts");
    expect(first.autosave.status.kind).toBe("conflict");
    await settle();
    expect(server.saveAnswers).not.toHaveBeenCalled();
    const kept = first.store.read();
    expect(kept).toMatchObject({ baseRevision: 1, answers: { a: "offline" } });
    const second = setup({ server, pending: kept! });
    expect(second.autosave.start().kind).toBe("conflicts");
  });

  it("tells the person about answers that can no longer be sent", () => {
    const server = new FakeServer();
    const { autosave, listener, store } = setup({ server, editable: false, pending: { baseRevision: 0, base: {}, answers: { a: "x" }, changedAt: "x" } });
    expect(autosave.start().kind).toBe("locked");
    expect(listener.calls.onLocked).toEqual([[["a"]]]);
    expect(store.read()).toBeUndefined();
  });
});

describe("Autosave.submit", () => {
  it("submits after the save under way, then stops and forgets the device copy", async () => {
    const { server, autosave, store } = setup();
    autosave.start();
    autosave.edit({ a: "final" });
    void autosave.saveNow();
    const outcome = await autosave.submit();
    expect(outcome).toMatchObject({ kind: "submitted", receipt: { respondentName: "Aarhus Kommune" } });
    expect(server.submit).toHaveBeenCalledWith(1, { a: "final" });
    expect(store.read()).toBeUndefined();
    autosave.edit({ a: "after" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.saveAnswers).toHaveBeenCalledTimes(1);
  });

  it("returns the server's errors per question on 422, and takes the draft the server saved as the new base", async () => {
    const { server, autosave, store } = setup();
    server.submitErrors = [{ question: "a", path: "a", code: "required", message: { da: "Besvar venligst spørgsmålet.", en: "Please answer the question." } }];
    server.submit.mockImplementationOnce(async (_base, answers) => {
      server.revisions.push(structuredClone(answers));
      return { ok: false, failure: failureFromBody(422, { error: { code: "unprocessable", message: "x" }, errors: server.submitErrors, revision: server.revision }) };
    });
    autosave.start();
    autosave.edit({ b: "half done" });
    expect(await autosave.submit()).toEqual({ kind: "invalid", errors: server.submitErrors });
    expect(server.load).toHaveBeenCalledTimes(1);
    expect(autosave.revision).toBe(1);
    expect(autosave.hasUnsavedChanges).toBe(false);
    expect(store.read()).toBeUndefined();
    autosave.edit({ b: "half done", c: "more" });
    await autosave.saveNow();
    expect(server.saves.at(-1)?.baseRevision).toBe(1);
  });

  it("after a 422, shows what the server kept: a colleague's change merged into the refused submission", async () => {
    const server = new FakeServer();
    server.revisions.push({ a: "filled", b: "mine" });
    const { autosave, listener } = setup({ server });
    autosave.start();
    server.colleagueSaves({ a: undefined });
    server.submit.mockImplementationOnce(async (baseRevision, answers) => {
      const merged = mergeAnswers(server.revisions[baseRevision]!, answers, server.answers).merged;
      server.revisions.push(merged);
      const errors = [{ question: "a", path: "a", code: "required", message: { da: "Besvar venligst spørgsmålet.", en: "Please answer the question." } }];
      return { ok: false, failure: failureFromBody(422, { error: { code: "unprocessable", message: "x" }, errors, revision: server.revision }) };
    });
    const outcome = await autosave.submit();
    expect(outcome.kind).toBe("invalid");
    expect(autosave.answers).toEqual({ b: "mine" });
    expect(autosave.revision).toBe(3);
    expect(listener.calls.onAnswers.at(-1)).toEqual([{ b: "mine" }, ["a"]]);
    expect(autosave.status.kind).toBe("saved");
  });

  it("submits again on the new revision when a colleague saved other questions meanwhile", async () => {
    const { server, autosave } = setup();
    autosave.start();
    autosave.edit({ a: "mine" });
    await autosave.saveNow();
    server.colleagueSaves({ b: "colleague" });
    const outcome = await autosave.submit();
    expect(outcome.kind).toBe("submitted");
    expect(server.submit).toHaveBeenLastCalledWith(2, { a: "mine", b: "colleague" });
  });

  it("says offline when the submission did not get through", async () => {
    const { server, autosave } = setup();
    autosave.start();
    server.offline = true;
    expect(await autosave.submit()).toEqual({ kind: "offline" });
  });
});
