import { z } from "zod";

/**
 * The API's error codes and the HTTP status each one is sent with. The server throws them; the browser turns each
 * code into a message in the reader's language, so a code added here must be given words there too.
 */
export const errorStatus = {
  bad_request: 400,
  malformed_json: 400,
  validation_failed: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  foreign_origin: 403,
  forbidden: 403,
  not_found: 404,
  link_invalid: 404,
  link_revoked: 410,
  conflict: 409,
  stale_revision: 409,
  already_exists: 409,
  payload_too_large: 413,
  quota_exceeded: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/** The common error body: `{ "error": { "code", "message", "field"? } }`, sometimes with extra keys beside it. */
export const ErrorBodySchema = z.looseObject({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
