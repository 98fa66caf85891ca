import type { ApiError, ApiResult } from "../api/api-error.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";
import { apiErrorText, type ApiErrorWords } from "./api-error-text.js";

/** The state `useLoad` keeps: under way, done, or failed; a failure is kept as its error. */
export type LoadState<T> = { status: "loading" } | { status: "ok"; value: T } | { status: "error"; error: ApiError };

/** The state as a page draws it: a failure also carries its text in the reader's language. */
export type Loaded<T> = { status: "loading" } | { status: "ok"; value: T } | { status: "error"; error: ApiError; text: string };

/**
 * The state after an answer: the value, or the failure – except that a failed reload keeps the value already on
 * screen, so a brief loss of connection does not blank a page the person is reading.
 */
export function settle<T>(previous: LoadState<T>, result: ApiResult<T>, reloading: boolean): LoadState<T> {
  if (result.ok) return { status: "ok", value: result.value };
  if (reloading && previous.status === "ok") return previous;
  return { status: "error", error: result.error };
}

/** The state with a failure put into words, when the page is drawn (so a change of language shows at once). */
export function inWords<T>(state: LoadState<T>, w: WorkspaceMessages, words?: ApiErrorWords): Loaded<T> {
  return state.status === "error" ? { ...state, text: apiErrorText(state.error, w, words) } : state;
}
