import { answersEqual, mergeAnswers, type AnswerConflict, type Answers } from "@afrapport/schema";
import { reconcilePending, withMine, type PendingStore, type Reconciliation } from "./offline-queue.js";
import {
  questionMessages,
  staleRevisionBody,
  type ApiFailure,
  type QuestionMessage,
  type Receipt,
  type RespondApi,
  type StaleRevisionBody,
} from "./respond-api.js";

/** What the live status line says. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** no connection; `onDevice` says whether the answers are safe in this browser's storage */
  | { kind: "offline"; onDevice: boolean }
  | { kind: "conflict" }
  | { kind: "locked" }
  | { kind: "failed"; failure: ApiFailure };

export interface AutosaveListener {
  onStatus(status: SaveStatus): void;
  /** answers changed under the person (a colleague's save merged in): the form shows `answers` */
  onAnswers(answers: Answers, fromTheirs: string[]): void;
  /** collisions the person must choose between; the form shows `answers` (mine where they collide) meanwhile */
  onConflicts(conflicts: AnswerConflict[], answers: Answers): void;
  /** non-blocking warnings from the last save (CPR numbers in free text) */
  onWarnings(warnings: QuestionMessage[]): void;
  /** the response can no longer be changed (submitted elsewhere, closed, deadline passed) */
  onLocked(unsent: string[]): void;
  /** the link stopped working (revoked, unknown) */
  onLinkGone(failure: ApiFailure): void;
}

export type SubmitOutcome =
  | { kind: "submitted"; receipt: Receipt }
  | { kind: "invalid"; errors: QuestionMessage[] }
  | { kind: "conflict" }
  | { kind: "locked" }
  | { kind: "offline" }
  | { kind: "gone" }
  | { kind: "failed"; failure: ApiFailure };

export interface AutosaveOptions {
  /** `load` is used after a refused submission, which the server saves (merged) before refusing */
  api: Pick<RespondApi, "saveAnswers" | "submit"> & Partial<Pick<RespondApi, "load">>;
  store: PendingStore;
  /** the saved state the page loaded */
  server: { revision: number; answers: Answers };
  editable: boolean;
  listener: AutosaveListener;
  /** quiet time after the last edit before saving */
  debounceMs?: number;
  /** longest time an edit waits while the person keeps typing */
  maxWaitMs?: number;
  /** retry interval while offline or after a server error */
  retryMs?: number;
  now?: () => Date;
}

interface Snapshot {
  revision: number;
  answers: Answers;
}

/**
 * Keeps a respondent's answers safe: every edit goes to this device at once and to the server after a short
 * pause (or at once on page change and when the page is hidden, with `keepalive`). Saves name the revision they
 * were based on; a colleague's non-colliding answers are merged in, colliding ones wait for the person's choice.
 * Framework-free, so it is tested with fake timers and a fake API.
 */
