import type { SsoErrorCode } from "@afrapport/schema/api";
import { AuthorizationResponseError, ClientError, ResponseBodyError } from "openid-client";

/**
 * What went wrong in a call through openid-client, as the sign-in page says it; undefined for an error that is
 * ours (a bug), which then surfaces as a 500 rather than hiding behind a message about the provider.
 */
export function classifyOidcError(error: unknown): SsoErrorCode | undefined {
  if (error instanceof AuthorizationResponseError) return "provider_refused";
  if (error instanceof ResponseBodyError) return error.status >= 500 ? "provider_unavailable" : "code_rejected";
  if (error instanceof ClientError) {
    const code = error.code ?? "";
    // A provider that answers with a server error page, or with something that is not JSON, is as good as down.
    if (code === "OAUTH_RESPONSE_IS_NOT_CONFORM" || code === "OAUTH_RESPONSE_IS_NOT_JSON") return "provider_unavailable";
    if (isNetworkFailure(error.cause)) return "provider_unavailable";
    return "token_invalid";
  }
  if (isNetworkFailure(error)) return "provider_unavailable";
  return undefined;
}

/** fetch's own failure (refused, reset, DNS) or its timeout. */
function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "TimeoutError" || error.name === "AbortError") return true;
  return error instanceof TypeError && error.message === "fetch failed";
}
