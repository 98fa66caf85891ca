import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { accountDelay, addressDelay, delaySteps, knownAddressMemoryMs, type LoginDelayPolicy } from "./login-delay.js";
import {
  countAttempt,
  deleteStaleKnownAddresses,
  deleteStaleThrottles,
  deleteThrottle,
  isKnownAddress,
  nextAttemptAt,
  rememberKnownAddress,
  uncountAttempt,
} from "./login-throttle.repository.js";

/** The counters one sign-in attempt is checked against, and the key that marks the address known to the account. */
export interface LoginThrottleKeys {
  account: string;
  address: string;
  known: string;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The account by a hash of its email (an unknown email is counted alike, and no email is stored), and the address. */
export function loginThrottleKeys(email: string, address: string): LoginThrottleKeys {
  const account = `account:${sha256(email.trim().toLowerCase()).slice(0, 32)}`;
  return { account, address: `address:${address}`, known: sha256(`${account}\n${address}`) };
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Lets a sign-in attempt be checked, or says how long to wait. The attempt is counted as a failure up front – so
 * that a burst of parallel guesses cannot all pass before the first failure is written – and taken back by
 * `loginSucceeded`. The address is asked first: an attempt it refuses touches nothing of the account. An attempt
 * made while waiting is not counted and does not make the wait longer.
 * An address the account signed in from lately is not slowed by the account's count: someone guessing at an
 * account from elsewhere slows only themselves, never the owner at their usual desk.
 */
export async function admitLoginAttempt(db: Kysely<Database>, keys: LoginThrottleKeys, now: Date): Promise<Admission> {
  const byAddress = await count(db, keys.address, addressDelay, now);
  if (!byAddress.admitted) return byAddress;
  if (await isKnownAddress(db, keys.known, new Date(now.getTime() - knownAddressMemoryMs).toISOString())) return byAddress;
  const byAccount = await count(db, keys.account, accountDelay, now);
  if (!byAccount.admitted) await uncountAttempt(db, keys.address);
  return byAccount;
}

/** A correct password: the account's count starts over, the address's attempt is taken back, and the address is known. */
export async function loginSucceeded(db: Kysely<Database>, keys: LoginThrottleKeys, now: Date): Promise<void> {
  await deleteThrottle(db, keys.account);
  await uncountAttempt(db, keys.address);
  await rememberKnownAddress(db, keys.known, now.toISOString());
}

/** Removes counters and known addresses that would no longer change anything; main runs it now and then. */
export async function pruneLoginThrottles(db: Kysely<Database>, now: Date): Promise<number> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const longest = Math.max(accountDelay.forgetAfterMs, addressDelay.forgetAfterMs);
  return (await deleteStaleThrottles(db, before(longest))) + (await deleteStaleKnownAddresses(db, before(knownAddressMemoryMs)));
}

async function count(db: Kysely<Database>, key: string, policy: LoginDelayPolicy, now: Date): Promise<Admission> {
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const counted = await countAttempt(db, key, {
    now: now.toISOString(),
    forgetBefore: at(-policy.forgetAfterMs),
    nextAttemptAt: delaySteps(policy).map(([failures, delay]) => [failures, at(delay)]),
  });
  if (counted !== undefined) return { admitted: true };
  const next = await nextAttemptAt(db, key);
  const waitMs = next === undefined ? 0 : Date.parse(next) - now.getTime();
  return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
