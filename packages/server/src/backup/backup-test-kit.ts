import { expect } from "vitest";
import { sql, type Kysely } from "kysely";
import type { CampaignWorld } from "../campaign/campaign-test-kit.js";
import type { Database } from "../db/tables.js";
import { hashToken } from "../invite/invite-token.js";
import type { TableContents } from "../test-support/table-snapshot.js";

// Shared by the backup tests on SQLite and PostgreSQL: respondents autosaving in a loop, and the comparison of a
// restored database with the live one.

export interface AutosaveLoad {
  /** saves acknowledged with 200 so far, over all respondents */
  acknowledged(): number;
  /** per invite token, the revision of its last save acknowledged so far */
  revisions(): Map<string, number>;
  /** waits until at least n more saves are acknowledged */
  waitFor(n: number): Promise<void>;
  /** stops the loops and waits for them; throws if a save got anything but 200 */
  stop(): Promise<void>;
}

/** `respondents` respondents of the world saving one changed answer after another, each on its last revision. */
export function startAutosaves(world: CampaignWorld, respondents: number): AutosaveLoad {
  let running = true;
  let count = 0;
  const revisions = new Map<string, number>();
  const waiters: Array<{ at: number; resolve(): void }> = [];
  const loops = world.municipalities.slice(0, respondents).map(async ({ token }, index) => {
    let revision = 0;
    while (running) {
      const answers = { respondentUnit: `Forvaltning ${index} – udgave ${revision + 1}`, targetGroupCount: { "2017": revision, "2018": index, "2019": 1 } };
      const saved = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: revision, answers });
      if (saved.status !== 200) throw new Error(`autosave ${index} got ${saved.status}: ${saved.text}`);
      revision = saved.body.revision as number;
      revisions.set(token, revision);
      count++;
      for (const waiter of waiters.filter((w) => count >= w.at)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  const all = Promise.all(loops);
  // A failing loop must fail waitFor too, not leave it hanging.
  const failure = all.then(() => undefined);
  return {
    acknowledged: () => count,
    revisions: () => new Map(revisions),
    waitFor: (n) => Promise.race([new Promise<void>((resolve) => waiters.push({ at: count + n, resolve })), failure.then(() => {
      throw new Error("the autosave loops ended");
    })]),
    stop: async () => {
      running = false;
      await all;
    },
  };
}

/** The tables the autosaves write; everything else must be identical between the live and the restored database. */
const WRITTEN_BY_AUTOSAVE = new Set(["responses", "response_revisions", "rate_limits", "audit_log"]);

/**
 * A restore of a backup taken during the autosaves holds the state of one moment: every table the autosaves do
 * not touch is identical to the live one; of the responses, each stands at some revision R with exactly the live
 * revisions up to R (same rows, byte for byte) and none after; the audit log is a part of the live one; and some
 * saves came after that moment.
 */
export function expectSnapshotOfLive(live: TableContents, restored: TableContents): void {
  expect(Object.keys(restored).sort()).toEqual(Object.keys(live).sort());
  for (const table of Object.keys(live)) {
    if (WRITTEN_BY_AUTOSAVE.has(table)) continue;
    expect(restored[table], table).toEqual(live[table]);
  }
  const rows = (contents: TableContents, table: string) => contents[table]!.map((row) => Object.fromEntries(JSON.parse(row) as Array<[string, unknown]>));
  const liveRevisions = rows(live, "response_revisions");
  const restoredRevisions = new Set(restored.response_revisions);
  let missingAfterBackup = 0;
  for (const response of rows(restored, "responses")) {
    const at = Number(response.current_revision);
    const ofResponse = liveRevisions.filter((r) => r.response_id === response.id);
    for (const revision of ofResponse) {
      const row = live.response_revisions![liveRevisions.indexOf(revision)]!;
      if (Number(revision.revision) <= at) expect(restoredRevisions.has(row), `revision ${revision.revision} of ${response.id}`).toBe(true);
      else missingAfterBackup++;
    }
    expect(restored.response_revisions!.filter((row) => JSON.parse(row).some(([k, v]: [string, unknown]) => k === "response_id" && v === response.id)).length).toBe(at);
  }
  // Rows are only ever added to these: the restored ones are the live ones of that moment.
  for (const table of ["response_revisions", "audit_log"]) {
    const liveRows = new Set(live[table]);
    expect(restored[table]!.filter((row) => !liveRows.has(row)), table).toEqual([]);
  }
  expect(missingAfterBackup, "saves acknowledged after the backup are not in it").toBeGreaterThan(0);
}

/** The SQLite file behind a Kysely instance. */
export async function sqliteFileOf(db: Kysely<any>): Promise<string> {
  const rows = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const main = rows.rows.find((row) => row.name === "main");
  if (main === undefined || main.file === "") throw new Error("not a SQLite file database");
  return main.file;
}

/** Every save acknowledged before the backup began is in the restored database: its revision or a later one. */
export async function expectAcknowledgedSavesIn(db: Kysely<Database>, acknowledged: Map<string, number>): Promise<void> {
  expect(acknowledged.size).toBeGreaterThan(0);
  for (const [token, revision] of acknowledged) {
    const row = await db
      .selectFrom("invite_links")
      .innerJoin("responses", "responses.respondent_id", "invite_links.respondent_id")
      .select("responses.current_revision")
      .where("invite_links.token_hash", "=", hashToken(token))
      .executeTakeFirstOrThrow();
    expect(row.current_revision, `the save acknowledged as revision ${revision}`).toBeGreaterThanOrEqual(revision);
  }
}
