import type { ApiError } from "../api/api-error.js";
import { apiErrorText } from "../shell/api-error-text.js";
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

/**
 * The server's refusal in words: the same message for a wrong email and a wrong password (as the server answers),
 * the minutes to wait after too many attempts, and a refused field beside that field.
 */
export function loginFailure(error: ApiError, w: WorkspaceMessages): LoginProblems {
  if (error.status === 400 && (error.field === "email" || error.field === "password")) {
    return { fields: { [error.field]: error.field === "email" ? w.loginEmailInvalid : w.loginPasswordMissing } };
  }
  const form = apiErrorText(error, w, {
    overrides: {
      unauthenticated: w.loginWrong,
      rate_limited: ({ retryAfterSeconds }) => w.loginRateLimited(Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))),
    },
    fieldLabels: { email: w.loginEmail, password: w.loginPassword },
  });
  return { fields: {}, form };
}

export function hasProblems(problems: LoginProblems): boolean {
  return problems.form !== undefined || Object.keys(problems.fields).length > 0;
}
