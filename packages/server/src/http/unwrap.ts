import { HttpError } from "./http-error.js";
import type { Result } from "./result.js";

/** The edge: a service's value, or its domain error thrown as the one HttpError the error middleware renders. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { code, message, field, extra } = result.error;
  throw new HttpError(code, message, field, extra);
}
