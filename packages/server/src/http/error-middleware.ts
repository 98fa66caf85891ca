import type { ErrorRequestHandler } from "express";
import { errorBody, HttpError } from "./http-error.js";

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  code?: string;
  field?: string;
}

/** Turns anything thrown in a route into the one error shape; unknown errors are logged and hidden. */
export function errorMiddleware(log: (message: string, error: unknown) => void = console.error): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, body } = errorReply(error, log);
    res.status(status).json(body);
  };
}

/** The status and body anything thrown is answered with; an unexpected error (5xx) is logged, its details hidden. */
export function errorReply(error: unknown, log: (message: string, error: unknown) => void = console.error): { status: number; body: Record<string, unknown> } {
  const httpError = toHttpError(error);
  if (httpError.status >= 500) log("Unhandled error", error);
  return { status: httpError.status, body: errorBody(httpError) };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const e = error as BodyParserError;
  // body-parser and multer report through typed errors; each becomes a 4xx naming what was wrong.
  if (e?.type === "entity.parse.failed") return new HttpError("malformed_json", "The request body is not valid JSON.");
  if (e?.type === "entity.too.large" || e?.code === "LIMIT_FILE_SIZE")
    return new HttpError("payload_too_large", "The request body or file is too large.", e.field);
  if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported")
    return new HttpError("unsupported_media_type", "The request body must be UTF-8 JSON.");
  if (typeof e?.code === "string" && e.code.startsWith("LIMIT_"))
    return new HttpError("bad_request", `The upload was refused (${e.code}).`, e.field);
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500)
    return new HttpError("bad_request", e.message || "Bad request.");
  return new HttpError("internal", "Something went wrong on the server. Nothing was saved by the failed request.");
}
