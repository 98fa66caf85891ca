import { errorStatus, type ErrorCode } from "@afrapport/schema/api";
import { fallbackCode, type ApiError, type ApiErrorCode } from "../api/api-error.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";

/** What a page may add to the common words: its own sentence for a code in its context, and its fields' labels. */
export interface ApiErrorWords {
  /**
   * The page's own sentence for a code (a wrong password at sign-in, a locked text in the summary editor). A
   * function may look at the error (its field, its Retry-After) and return undefined to keep the common sentence.
   */
  overrides?: Partial<Record<ApiErrorCode, string | ((error: ApiError) => string | undefined)>>;
  /** the labels of the page's fields, by the name the server gives in `field` ("title" → "Titel"; for "a.b", "a" will do) */
  fieldLabels?: Readonly<Partial<Record<string, string>>>;
}

/**
 * A failed request in the reader's language, chosen by its code: the page's own sentence when it gives one,
 * otherwise the common sentence for the code, naming the field when the server names one. The server's message
 * is English and meant for developers, so it is never shown.
 */
export function apiErrorText(error: ApiError, w: WorkspaceMessages, words: ApiErrorWords = {}): string {
  const code = apiErrorCode(error);
  const override = words.overrides?.[code];
  const own = typeof override === "function" ? override(error) : override;
  if (own !== undefined) return own;
  const text = w.apiErrors[code];
  if (error.field === undefined || error.field === "") return text;
  const labels = words.fieldLabels ?? {};
  // "municipalityQuestionnaire.version" is about the field "municipalityQuestionnaire"
  return w.apiErrorField(text, labels[error.field] ?? labels[error.field.split(".")[0]!] ?? error.field);
}

/** The error's code as the browser knows it; a code it does not know (a newer server) counts by its status. */
export function apiErrorCode(error: ApiError): ApiErrorCode {
  if (error.status === 0 || error.code === "network") return "network";
  return isErrorCode(error.code) ? error.code : fallbackCode(error.status);
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorStatus, code);
}
