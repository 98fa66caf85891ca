import type { ApiError } from "../api/api-error.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";

export interface LoginValues {
  email: string;
  password: string;
}

export type LoginField = keyof LoginValues;

export interface LoginProblems {
  fields: Partial<Record<LoginField, string>>;
  /** a problem with the sign-in as a whole (wrong password, too many attempts, no connection) */
  form?: string;
}

/** The checks made before asking the server: both fields filled, the email looks like one. */
export function checkLogin(values: LoginValues, w: WorkspaceMessages): LoginProblems {
  const fields: LoginProblems["fields"] = {};
  const email = values.email.trim();
  if (email === "") fields.email = w.loginEmailMissing;
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fields.email = w.loginEmailInvalid;
  if (values.password === "") fields.password = w.loginPasswordMissing;
  return { fields };
}

/** The server's refusal in words: the same message for a wrong email and a wrong password (as the server answers). */
export function loginFailure(error: ApiError, w: WorkspaceMessages, fallback: (error: ApiError) => string): LoginProblems {
  if (error.status === 401) return { fields: {}, form: w.loginWrong };
  if (error.status === 429) return { fields: {}, form: w.loginRateLimited(Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))) };
  if (error.status === 400 && (error.field === "email" || error.field === "password")) {
    return { fields: { [error.field]: error.field === "email" ? w.loginEmailInvalid : w.loginPasswordMissing } };
  }
  return { fields: {}, form: fallback(error) };
}

export function hasProblems(problems: LoginProblems): boolean {
  return problems.form !== undefined || Object.keys(problems.fields).length > 0;
}
