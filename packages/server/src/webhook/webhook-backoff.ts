/**
 * How long a failed delivery waits before its next attempt: after the first failure 1 minute, then 5 and 30
 * minutes, 2, 6 and 24 hours. After the seventh attempt it is given up, a little over 32 hours after the first.
 */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000, 24 * 3600_000];

/** How many attempts a delivery gets in all. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/** The wait after a failed attempt (1 for the first), or undefined when that was the last attempt. */
export function retryDelayMs(attemptsMade: number, delays: readonly number[] = WEBHOOK_RETRY_DELAYS_MS): number | undefined {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1) throw new Error(`retryDelayMs: attemptsMade must be a positive integer, got ${attemptsMade}`);
  return delays[attemptsMade - 1];
}
