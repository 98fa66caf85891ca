import { useState } from "react";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { NextPageNotice } from "../campaigns/next-page-notice.js";
import { createdFacts } from "../contacts/contact-status.js";
import { ContactsPanel } from "../contacts/contacts-panel.js";
import { useContactsMessages } from "../contacts/contacts-messages.js";
import { apiErrorText } from "../shell/api-error-text.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { Dialog } from "../shell/dialog.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { countByState, noFilter, respondentStates, type BoardFilter } from "./board-filter.js";
import { BoardFilters } from "./board-filters.js";
import { BoardTable } from "./board-table.js";
import { DeadlineHistory } from "./deadline-history.js";
import { ExtendDeadlineForm } from "./extend-deadline-form.js";
import { PrefillDialog } from "./prefill-dialog.js";
import { RespondentDialog } from "./respondent-dialog.js";
import { StatusChange } from "./status-change.js";
import { StateBadge } from "./state-badge.js";

/**
 * The status board (tab "status"): every respondent with its state, last activity, reminders and effective
 * deadline; filters; per respondent a dialog with its actions. Above it the campaign's deadline (extend, with
 * its history) and status. A reviewer sees the same, without any action.
 */
export function StatusBoardPage({ campaign, readOnly, reloadCampaign }: CampaignTabProps) {
  const { w, locale } = useWorkspaceMessages();
  const { c } = useContactsMessages();
  const { api } = useSession();
  const { loaded, reload } = useLoad(() => api.listRespondents(campaign.id), campaign.id);
  const [filter, setFilter] = useState<BoardFilter>(noFilter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [extending, setExtending] = useState(false);
  const [prefilling, setPrefilling] = useState(false);
  const [extendRound, setExtendRound] = useState(0);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [message, setMessage] = useState("");
  const [inviteBusy, setInviteBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const entries = loaded.status === "ok" ? loaded.value.respondents : [];
  const selected = entries.find((entry) => entry.id === selectedId) ?? null;
  const counts = countByState(entries);

  const invite = async () => {
    setInviteBusy(true);
    setProblem(null);
    const result = await api.inviteMunicipalities(campaign.id);
    setInviteBusy(false);
    if (!result.ok) setProblem(apiErrorText(result.error, w));
    else setMessage(result.value.invited.length === 0 ? w.invitedMunicipalities(0) : c.linksGiven(createdFacts(result.value)));
    reload();
  };

  return (
    <div className="af-ws-board">
      <NextPageNotice />
      <div role="status" className="af-ws-live">
        {message !== "" && (
          <div className="af-notice af-notice--success">
            <p>{message}</p>
          </div>
        )}
      </div>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}

      {!readOnly && loaded.status === "ok" && (
        <ContactsPanel
          campaign={campaign}
          entries={entries}
          onChanged={(text) => {
            if (text !== undefined) setMessage(text);
            reload();
          }}
        />
      )}

      <section className="af-ws-section" aria-labelledby="deadline-heading">
        <h2 id="deadline-heading">{w.campaignActionsHeading}</h2>
        <p>
          {w.factDeadline}: <strong>{formatDateTime(campaign.deadline, locale)}</strong>
        </p>
        {!readOnly && (
          <div className="af-ws-actions">
            <button type="button" className="af-button" onClick={() => setExtending(true)}>
              {w.extendCampaign}
            </button>
            {(campaign.status === "draft" || campaign.status === "open") && (
              <button type="button" className="af-button" onClick={() => setPrefilling(true)}>
                {w.prefillOpen}
              </button>
            )}
          </div>
        )}
        <details className="af-ws-details">
          <summary>{w.historyHeading}</summary>
          <DeadlineHistory campaignId={campaign.id} version={historyVersion} />
        </details>
        {!readOnly && (
          <StatusChange
            campaign={campaign}
            onChanged={(text) => {
              setMessage(text);
              reloadCampaign();
            }}
          />
        )}
      </section>

      <h2>{w.boardTitle}</h2>
      {loaded.status === "loading" && <Loading />}
      {loaded.status === "error" && <InlineProblem>{loaded.text}</InlineProblem>}
      {loaded.status === "ok" && (
        <>
          <ul className="af-ws-counts" aria-label={w.boardCounts}>
            {respondentStates.map((state) => (
              <li key={state}>
                <StateBadge state={state} /> <span className="af-ws-counts__n">{counts[state]}</span>
              </li>
            ))}
          </ul>
          {entries.length === 0 ? (
            <div className="af-ws-empty">
              <p>{w.boardEmpty}</p>
              {!readOnly && (
                <button type="button" className="af-button af-button--primary" aria-disabled={inviteBusy} onClick={() => void invite()}>
                  {w.inviteMunicipalities}
                </button>
              )}
            </div>
          ) : (
            <>
              <BoardFilters filter={filter} onChange={setFilter} hasOffers={entries.some((entry) => entry.kind === "offer")} />
              <BoardTable entries={entries} filter={filter} readOnly={readOnly} onManage={(entry) => setSelectedId(entry.id)} />
            </>
          )}
        </>
      )}

      {!readOnly && (
        <>
          <Dialog title={w.extendCampaignTitle} open={extending} onClose={() => setExtending(false)}>
            <ExtendDeadlineForm
              key={extendRound}
              campaignId={campaign.id}
              currentDeadline={campaign.deadline}
              idPrefix="extend-campaign"
              onDone={(extension) => {
                setExtending(false);
                setExtendRound((n) => n + 1);
                setHistoryVersion((n) => n + 1);
                setMessage(w.extendDone(formatDateTime(extension.newDeadline, locale)));
                reloadCampaign();
                reload();
              }}
            />
          </Dialog>
          <PrefillDialog campaignId={campaign.id} open={prefilling} onClose={() => setPrefilling(false)} onDone={reload} />
          <RespondentDialog
            campaignId={campaign.id}
            entry={selected}
            onClose={() => setSelectedId(null)}
            onChanged={() => {
              setHistoryVersion((n) => n + 1);
              reload();
            }}
          />
        </>
      )}
    </div>
  );
}
