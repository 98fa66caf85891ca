import { findRegion } from "@afrapport/schema";
import { userApi, type IssuedInvitation, type PublicUser } from "@afrapport/schema/api";
import { useState } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { CopyField } from "../shell/copy-field.js";
import { DataTable } from "../shell/data-table.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { invitationText, signInText } from "./user-form.js";
import { UserDialog, type UserDialogResult } from "./user-dialog.js";
import { formatInvitationDate, useUsersMessages } from "./users-messages.js";
import "./users.css";

type Notice = { kind: "text"; text: string } | { kind: "invited"; name: string; invitation: IssuedInvitation } | { kind: "problem"; text: string };

/**
 * /sekretariat/brugere, for admins: every user with role, region, organisation, status and how they sign in;
 * invite by e-mail, change role, region and organisation, disable and enable, and send an invitation again. A new
 * invitation's link is shown once, to pass on by hand when no mail goes out.
 */
export function UsersPage() {
  const { u, w, locale } = useUsersMessages();
  const { api, user: me } = useSession();
  useDocumentTitle(u.pageTitle);
  const { loaded, reload, update } = useLoad(() => api.call(userApi.list, {}), "users");
  const [dialog, setDialog] = useState<{ user?: PublicUser } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const date = (iso: string) => formatInvitationDate(iso, locale);

  const put = (user: PublicUser) =>
    update((value) => {
      const users = value?.users ?? [];
      return { users: users.some((other) => other.id === user.id) ? users.map((other) => (other.id === user.id ? user : other)) : [...users, user].sort((a, b) => a.email.localeCompare(b.email)) };
    });

  const done = (result: UserDialogResult) => {
    setDialog(null);
    if (result.kind === "invited") {
      put(result.user);
      setNotice({ kind: "invited", name: result.user.name, invitation: result.invitation });
    } else if (result.user !== null) {
      put(result.user);
      setNotice({ kind: "text", text: u.changedNotice(result.user.name) });
    }
  };

  const setDisabled = async (user: PublicUser, disabled: boolean) => {
    setBusy(user.id);
    const result = await api.call(userApi.change, { params: { id: user.id }, body: { disabled } });
    setBusy(null);
    if (!result.ok) return setNotice({ kind: "problem", text: apiErrorText(result.error, w) });
    put(result.value.user);
    setNotice({ kind: "text", text: disabled ? u.disabledNotice(user.name) : u.enabledNotice(user.name) });
  };

  const resend = async (user: PublicUser) => {
    setBusy(user.id);
    const result = await api.call(userApi.resendInvitation, { params: { id: user.id } });
    setBusy(null);
    if (!result.ok) return setNotice({ kind: "problem", text: apiErrorText(result.error, w) });
    put(result.value.user);
    setNotice({ kind: "invited", name: user.name, invitation: result.value.invitation });
  };

  return (
    <div className="af-ws-page">
      <h1>{u.pageTitle}</h1>
      <p>{u.intro}</p>
      <div className="af-ws-actions">
        <button type="button" className="af-button af-button--primary" onClick={() => setDialog({})}>
          {u.inviteButton}
        </button>
      </div>
      <div role="status" className="af-users-notice">
        {notice?.kind === "text" && <p className="af-notice af-notice--success">{notice.text}</p>}
        {notice?.kind === "invited" && <InvitedNotice name={notice.name} invitation={notice.invitation} />}
      </div>
      {notice?.kind === "problem" && <InlineProblem>{notice.text}</InlineProblem>}
      {loaded.status === "loading" ? (
        <Loading />
      ) : loaded.status === "error" ? (
        <LoadProblem text={loaded.text} onRetry={reload} />
      ) : (
        <DataTable caption={u.tableCaption} columns={[<>{u.colName} <span className="af-users-table__sub">{u.colEmail}</span></>, u.colRole, u.colRegion, u.colOrganisation, u.colStatus, u.colSignIn]} actions={u.colActions} className="af-users-table">
          {loaded.value.users.map((user) => {
            const self = user.id === me.id;
            const invitation = invitationText(user, u, date);
            return (
              <tr key={user.id} data-user={user.email}>
                <th scope="row">
                  {user.name} {self && <span className="af-hint">{u.you}</span>}
                  <span className="af-users-table__sub">{user.email}</span>
                </th>
                <td>{u.roles[user.role]}</td>
                <td>{user.regionCode === null ? u.noRegion : (findRegion(user.regionCode)?.name[locale] ?? user.regionCode)}</td>
                <td>{user.organisation ?? u.noOrganisation}</td>
                <td>
                  <span className={`af-users-status af-users-status--${user.status}`}>{u.statuses[user.status]}</span>
                  {invitation !== null && <span className="af-hint af-users-status__note">{invitation}</span>}
                </td>
                <td>{signInText(user, u)}</td>
                <td>
                  <div className="af-users-actions">
                    <button type="button" className="af-button af-button--small" aria-label={u.edit(user.name)} onClick={() => setDialog({ user })}>
                      {u.editShort}
                    </button>
                    {user.status === "invited" && (
                      <button type="button" className="af-button af-button--small" disabled={busy === user.id} aria-label={u.resend(user.name)} onClick={() => void resend(user)}>
                        {u.resendShort}
                      </button>
                    )}
                    {!self && (
                      <button
                        type="button"
                        className="af-button af-button--small"
                        disabled={busy === user.id}
                        aria-label={user.disabled ? u.enable(user.name) : u.disable(user.name)}
                        onClick={() => void setDisabled(user, !user.disabled)}
                      >
                        {user.disabled ? u.enableShort : u.disableShort}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {dialog !== null && <UserDialog {...(dialog.user === undefined ? {} : { user: dialog.user })} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}

/** After an invitation: where it goes, when it runs out, and its link – shown this once – to pass on by hand. */
export function InvitedNotice({ name, invitation }: { name: string; invitation: IssuedInvitation }) {
  const { u, locale } = useUsersMessages();
  return (
    <div className="af-notice af-notice--success af-users-invited">
      <h2>{u.invitedHeading(name)}</h2>
      <p>{u.invitedText(invitation.recipient, formatInvitationDate(invitation.expiresAt, locale))}</p>
      <CopyField label={u.invitedLinkLabel} value={invitation.url} />
      <p className="af-hint">{u.invitedLinkHint}</p>
    </div>
  );
}
