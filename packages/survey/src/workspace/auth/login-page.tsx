import { useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { useSessionState } from "./session-context.js";
import { checkLogin, hasProblems, loginFailure, type LoginProblems } from "./login-form.js";

/**
 * /sekretariat/log-ind: email and password. Problems show in a summary that takes focus and beside each field;
 * what was typed stays. After signing in the router sends the person on to where they were going.
 */
export function LoginPage({ ended }: { returnTo: string | null; ended: boolean }) {
  const { w } = useWorkspaceMessages();
  const { login } = useSessionState();
  useDocumentTitle(w.loginTitle);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<LoginProblems>({ fields: {} });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    const checked = checkLogin({ email, password }, w);
    if (hasProblems(checked)) {
      setProblems(checked);
      return;
    }
    setBusy(true);
    const result = await login(email.trim(), password);
    setBusy(false);
    if (!result.ok) setProblems(loginFailure(result.error, w));
  };

  const summary: FieldProblem[] = [
    ...(problems.form === undefined ? [] : [{ message: problems.form }]),
    ...(problems.fields.email === undefined ? [] : [{ fieldId: "login-email", message: problems.fields.email }]),
    ...(problems.fields.password === undefined ? [] : [{ fieldId: "login-password", message: problems.fields.password }]),
  ];

  return (
    <div className="af-ws-login">
      <h1>{w.loginTitle}</h1>
      {ended && summary.length === 0 && (
        <div className="af-notice" role="status">
          <p>{w.apiErrors.unauthenticated}</p>
        </div>
      )}
      <ErrorSummary problems={summary} attempt={attempt} />
      <p>{w.loginIntro}</p>
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="login-email"
          label={w.loginEmail}
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={problems.fields.email}
        />
        <TextField
          id="login-password"
          label={w.loginPassword}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={problems.fields.password}
        />
        <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
          {busy ? w.loginSubmitting : w.loginSubmit}
        </button>
      </form>
      <p className="af-hint af-ws-login__hint">{w.loginRespondentHint}</p>
    </div>
  );
}
