/**
 * How failed sign-ins slow further attempts down. An account or an address gets a number of failures for free;
 * after that each failure makes the next attempt wait, twice as long each time up to a ceiling. Nothing is ever
 * locked: the owner of an account that someone else is guessing at waits minutes, not until an administrator
 * helps. A success starts the account's count over; an address's count only ends when it has been quiet.
 */
export interface LoginDelayPolicy {
  /** failures before any waiting */
  freeFailures: number;
  /** the wait after the first failure beyond the free ones */
  firstDelayMs: number;
  maxDelayMs: number;
  /** a count whose last failure is older than this starts over */
  forgetAfterMs: number;
}

/** One account: 5 free failures, then 30 s, 1, 2, 4, 8 and at most 15 minutes; forgotten after a quiet day. */
export const accountDelay: LoginDelayPolicy = { freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * 3600_000 };

/**
 * One address: everyone behind a municipality's proxy shares it, so 50 free failures; then the same growing wait.
 * Forgotten after a quiet hour. It stops one address from guessing a little at every account.
 */
export const addressDelay: LoginDelayPolicy = { freeFailures: 50, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 3600_000 };

/** The wait after the `failures`-th failure in a row: 0 while free, then doubling up to the ceiling. */
export function delayAfter(failures: number, policy: LoginDelayPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^30 × 30 s is far past any ceiling; capping the exponent keeps the number finite.
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(doublings, 30));
}

/**
 * The distinct waits as a table, `[failures, delay]` from the first failure to the one where the ceiling is reached
 * (every later failure waits the ceiling), so that the database can pick the wait in the same statement that counts.
 */
export function delaySteps(policy: LoginDelayPolicy): Array<[failures: number, delayMs: number]> {
  const steps: Array<[number, number]> = [];
  for (let failures = 1; ; failures++) {
    const delay = delayAfter(failures, policy);
    steps.push([failures, delay]);
    if (delay >= policy.maxDelayMs) return steps;
  }
}

/** How long an address an account signed in from stays exempt from that account's count: 30 days. */
export const knownAddressMemoryMs = 30 * 24 * 3600_000;
