import { createHmac } from "node:crypto";

/**
 * The signature of one request: `v1=` and the hex HMAC-SHA256, keyed with the webhook's secret, of
 * "<timestamp>.<body>". The timestamp is inside what is signed, so a captured request cannot be replayed later
 * with a fresh timestamp; the receiver also refuses a timestamp too far from its own clock (README.md).
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
