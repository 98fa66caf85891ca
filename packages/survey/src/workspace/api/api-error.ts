import type { ErrorCode } from "@afrapport/schema/api";

/** The codes a failure can have in the browser: the server's error codes, and `network` when it was not reached. */
export type ApiErrorCode = ErrorCode | "network";

/**
 * How the workspace API reports a failure: a value, never a thrown string. `status` is the HTTP status, or 0
 * when the request never reached the server (offline, DNS, aborted); `code` is the server's error code
 * (`validation_failed`, `stale_revision`, …) or `network`. `body` keeps the whole error body, because some
 * errors carry more than the message (a 409 stale_revision carries the current text).
 */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  field?: string;
  body?: unknown;
  /** seconds the server asked to wait (429 Retry-After) */
  retryAfterSeconds?: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const networkError: ApiError = { status: 0, code: "network", message: "The server could not be reached." };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: ApiError): ApiResult<T> {
  return { ok: false, error };
}

export function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads `{ error: { code, message, field? } }`; a body without it (a proxy's HTML page) still gives a usable error. */
export function errorFromBody(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const error: ApiError = { status, code: fallbackCode(status), message: "", body };
  if (typeof body === "object" && body !== null && "error" in body) {
    const inner = (body as { error: unknown }).error;
    if (typeof inner === "object" && inner !== null) {
      const { code, message, field } = inner as Record<string, unknown>;
      if (typeof code === "string") error.code = code;
      if (typeof message === "string") error.message = message;
      if (typeof field === "string") error.field = field;
    }
  }
  const seconds = retryAfter === undefined || retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) error.retryAfterSeconds = seconds;
  return error;
}

/** The code for a status when the body names none (a proxy's page) or one this browser does not know. */
export function fallbackCode(status: number): ErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 410) return "link_revoked";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 422) return "unprocessable";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "internal";
  return "bad_request";
}
