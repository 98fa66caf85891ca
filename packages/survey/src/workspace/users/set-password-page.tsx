import { MIN_PASSWORD_LENGTH, userInvitationApi } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { useSessionState } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextField } from "../shell/form-field.js";
import { Loading } from "../shell/loading.js";
import { LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { homePathFor, loginPath } from "../workspace-routes.js";
import { checkNewPassword, linkProblemText, type SetPasswordField, type SetPasswordProblems } from "./set-password-form.js";
import { formatInvitationDate, useUsersMessages } from "./users-messages.js";

const fieldIds: Record<SetPasswordField, string> = { password: "set-password-new", repeat: "set-password-repeat" };

/**
 * /adgangskode/<token>: an invited person sees who the invitation is for, chooses a password (twice) and is signed
 * in. A link that is unknown, ran out, was used or belongs to a disabled account gets its own Danish sentence and
 * the way to the sign-in page instead of a form.
 */
export function SetPasswordPage({ token }: { token: string }) {
  const { u, w, locale } = useUsersMessages();
  const { api } = useSessionState();
  useDocumentTitle(u.setPasswordTitle);
  const { loaded, reload } = useLoad(() => api.call(userInvitationApi.show, { params: { token } }, false), `invitation:${token}`, {
    overrides: { link_invalid: (error) => linkProblemText(error, u), link_revoked: (error) => linkProblemText(error, u) },
  });
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<SetPasswordProblems>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    const checked = checkNewPassword(password, repeat, u);
    setProblems(checked);
    if (Object.keys(checked).length > 0) return;
    setBusy(true);
    const result = await api.call(userInvitationApi.accept, { params: { token }, body: { password } }, false);
    if (result.ok) {
      // a whole new page, so the workspace starts signed in as this person (the server set the session cookie)
      window.location.assign(homePathFor(result.value.user.role));
      return;
    }
    setBusy(false);
    const linkProblem = linkProblemText(result.error, u);
    if (linkProblem !== undefined) setEnded(linkProblem);
    else if (result.error.field === "password") setProblems({ password: u.errorPasswordShort(MIN_PASSWORD_LENGTH) });
    else setFormProblem(apiErrorText(result.error, w));
  };

  const linkProblem = ended ?? (loaded.status === "error" && (loaded.error.code === "link_invalid" || loaded.error.code === "link_revoked") ? loaded.text : null);
  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...(Object.entries(problems) as [SetPasswordField, string][]).map(([field, message]) => ({ fieldId: fieldIds[field], message })),
  ];

  return (
    <div className="af-ws-page af-ws-narrow">
      <h1>{linkProblem === null ? u.setPasswordTitle : u.linkProblemTitle}</h1>
      {linkProblem !== null ? (
        <>
          <div className="af-notice af-notice--problem" role="alert">
            <p>{linkProblem}</p>
          </div>
          <p>
            {u.linkProblemNext} <a href={loginPath}>{u.toSignIn}</a>
          </p>
        </>
      ) : loaded.status === "loading" ? (
        <Loading />
      ) : loaded.status === "error" ? (
        <LoadProblem text={loaded.text} onRetry={reload} />
      ) : (
        <>
          <p>{u.setPasswordIntro(loaded.value.invitation.name, loaded.value.invitation.email)}</p>
          <p className="af-hint">{u.setPasswordExpires(formatInvitationDate(loaded.value.invitation.expiresAt, locale))}</p>
          <ErrorSummary problems={summary} attempt={attempt} />
          <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
            {/* lets password managers store the new password under the right account */}
            <input type="email" name="username" autoComplete="username" value={loaded.value.invitation.email} readOnly hidden />
            <TextField
              id={fieldIds.password}
              label={u.fieldPassword}
              hint={u.fieldPasswordHint(MIN_PASSWORD_LENGTH)}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={problems.password}
            />
            <TextField
              id={fieldIds.repeat}
              label={u.fieldPasswordRepeat}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              error={problems.repeat}
            />
            <div className="af-ws-actions">
              <button type="submit" className="af-button af-button--primary" disabled={busy}>
                {busy ? w.saving : u.setPasswordSubmit}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
