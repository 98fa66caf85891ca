import { HttpError } from "./http-error.js";
import type { DomainError, Result } from "./result.js";

/** The edge: a service's value, or its domain error thrown as the one HttpError the error middleware renders. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw httpErrorOf(result.error);
}

export function httpErrorOf({ code, message, field, extra }: DomainError): HttpError {
  return new HttpError(code, message, field, extra);
}
