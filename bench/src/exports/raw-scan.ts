import { openDatabase, parseDatabaseUrl, type DatabaseHandle } from "@afrapport/server";
import { median } from "./download.js";

// The baseline the exports are held against: the least any export of these responses must do – read the current
// answers of every submitted response of the campaign with one SQL query and JSON.parse each – timed in the same
// run against the same database.

export interface RawScan {
  rows: number;
  /** median over the runs */
  ms: number;
}

/** One scan: the current answers of every submitted response of the campaign, each parsed; what it took. */
export async function scanSubmittedAnswers(db: DatabaseHandle["db"], campaignId: string): Promise<{ ms: number; rows: number; bytes: number }> {
  const started = performance.now();
  const found = await db
    .selectFrom("responses")
    .innerJoin("response_revisions", (join) =>
      join.onRef("response_revisions.response_id", "=", "responses.id").onRef("response_revisions.revision", "=", "responses.current_revision"),
    )
    .select("response_revisions.answers_json")
    .where("responses.campaign_id", "=", campaignId)
    .where("responses.status", "=", "submitted")
    .execute();
  let bytes = 0;
  for (const row of found) {
    JSON.parse(row.answers_json);
    bytes += row.answers_json.length;
  }
  return { ms: performance.now() - started, rows: found.length, bytes };
}

export async function rawScan(databaseUrl: string, campaignId: string, runs = 5): Promise<RawScan> {
  const location = parseDatabaseUrl(databaseUrl, process.cwd());
  if (typeof location === "string") throw new Error(location);
  const handle = openDatabase(location);
  try {
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < runs; run++) {
      const scan = await scanSubmittedAnswers(handle.db, campaignId);
      times.push(scan.ms);
      rows = scan.rows;
    }
    return { rows, ms: median(times) };
  } finally {
    await handle.close();
  }
}
