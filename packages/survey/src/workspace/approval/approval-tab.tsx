import "../report/report.css";
import "./approval.css";
import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import { useReportMessages } from "../report/use-report-messages.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { Loading } from "../shell/loading.js";
import { LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { ApprovalStepsEditor } from "./approval-steps-editor.js";
import { CouncilsPanel } from "./councils-panel.js";
import { DecisionFormView } from "./decision-form-view.js";
import { DecisionList } from "./decision-list.js";
import { SnapshotView } from "./snapshot-view.js";

/**
 * The campaign's "Godkendelse" tab: the approval path, recording a decision (which freezes the report), the
 * decisions with their frozen copies, and a clear notice when the live report has changed since the last one.
 * At godkendelse/kopi/:sid it shows that frozen copy.
 */
export function ApprovalTab({ campaign, readOnly, rest, reloadCampaign }: CampaignTabProps) {
  const { api } = useSession();
  const { r } = useReportMessages();
  // loaded again on coming back from a frozen copy: the live report may have changed meanwhile
  const { loaded, set, reload } = useLoad(() => api.getApproval(campaign.id), `${campaign.id}/${rest.join("/")}`);
  const [recorded, setRecorded] = useState("");
  const [view, snapshotId] = rest;
  if (view === "kopi" && snapshotId !== undefined) return <SnapshotView campaign={campaign} snapshotId={snapshotId} />;

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") {
    return (
      <LoadProblem text={loaded.text} onRetry={reload} />
    );
  }
  const approval = loaded.value;
  const hasDecisions = approval.decisions.length > 0;
  return (
    <div className="af-approval">
      <h2>{r.approvalHeading}</h2>
      <p className="af-report__intro">{r.approvalIntro}</p>
      {hasDecisions ? (
        approval.reportChangedSinceLastSnapshot ? (
          <p className="af-notice af-notice--warning" data-report-changed="true">
            <strong>{r.approvalChanged}</strong>
          </p>
        ) : (
          <p className="af-notice af-notice--success" data-report-changed="false">
            {r.approvalUpToDate}
          </p>
        )
      ) : null}
      <ApprovalStepsEditor
        approval={approval}
        canEdit={!readOnly}
        save={async (steps) => {
          const result = await api.setApprovalSteps(campaign.id, steps);
          if (result.ok) set(result.value);
          return result;
        }}
        savePlan={async (input) => {
          const result = await api.setStepPlan(campaign.id, input);
          if (result.ok) set(result.value);
          return result;
        }}
      />
      {approval.councils === null ? null : (
        <CouncilsPanel
          approval={approval}
          councils={approval.councils}
          canEdit={!readOnly}
          record={async (input) => {
            const result = await api.recordCouncilDecision(campaign.id, input);
            if (result.ok) set(result.value);
            return result;
          }}
        />
      )}
      {readOnly || approval.state === "complete" ? null : (
        <DecisionFormView
          key={approval.decisions.length}
          approval={approval}
          record={(input) => api.recordDecision(campaign.id, input)}
          onRecorded={(result) => {
            setRecorded(r.decisionSaved(result.decision.stepName));
            reload();
            reloadCampaign();
          }}
        />
      )}
      <div role="status" aria-live="polite">
        {recorded === "" ? null : <p className="af-notice af-notice--success">{recorded}</p>}
      </div>
      <DecisionList api={api} campaignId={campaign.id} decisions={approval.decisions} />
    </div>
  );
}
