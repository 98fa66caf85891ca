// What the load generator is asked to do. It crosses a process boundary (IPC), so it is plain data: the child
// builds its requests from it, and nothing of the parent's closures reaches it.

/**
 * - `autosave`: each connection is one respondent (its own token) saving its answers again and again, each save
 *   based on the revision its previous save returned, with `variedText` changed each time so every save appends.
 *   The bare baseline gets the same requests (its tokens are only names).
 * - `submit`: each request submits `answers` for the next unused token of the pool (a respondent submits once).
 */
export type LoadScenario =
  | {
      kind: "autosave";
      tokens: string[];
      /** the revision each token's response is at when the load starts (0 when not listed) */
      revisions: Record<string, number>;
      answers: Record<string, unknown>;
      variedText: string;
    }
  | { kind: "submit"; tokens: string[]; answers: Record<string, unknown> };

export interface LoadPlan {
  /** the server's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  connections: number;
  /** seconds of load; ignored when `amount` is set */
  durationSeconds: number;
  /** a fixed number of requests instead of a duration */
  amount?: number;
  scenario: LoadScenario;
}

/** What the load generator reports back: throughput and latency over the whole run. */
export interface LoadResult {
  connections: number;
  durationSeconds: number;
  /** completed requests per second (mean over the run) */
  requestsPerSecond: number;
  requests: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** responses other than 2xx, by status */
  non2xx: Record<string, number>;
  /** connection errors and timeouts */
  errors: number;
  /**
   * CPU time the server's process spent per completed request during the load (user + system, from /proc;
   * undefined where there is none). Steadier than throughput on a machine that is busy with other work.
   */
  serverCpuMsPerRequest?: number;
  /** the first unexpected response body, to say what went wrong */
  firstFailure?: string;
}
