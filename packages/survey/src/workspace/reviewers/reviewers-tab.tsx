import { campaignApi, reviewerApi, type IssuedInvitation, type Reviewer } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { DataTable } from "../shell/data-table.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { SelectField, TextField } from "../shell/form-field.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { InvitedNotice } from "../users/users-page.js";
import { useUsersMessages } from "../users/users-messages.js";
import "../users/users.css";
import { candidateLabel, emptyReviewerForm, readReviewerForm, type ReviewerField, type ReviewerFormValues, type ReviewerProblems } from "./reviewer-form.js";

type Notice = { kind: "text"; text: string } | { kind: "invited"; name: string; invitation: IssuedInvitation } | { kind: "problem"; text: string };

const fieldIds: Record<ReviewerField, string> = { name: "reviewer-name", email: "reviewer-email", organisation: "reviewer-organisation" };

/**
 * The campaign's reference group, for its secretariat: who is in it (name, organisation, e-mail, invited or
 * active), add one of the region's reviewers, invite someone new by e-mail (the same invitation as the users page),
 * and remove one.
 */
export function ReviewersTab({ campaign }: CampaignTabProps) {
  const { u, w } = useUsersMessages();
  const { api } = useSession();
  const id = campaign.id;
  const reviewers = useLoad(() => api.call(campaignApi.listReviewers, { params: { id } }), `reviewers:${id}`);
  const candidates = useLoad(() => api.call(reviewerApi.candidates, { params: { id } }), `reviewer-candidates:${id}`);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState("");
  const [values, setValues] = useState<ReviewerFormValues>(emptyReviewerForm);
  const [problems, setProblems] = useState<ReviewerProblems>({});
  const [attempt, setAttempt] = useState(0);

  const added = (reviewer: Reviewer) => {
    reviewers.update((value) => ({ reviewers: [...(value?.reviewers ?? []).filter((r) => r.userId !== reviewer.userId), reviewer] }));
    candidates.update((value) => ({ candidates: (value?.candidates ?? []).filter((c) => c.userId !== reviewer.userId) }));
  };

  const addExisting = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || chosen === "") return;
    setBusy(true);
    const result = await api.call(campaignApi.addReviewer, { params: { id }, body: { userId: chosen } });
    setBusy(false);
    if (!result.ok) return setNotice({ kind: "problem", text: apiErrorText(result.error, w) });
    added(result.value.reviewer);
    setChosen("");
    setNotice({ kind: "text", text: u.addedNotice(result.value.reviewer.name) });
  };

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    const read = readReviewerForm(values, u);
    if (!read.ok) return setProblems(read.problems);
    setProblems({});
    setBusy(true);
    const result = await api.call(reviewerApi.invite, { params: { id }, body: read.input });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === "already_exists") return setProblems({ email: u.errorNotReviewer });
      const field = result.error.field;
      const message = apiErrorText(result.error, w, { fieldLabels: { name: u.fieldName, email: u.fieldEmail, organisation: u.fieldOrganisation } });
      if (result.error.status === 400 && (field === "name" || field === "email" || field === "organisation")) return setProblems({ [field]: message });
      return setNotice({ kind: "problem", text: message });
    }
    added(result.value.reviewer);
    setValues(emptyReviewerForm);
    setNotice(
      result.value.invitation === null
        ? { kind: "text", text: u.alreadyReviewerNotice(result.value.reviewer.name) }
        : { kind: "invited", name: result.value.reviewer.name, invitation: result.value.invitation },
    );
  };

  const remove = async (reviewer: Reviewer) => {
    setBusy(true);
    const result = await api.call(campaignApi.removeReviewer, { params: { id, userId: reviewer.userId } });
    setBusy(false);
    if (!result.ok) return setNotice({ kind: "problem", text: apiErrorText(result.error, w) });
    reviewers.update((value) => ({ reviewers: (value?.reviewers ?? []).filter((r) => r.userId !== reviewer.userId) }));
    candidates.reload();
    setNotice({ kind: "text", text: u.removedNotice(reviewer.name) });
  };

  const summary: FieldProblem[] = (Object.keys(fieldIds) as ReviewerField[]).flatMap((field) =>
    problems[field] === undefined ? [] : [{ fieldId: fieldIds[field], message: problems[field]! }],
  );
  const set = (field: ReviewerField, value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  return (
    <section aria-labelledby="reviewers-heading">
      <h2 id="reviewers-heading">{u.reviewersHeading}</h2>
      <p>{u.reviewersIntro}</p>
      <div role="status" className="af-users-notice">
        {notice?.kind === "text" && <p className="af-notice af-notice--success">{notice.text}</p>}
        {notice?.kind === "invited" && <InvitedNotice name={notice.name} invitation={notice.invitation} />}
      </div>
      {notice?.kind === "problem" && <InlineProblem>{notice.text}</InlineProblem>}
      {reviewers.loaded.status === "loading" ? (
        <Loading />
      ) : reviewers.loaded.status === "error" ? (
        <LoadProblem text={reviewers.loaded.text} onRetry={reviewers.reload} />
      ) : reviewers.loaded.value.reviewers.length === 0 ? (
        <p>{u.reviewersNone}</p>
      ) : (
        <DataTable caption={u.reviewersCaption} columns={[u.colName, u.colOrganisation, u.colEmail, u.colStatus]} actions={u.colActions} className="af-users-table af-reviewers-table">
          {reviewers.loaded.value.reviewers.map((reviewer) => (
            <tr key={reviewer.userId}>
              <th scope="row">{reviewer.name}</th>
              <td>{reviewer.organisation ?? u.noOrganisation}</td>
              <td>{reviewer.email}</td>
              <td>
                <span className={`af-users-status af-users-status--${reviewer.status}`}>{u.statuses[reviewer.status]}</span>
              </td>
              <td>
                <button type="button" className="af-button af-button--small" disabled={busy} aria-label={u.remove(reviewer.name)} onClick={() => void remove(reviewer)}>
                  {u.removeShort}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="af-reviewers-forms">
        <section aria-labelledby="reviewers-add-heading">
          <h3 id="reviewers-add-heading">{u.addExistingHeading}</h3>
          {candidates.loaded.status === "loading" ? (
            <Loading />
          ) : candidates.loaded.status === "error" ? (
            <LoadProblem text={candidates.loaded.text} onRetry={candidates.reload} />
          ) : candidates.loaded.value.candidates.length === 0 ? (
            <p>{u.addExistingNone}</p>
          ) : (
            <form className="af-ws-form" noValidate onSubmit={(event) => void addExisting(event)}>
              <SelectField id="reviewer-existing" label={u.addExistingLabel} hint={u.addExistingHint} value={chosen} onChange={(event) => setChosen(event.target.value)}>
                <option value="">{u.addExistingChoose}</option>
                {candidates.loaded.value.candidates.map((candidate) => (
                  <option key={candidate.userId} value={candidate.userId}>
                    {candidateLabel(candidate)}
                  </option>
                ))}
              </SelectField>
              <div className="af-ws-actions">
                <button type="submit" className="af-button" disabled={busy || chosen === ""}>
                  {u.addButton}
                </button>
              </div>
            </form>
          )}
        </section>
        <section aria-labelledby="reviewers-invite-heading">
          <h3 id="reviewers-invite-heading">{u.inviteReviewerHeading}</h3>
          <p className="af-hint">{u.inviteReviewerHint}</p>
          <ErrorSummary problems={summary} attempt={attempt} />
          <form className="af-ws-form" noValidate onSubmit={(event) => void invite(event)}>
            <TextField id={fieldIds.name} label={u.fieldName} autoComplete="off" value={values.name} onChange={(event) => set("name", event.target.value)} error={problems.name} />
            <TextField
              id={fieldIds.email}
              label={u.fieldEmail}
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(event) => set("email", event.target.value)}
              error={problems.email}
            />
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
                {u.inviteReviewerButton}
              </button>
            </div>
          </form>
        </section>
      </div>
    </section>
  );
}
