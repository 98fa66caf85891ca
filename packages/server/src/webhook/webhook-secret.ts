import { randomBytes } from "node:crypto";

// The secret is stored as it is, unlike passwords and invite tokens (which are kept as hashes): the server must
// compute an HMAC with it at every delivery, possibly days after it was shown, and a hash cannot sign. It is never
// sent back by the API after the answer that created it, and a rotation replaces it outright.

const PREFIX = "whsec_";

/** A new signing secret: 32 random bytes, base64url, with a prefix that says what it is. */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** The first characters of a secret, enough to tell which one a receiver holds, too few to sign with. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, PREFIX.length + 4)}…`;
}
