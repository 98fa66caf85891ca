import { oidcApi, type SignInMethods } from "@afrapport/schema/api";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { useSessionState } from "./session-context.js";
import { checkLogin, hasProblems, loginFailure, type LoginProblems } from "./login-form.js";
import { ssoErrorFromSearch, ssoErrorText, ssoStartHref } from "./sso-sign-in.js";
import "./login-page.css";

/**
 * /sekretariat/log-ind: when single sign-on is configured, "Log ind med <organisation>" first (a link to the
 * server's start route, which leaves for the provider); then email and password. Problems show in a summary that
 * takes focus and beside each field; what was typed stays. A failed single sign-on comes back here with
 * ?sso-fejl=<code>, shown the same way. After signing out, the provider's sign-out is offered too. After signing
 * in the router sends the person on to where they were going.
 */
export function LoginPage({ returnTo, ended }: { returnTo: string | null; ended: boolean }) {
  const { w } = useWorkspaceMessages();
  const { login, api, state } = useSessionState();
  const [methods, setMethods] = useState<SignInMethods | "unknown" | undefined>(undefined);
  const ssoError = useMemo(() => ssoErrorFromSearch(window.location.search), []);
  useEffect(() => {
    let live = true;
    void api.call(oidcApi.methods, {}, false).then((result) => {
      if (live) setMethods(result.ok ? result.value : "unknown");
    });
    return () => {
      live = false;
    };
  }, [api]);
  const sso = typeof methods === "object" ? methods.sso : null;
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

  // A failed single sign-on is said once the organisation's name is known; a password attempt replaces it.
  const ssoProblem = ssoError !== undefined && methods !== undefined && attempt === 0 ? ssoErrorText(ssoError, sso?.displayName, w) : undefined;
  const summary: FieldProblem[] = [
    ...(ssoProblem === undefined ? [] : [{ message: ssoProblem }]),
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
      {sso !== null && state.status === "signedOut" && state.reason === "loggedOut" && summary.length === 0 && (
        <div className="af-notice" role="status">
          <p>{w.loginSsoSignedOut(sso.displayName)}</p>
          <p>
            <a href={sso.logoutPath}>{w.loginSsoSignOutThere(sso.displayName)}</a>
          </p>
        </div>
      )}
      <ErrorSummary problems={summary} attempt={attempt} />
      {sso !== null && (
        <div className="af-ws-login__sso">
          <p>{w.loginSsoIntro(sso.displayName)}</p>
          <a className="af-button af-button--primary" href={ssoStartHref(sso.startPath, returnTo)}>
            {w.loginSsoButton(sso.displayName)}
          </a>
        </div>
      )}
      {sso !== null && <h2 className="af-ws-login__password-heading">{w.loginPasswordHeading}</h2>}
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
