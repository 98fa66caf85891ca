import { regions } from "@afrapport/schema";
import { userApi, userRoles, type IssuedInvitation, type PublicUser } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { SelectField, TextField } from "../shell/form-field.js";
import {
  emptyUserForm,
  readEditForm,
  readInviteForm,
  roleHasRegion,
  userFieldFor,
  userFormFrom,
  type UserField,
  type UserFormProblems,
  type UserFormValues,
} from "./user-form.js";
import { useUsersMessages } from "./users-messages.js";

const fieldIds: Record<UserField, string> = {
  name: "user-name",
  email: "user-email",
  role: "user-role",
  regionCode: "user-region",
  organisation: "user-organisation",
};
const fieldOrder = Object.keys(fieldIds) as UserField[];

export type UserDialogResult = { kind: "invited"; user: PublicUser; invitation: IssuedInvitation } | { kind: "changed"; user: PublicUser | null };

/**
 * Invite a user (no `user`) or change one: name, e-mail (only when inviting), role, region (for a secretariat or a
 * reference group member) and organisation. Problems show beside each field and in a summary that takes focus.
 */
export function UserDialog({ user, onClose, onDone }: { user?: PublicUser; onClose(): void; onDone(result: UserDialogResult): void }) {
  const { u, w, locale } = useUsersMessages();
  const { api, user: me } = useSession();
  const [values, setValues] = useState<UserFormValues>(() => (user === undefined ? emptyUserForm : userFormFrom(user)));
  const [problems, setProblems] = useState<UserFormProblems>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const labels: Record<UserField, string> = { name: u.fieldName, email: u.fieldEmail, role: u.fieldRole, regionCode: u.fieldRegion, organisation: u.fieldOrganisation };

  const serverProblem = (error: Parameters<typeof apiErrorText>[0]) => {
    const field = userFieldFor(error.field);
    if (error.code === "already_exists" && field === "email") return setProblems({ email: u.errorEmailTaken });
    const message = apiErrorText(error, w, { fieldLabels: labels });
    if (field !== null && error.status === 400) setProblems({ [field]: message });
    else setFormProblem(message);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    if (user === undefined) {
      const read = readInviteForm(values, u);
      if (!read.ok) return setProblems(read.problems);
      setProblems({});
      setBusy(true);
      const result = await api.call(userApi.invite, { body: read.input });
      setBusy(false);
      if (!result.ok) return serverProblem(result.error);
      return onDone({ kind: "invited", user: result.value.user, invitation: result.value.invitation });
    }
    const read = readEditForm(values, user, u);
    if (!read.ok) return setProblems(read.problems);
    setProblems({});
    if (read.input === null) return onDone({ kind: "changed", user: null });
    setBusy(true);
    const result = await api.call(userApi.change, { params: { id: user.id }, body: read.input });
    setBusy(false);
    if (!result.ok) return serverProblem(result.error);
    onDone({ kind: "changed", user: result.value.user });
  };

  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...fieldOrder.flatMap((field) => (problems[field] === undefined ? [] : [{ fieldId: fieldIds[field], message: problems[field]! }])),
  ];
  // an admin cannot take away their own admin role (the server refuses it too)
  const ownAccount = user !== undefined && user.id === me.id;

  return (
    <Dialog title={user === undefined ? u.inviteTitle : u.editTitle(user.name)} open onClose={onClose}>
      <ErrorSummary problems={summary} attempt={attempt} />
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField id={fieldIds.name} label={u.fieldName} autoComplete="off" value={values.name} onChange={(event) => set("name", event.target.value)} error={problems.name} />
        {user === undefined && (
          <TextField
            id={fieldIds.email}
            label={u.fieldEmail}
            hint={u.fieldEmailHint}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={(event) => set("email", event.target.value)}
            error={problems.email}
          />
        )}
        <SelectField
          id={fieldIds.role}
          label={u.fieldRole}
          value={values.role}
          disabled={ownAccount}
          onChange={(event) => set("role", event.target.value as UserFormValues["role"])}
          error={problems.role}
        >
          {userRoles.map((role) => (
            <option key={role} value={role}>
              {u.roles[role]}
            </option>
          ))}
        </SelectField>
        {roleHasRegion(values.role) && (
          <SelectField
            id={fieldIds.regionCode}
            label={u.fieldRegion}
            hint={u.fieldRegionHint}
            value={values.regionCode}
            onChange={(event) => set("regionCode", event.target.value)}
            error={problems.regionCode}
          >
            <option value="">{u.fieldRegionNone}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name[locale]}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id={fieldIds.organisation}
          label={u.fieldOrganisation}
          hint={u.fieldOrganisationHint}
          autoComplete="organization"
          value={values.organisation}
          onChange={(event) => set("organisation", event.target.value)}
          error={problems.organisation}
        />
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" disabled={busy}>
            {busy ? u.sending : user === undefined ? u.sendInvitation : u.saveChanges}
          </button>
          <button type="button" className="af-button" onClick={onClose}>
            {w.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
