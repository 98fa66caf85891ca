/**
 * The one error type of the HTTP edge. Services return domain errors as values; routes map them to an
 * HttpError; the error middleware renders every HttpError as `{ "error": { "code", "message", "field"? } }`.
 */
export const errorStatus = {
  bad_request: 400,
  malformed_json: 400,
  validation_failed: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  link_invalid: 404,
  link_revoked: 410,
  conflict: 409,
  stale_revision: 409,
  already_exists: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class HttpError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Extra JSON merged into the response body next to `error` (e.g. both versions of a conflict). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "HttpError";
    this.status = errorStatus[code];
  }
}

export function errorBody(error: HttpError): Record<string, unknown> {
  return {
    ...error.extra,
    error: { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) },
  };
}
