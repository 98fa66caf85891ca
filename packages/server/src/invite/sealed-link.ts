import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * An invite token kept for later (the link of a mail waiting in the outbox), encrypted with the server's key
 * (AES-256-GCM) so that the database – or a backup of it – never holds a working link. The ciphertext is bound to
 * what it belongs to (`boundTo`, e.g. the outbox message's id): copied onto another row, it does not open.
 * Form: `v1.<iv>.<ciphertext and tag>`, both base64url.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealToken(key: Buffer, token: string, boundTo: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
}

/**
 * The token sealed in `sealed`, or undefined when it cannot be opened: another key (LINK_KEY changed, or was never
 * set and the server restarted), another row, or damaged text.
 */
export function openSealedToken(key: Buffer, sealed: string, boundTo: string): string | undefined {
  const [version, ivText, dataText, ...rest] = sealed.split(".");
  if (version !== VERSION || ivText === undefined || dataText === undefined || rest.length > 0) return undefined;
  const iv = Buffer.from(ivText, "base64url");
  const data = Buffer.from(dataText, "base64url");
  if (iv.length !== IV_BYTES || data.length <= TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}
