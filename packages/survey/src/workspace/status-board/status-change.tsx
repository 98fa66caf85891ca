import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import type { Campaign, CampaignStatus } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { InlineProblem } from "../shell/problem.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/** The campaign's next statuses as buttons ("Luk indsamlingen"), each asking for confirmation in a dialog first. */
export function StatusChange({ campaign, onChanged }: { campaign: Campaign; onChanged(message: string): void }) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const [target, setTarget] = useState<CampaignStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (campaign.nextStatuses.length === 0) return null;
  const confirm = async () => {
    if (target === null || busy) return;
    setBusy(true);
    const result = await api.changeStatus(campaign.id, target);
    setBusy(false);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w, { fieldLabels: { status: w.factStatus } }));
      return;
    }
    const name = w.campaignStatusNames[target];
    setTarget(null);
    onChanged(w.statusChanged(name));
  };

  return (
    <div className="af-ws-status-change">
      <h3>{w.statusChangeHeading}</h3>
      <div className="af-ws-actions">
        {campaign.nextStatuses.map((status) => (
          <button
            key={status}
            type="button"
            className={`af-button${status === "closed" || status === "reported" ? "" : " af-button--primary"}`}
            onClick={() => {
              setProblem(null);
              setTarget(status);
            }}
          >
            {w.statusChangeTo[status]}
          </button>
        ))}
      </div>
      <Dialog title={target === null ? "" : w.statusConfirmTitle(w.campaignStatusNames[target])} open={target !== null} onClose={() => setTarget(null)}>
        {target !== null && (
          <>
            <p>{w.statusConfirmText[target]}</p>
            {problem !== null && <InlineProblem>{problem}</InlineProblem>}
            <div className="af-ws-actions">
              <button type="button" className="af-button af-button--primary" aria-disabled={busy} onClick={() => void confirm()}>
                {w.statusChangeTo[target]}
              </button>
              <button type="button" className="af-button" onClick={() => setTarget(null)}>
                {w.cancel}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
