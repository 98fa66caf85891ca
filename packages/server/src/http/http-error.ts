import { errorStatus, type ErrorCode } from "@afrapport/schema/api";

/**
 * The one error type of the HTTP edge. Services return domain errors as values; routes map them to an
 * HttpError; the error middleware renders every HttpError as `{ "error": { "code", "message", "field"? } }`.
 */
export { errorStatus, type ErrorCode } from "@afrapport/schema/api";

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
