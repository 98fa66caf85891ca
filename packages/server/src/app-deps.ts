import type { Kysely } from "kysely";
import type { Config } from "./config.js";
import type { Database } from "./db/tables.js";

/** What the app is made of; route modules get these, never the app itself. */
export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  /** The clock; tests inject one. Default: the real time. */
  now?: () => Date;
  /**
   * The built front end to serve. Default: packages/survey/dist/app when it exists; null serves none.
   */
  staticDir?: string | null;
  /**
   * Check every JSON response against the schema its route declares, and answer 500 when one drifts (tests turn
   * this on; production does not pay for it).
   */
  checkResponses?: boolean;
}

/** AppDeps with the clock filled in, as createApp hands them to route modules. */
export type ResolvedAppDeps = AppDeps & { now: () => Date };