export class Autosave {
  private saved: Snapshot;
  /** the state the answers on the device started from; a merge base when the server moved on */
  private deviceBase: Snapshot;
  private current: Answers;
  private conflicts: AnswerConflict[] | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private firstEditAt: number | undefined;
  private onDevice = true;
  private lastSavedAt: Date | undefined;
  private stopped = false;
  private statusValue: SaveStatus = { kind: "idle" };
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: AutosaveOptions) {
    this.saved = clone(options.server);
    this.deviceBase = clone(options.server);
    this.current = clone(options.server.answers);
    this.debounceMs = options.debounceMs ?? 1500;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.retryMs = options.retryMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
    if (!options.editable) this.stopped = true;
  }

  get status(): SaveStatus {
    return this.statusValue;
  }

  get answers(): Answers {
    return this.current;
  }

  get revision(): number {
    return this.saved.revision;
  }

  get hasUnsavedChanges(): boolean {
    return !answersEqual(this.current, this.saved.answers);
  }

  get inConflict(): boolean {
    return this.conflicts !== undefined;
  }

  /**
   * Looks for answers left on this device by an earlier visit and merges them with the saved state. Returns
   * what the form should show; starts a save when there is something to send.
   */
  start(): Reconciliation {
    // (a restart after stop() – React's StrictMode mounts twice – picks up where it was)
    this.stopped = !this.options.editable;
    const pending = this.options.store.read();
    const result = reconcilePending(pending, this.options.server, this.options.editable);
    switch (result.kind) {
      case "clean":
        this.options.store.clear();
        break;
      case "locked":
        this.options.store.clear();
        this.options.listener.onLocked(result.unsent);
        break;
      case "resend":
        this.current = clone(result.answers);
        this.persist();
        void this.saveNow();
        break;
      case "conflicts":
        // keep the device's old base until the person chose, so a reload asks again instead of deciding
        if (pending !== undefined) this.deviceBase = { revision: pending.baseRevision, answers: pending.base };
        this.enterConflicts(result.conflicts, result.answers);
        break;
    }
    return result;
  }

  /** The person changed something: keep it on the device now, send it after a pause. */
  edit(answers: Answers): void {
    if (this.stopped || answersEqual(answers, this.current)) return;
    this.current = clone(answers);
    this.persist();
    if (this.conflicts !== undefined) return;
    if (this.statusValue.kind !== "offline") this.setStatus({ kind: "pending" });
    this.schedule();
  }

  /**
   * Sends the answers now (page change, hidden page, back online). `keepalive` lets the request finish after
   * the page is gone. Resolves when the save (and any save queued behind it) has finished.
   */
  saveNow(options: { keepalive?: boolean } = {}): Promise<void> {
    this.clearTimer();
    if (this.stopped || this.conflicts !== undefined) return Promise.resolve();
    if (this.inFlight !== undefined) {
      this.again = true;
      return this.inFlight;
    }
    if (!this.hasUnsavedChanges) {
      if (this.statusValue.kind === "pending" || this.statusValue.kind === "offline") this.setStatus(this.restingStatus());
      return Promise.resolve();
    }
    const run = this.run(options.keepalive === true).finally(() => {
      this.inFlight = undefined;
      if (this.again) {
        this.again = false;
        if (this.hasUnsavedChanges) return this.saveNow();
      }
      return undefined;
    });
    this.inFlight = run;
    return run;
  }

  /** The connection is back: send what waited. */
  online(): void {
    if (this.hasUnsavedChanges) void this.saveNow();
  }

  /** The person chose per question; `answers` is the whole form with the choices applied. */
  resolve(answers: Answers): Promise<void> {
    this.conflicts = undefined;
    this.current = clone(answers);
    this.deviceBase = clone(this.saved);
    this.persist();
    return this.saveNow();
  }

  /** Submits the current answers, after the save under way. */
  async submit(): Promise<SubmitOutcome> {
    if (this.conflicts !== undefined) return { kind: "conflict" };
    if (!this.options.editable || this.statusValue.kind === "locked") return { kind: "locked" };
    this.clearTimer();
    while (this.inFlight !== undefined) await this.inFlight;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const sent = clone(this.current);
      const base = this.saved;
      const result = await this.options.api.submit(base.revision, sent);
      if (result.ok) {
        this.stop();
        this.options.store.clear();
        return { kind: "submitted", receipt: result.value.receipt };
      }
      const failure = result.failure;
      const stale = staleRevisionBody(failure);
      if (stale !== undefined) {
        this.handleStale(stale, base.answers);
        if (this.conflicts !== undefined) return { kind: "conflict" };
        continue; // merged without collisions: submit again on the new revision
      }
      if (failure.kind === "http" && failure.status === 422) {
        // the server saved the answers as a draft (merged with colleagues' saves) before refusing them
        const revision = isRecord(failure.body) ? failure.body.revision : undefined;
        if (typeof revision === "number" && revision > base.revision) await this.refresh(sent, base.answers);
        return { kind: "invalid", errors: questionMessages(failure) };
      }
      if (this.hasUnsavedChanges) this.schedule();
      if (failure.kind === "network") return { kind: "offline" };
      if (failure.status === 409) {
        this.lock([]);
        return { kind: "locked" };
      }
      if (failure.status === 404 || failure.status === 410) {
        this.gone(failure);
        return { kind: "gone" };
      }
      return { kind: "failed", failure };
    }
    return { kind: "conflict" };
  }

  /** Stops all timers; later edits are ignored. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async run(keepalive: boolean): Promise<void> {
    const sent = clone(this.current);
    const base = this.saved;
    this.setStatus({ kind: "saving" });
    const result = await this.options.api.saveAnswers(base.revision, sent, { keepalive });
    if (this.stopped) return;
    if (result.ok) {
      this.accept(sent, base, result.value);
      return;
    }
    const failure = result.failure;
    const stale = staleRevisionBody(failure);
    if (stale !== undefined) {
      this.handleStale(stale, base.answers);
      if (this.conflicts === undefined) this.again = true;
      return;
    }
    if (failure.kind === "network") {
      this.setStatus({ kind: "offline", onDevice: this.onDevice });
      this.scheduleRetry();
      return;
    }
    if (failure.status === 409) return this.lock(Object.keys(sent).filter((q) => !answersEqual(sent[q], base.answers[q])));
    if (failure.status === 404 || failure.status === 410) return this.gone(failure);
    this.setStatus({ kind: "failed", failure });
    if (failure.status >= 500 || failure.status === 429) this.scheduleRetry();
  }

  private accept(sent: Answers, base: Snapshot, value: { revision: number; answers: Answers; fromTheirs?: string[]; warnings?: QuestionMessage[] }): void {
    this.saved = { revision: value.revision, answers: clone(value.answers) };
    const fromTheirs = value.fromTheirs ?? [];
    if (answersEqual(this.current, sent)) {
      this.current = clone(value.answers);
      this.deviceBase = clone(this.saved);
      this.options.store.clear();
    } else {
      // the person kept typing while the save was under way: keep those edits on top of the saved state
      const merge = mergeAnswers(sent, this.current, value.answers);
      if (merge.conflicts.length > 0) {
        this.deviceBase = { revision: base.revision, answers: sent };
        this.enterConflicts(merge.conflicts, withMine(merge.merged, merge.conflicts));
      } else {
        this.current = merge.merged;
        this.deviceBase = clone(this.saved);
        this.persist();
        this.again = true;
      }
    }
    if (fromTheirs.length > 0) this.options.listener.onAnswers(clone(this.current), fromTheirs);
    this.options.listener.onWarnings(value.warnings ?? []);
    this.lastSavedAt = this.now();
    if (this.conflicts === undefined) this.setStatus(this.hasUnsavedChanges ? { kind: "pending" } : { kind: "saved", at: this.lastSavedAt });
  }

  /**
   * Takes the saved state from the server after it changed outside a normal save (a refused submission is kept
   * as a draft, merged with colleagues' saves): merged into the form like a stale save, collisions asked about.
   */
  private async refresh(sent: Answers, base: Answers): Promise<void> {
    const loaded = await this.options.api.load?.();
    if (loaded === undefined || !loaded.ok) return;
    const server = { revision: loaded.value.response.revision, answers: loaded.value.response.answers };
    if (server.revision <= this.saved.revision) return;
    // edits made since `sent` count as mine; what the server has beyond `sent` is theirs
    const mineBase = answersEqual(this.current, sent) ? base : sent;
    this.handleStale({ conflicts: [], current: server }, mineBase);
    if (this.conflicts === undefined) {
      if (this.hasUnsavedChanges) this.schedule();
      else {
        this.options.store.clear();
        this.lastSavedAt = this.now();
        this.setStatus({ kind: "saved", at: this.lastSavedAt });
      }
    }
  }

  private handleStale(stale: StaleRevisionBody, base: Answers): void {
    const merge = mergeAnswers(base, this.current, stale.current.answers);
    this.saved = clone(stale.current);
    const conflicts = merge.conflicts.length > 0 ? merge.conflicts : stale.conflicts;
    if (conflicts.length === 0) {
      this.current = merge.merged;
      this.deviceBase = clone(this.saved);
      this.persist();
      if (merge.fromTheirs.length > 0) this.options.listener.onAnswers(clone(this.current), merge.fromTheirs);
      return;
    }
    this.enterConflicts(conflicts, withMine(merge.merged, conflicts));
    if (merge.fromTheirs.length > 0) this.options.listener.onAnswers(clone(this.current), merge.fromTheirs);
  }

  private enterConflicts(conflicts: AnswerConflict[], answers: Answers): void {
    this.clearTimer();
    this.conflicts = conflicts;
    this.current = clone(answers);
    this.persist();
    this.setStatus({ kind: "conflict" });
    this.options.listener.onConflicts(conflicts, clone(answers));
  }

  private lock(unsent: string[]): void {
    this.stop();
    this.setStatus({ kind: "locked" });
    this.options.listener.onLocked(unsent);
  }

  private gone(failure: ApiFailure): void {
    this.stop();
    this.options.listener.onLinkGone(failure);
  }

  private persist(): void {
    if (!this.hasUnsavedChanges && this.conflicts === undefined) {
      this.options.store.clear();
      this.onDevice = true;
      return;
    }
    this.onDevice = this.options.store.write({
      baseRevision: this.deviceBase.revision,
      base: this.deviceBase.answers,
      answers: this.current,
      changedAt: this.now().toISOString(),
    });
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    const now = this.now().getTime();
    this.firstEditAt ??= now;
    const delay = Math.max(0, Math.min(this.debounceMs, this.firstEditAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow();
    }, delay);
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.saveNow();
    }, this.retryMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.firstEditAt = undefined;
  }

  private restingStatus(): SaveStatus {
    return this.lastSavedAt === undefined ? { kind: "idle" } : { kind: "saved", at: this.lastSavedAt };
  }

  private setStatus(status: SaveStatus): void {
    this.statusValue = status;
    this.options.listener.onStatus(status);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
