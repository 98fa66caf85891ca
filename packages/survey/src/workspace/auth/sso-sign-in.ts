import { SSO_ERROR_PARAM, ssoErrorCodes, type SsoErrorCode } from "@afrapport/schema/api";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";

/** The code the server put in the sign-in page's address after a failed single sign-on (?sso-fejl=…), if any. */
export function ssoErrorFromSearch(search: string): SsoErrorCode | undefined {
  const value = new URLSearchParams(search).get(SSO_ERROR_PARAM);
  return (ssoErrorCodes as readonly string[]).includes(value ?? "") ? (value as SsoErrorCode) : undefined;
}

/** Why the single sign-on failed, in the reader's language, naming the organisation (or "din organisation"). */
export function ssoErrorText(code: SsoErrorCode, organisation: string | undefined, w: WorkspaceMessages): string {
  return w.loginSsoErrors[code](organisation ?? w.loginSsoSomeOrganisation);
}

/** The address that starts the single sign-on and comes back to `returnTo` afterwards. */
export function ssoStartHref(startPath: string, returnTo: string | null): string {
  return returnTo === null ? startPath : `${startPath}?tilbage=${encodeURIComponent(returnTo)}`;
}
