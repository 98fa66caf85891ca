import { createHash, randomBytes } from "node:crypto";

/**
 * Capability tokens of invite links: 32 random bytes (256 bits), base64url without padding (43 characters).
 * Only the sha256 of a token is stored; the token itself exists in the one response that created it.
 */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string can be a token at all (43 base64url characters); anything else is not looked up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The address a respondent opens; the front end serves /svar/:token. */
export function inviteUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, "")}/svar/${token}`;
}
