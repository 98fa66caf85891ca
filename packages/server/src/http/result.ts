import type { ErrorCode } from "./http-error.js";

/**
 * A domain error as a value. Services return these instead of throwing; the route maps them to the one HttpError
 * at the edge (`unwrap`). The codes are the edge's codes, so the mapping needs no table of its own.
 */
export interface DomainError {
  code: ErrorCode;
  message: string;
  /** the input field the error is about */
  field?: string;
  /** extra JSON for the response body next to `error` (e.g. both sides of a conflict) */
  extra?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string, extra?: Record<string, unknown>): { ok: false; error: DomainError } {
  return { ok: false, error: { code, message, ...(field === undefined ? {} : { field }), ...(extra === undefined ? {} : { extra }) } };
}
