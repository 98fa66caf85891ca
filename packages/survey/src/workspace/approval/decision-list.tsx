import { formatDate, formatDateTime } from "../../format.js";
import type { WorkspaceApi } from "../api/workspace-api.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { Link } from "../shell/navigation.js";
import { campaignPath } from "../workspace-routes.js";
import type { ApprovalDecision } from "@afrapport/schema/api";
import { decisionText } from "./decision-text.js";

/** The decisions recorded so far, newest first, each with its frozen copy to view and download. */
export function DecisionList({ api, campaignId, decisions }: { api: WorkspaceApi; campaignId: string; decisions: ApprovalDecision[] }) {
  const { r, locale } = useReportMessages();
  return (
    <section className="af-decisions" aria-labelledby="godkendelse-beslutninger">
      <h3 id="godkendelse-beslutninger">{r.decisionsHeading}</h3>
      {decisions.length === 0 ? (
        <p className="af-hint">{r.approvalNoDecisions}</p>
      ) : (
        <ol className="af-decisions__list" reversed>
          {[...decisions].reverse().map((decision) => (
            <li key={decision.id} className={`af-decision af-decision--${decision.decision}`} data-snapshot-id={decision.snapshotId}>
              <p className="af-decision__head">
                <strong>{decision.stepName}</strong>: {decisionText(decision.decision, r)},{" "}
                <time dateTime={decision.date}>{formatDate(decision.date, locale)}</time>
              </p>
              {decision.note ? (
                <p className="af-decision__note" lang="da">
                  {decision.note}
                </p>
              ) : null}
              <p className="af-hint">{r.decisionBy(decision.decidedBy.name ?? "–", formatDateTime(decision.decidedAt, locale))}</p>
              <ul className="af-decision__links">
                <li>
                  <Link href={campaignPath(campaignId, "godkendelse", "kopi", decision.snapshotId)}>{r.snapshotView}</Link>
                </li>
                <li>
                  <a href={api.exportUrl(campaignId, "report.docx", { locale, snapshot: decision.snapshotId })} download="" data-export="snapshot-docx">
                    {r.snapshotDocx}
                  </a>
                </li>
                <li>
                  <a href={api.exportUrl(campaignId, "report.html", { locale, snapshot: decision.snapshotId })} download="">
                    {r.snapshotHtml}
                  </a>
                </li>
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
