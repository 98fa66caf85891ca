import { createHash } from "node:crypto";

/** Crockford's base 32: digits and capitals without I, L, O and U, so nothing is read as 1, 0 or V on the phone. */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The short number on a receipt, e.g. "7K2M-QX4D", that a respondent can read out to the secretariat: eight
 * characters (40 bits) of the sha256 of the submission – the response and the revision that submitted it – in two
 * groups of four. Derived, never stored: the same submission always gets the same number, and two respondents who
 * submit the same answers still get different numbers (the answers' hash alone would not tell them apart).
 */
export function receiptNumber(responseId: string, revision: number): string {
  const digest = createHash("sha256").update(`${responseId}:${revision}`, "utf8").digest();
  const bits = digest.readUIntBE(0, 5);
  let chars = "";
  for (let i = 7; i >= 0; i--) chars += alphabet[Math.floor(bits / 32 ** i) % 32];
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
