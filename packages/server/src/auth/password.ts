import { randomBytes } from "node:crypto";
import { hash, verify, type Algorithm } from "@node-rs/argon2";

/**
 * Password hashing with argon2id at the OWASP Password Storage Cheat Sheet's first recommendation:
 * m = 19 MiB (19456 KiB), t = 2 passes, p = 1 lane, 32-byte output, a random 16-byte salt per hash. The PHC
 * string stores the parameters, so raising them later still verifies older hashes.
 */
const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id; a const enum cannot be read under isolatedModules
export const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/**
 * argon2's verify recomputes the hash and compares in constant time. A malformed stored hash is a mismatch. An
 * empty hash – a user with no password (signed up by SSO, or invited and not yet chosen one) – never matches, and
 * takes as long as a real check, so the answer's timing does not tell such users apart.
 */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash === "") return verifyDummyPassword(password);
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as verifying a real password and returns false. Login calls it for an unknown or
 * disabled email, so the response time does not tell which emails have accounts.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(18).toString("base64url"));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A strong random password (144 bits, 24 URL-safe characters) for the CLI to print once. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
