import { useCallback, useEffect, useMemo, useRef } from "react";
import { formatDate, formatDateTime } from "../../format.js";
import type { Campaign } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { reportResponseRefs } from "../report/figure-sources.js";
import { JointReportView, type SectionText } from "../report/joint-report-view.js";
import { SourcesProvider } from "../report/sources-dialog.js";
import { emptySummary } from "../report/summary-draft.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { Loading } from "../shell/loading.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { campaignPath } from "../workspace-routes.js";
import { decisionText } from "./decision-text.js";

/** A decision's frozen copy of the report: read-only, with its own downloads; the numbers still open their sources. */
export function SnapshotView({ campaign, snapshotId }: { campaign: Campaign; snapshotId: string }) {
  const { api } = useSession();
  const { r, locale } = useReportMessages();
  const { loaded } = useLoad(() => api.getSnapshot(campaign.id, snapshotId), `${campaign.id}/${snapshotId}`);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = loaded.status === "ok";
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);
  const responseHref = useCallback((respondentId: string) => campaignPath(campaign.id, "rapport", "svar", respondentId), [campaign.id]);
  const texts = useMemo(() => {
    const map = new Map<string, SectionText>();
    if (loaded.status === "ok") for (const [id, text] of Object.entries(loaded.value.summaries)) map.set(id, { summary: { ...emptySummary, text } });
    return map;
  }, [loaded]);

  const back = (
    <p className="af-back">
      <Link href={campaignPath(campaign.id, "godkendelse")}>{r.snapshotBack}</Link>
    </p>
  );
  if (loaded.status === "loading") return <Loading label={r.snapshotLoading} />;
  if (loaded.status === "error") {
    return (
      <>
        {back}
        <InlineProblem>{loaded.text}</InlineProblem>
      </>
    );
  }
  const snapshot = loaded.value;
  const { municipality, offer } = snapshot.report;
  const shown = new Set(municipality.sections.map((s) => s.id));
  const decision = snapshot.decision;
  const title = r.snapshotHeading(
    typeof decision?.stepName === "string" ? decision.stepName : "",
    typeof decision?.date === "string" ? formatDate(decision.date, locale) : formatDate(snapshot.createdAt, locale),
  );
  return (
    <div className="af-report af-snapshot" data-snapshot-id={snapshot.id}>
      {back}
      <h2 ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {decision?.decision ? <p className="af-snapshot__decision">{decisionText(decision.decision, r)}</p> : null}
      <p className="af-notice">{r.snapshotIntro(formatDateTime(snapshot.createdAt, locale))}</p>
      <ul className="af-decision__links">
        <li>
          <a href={api.exportUrl(campaign.id, "report.docx", { locale, snapshot: snapshot.id })} download="">
            {r.snapshotDocx}
          </a>
        </li>
        <li>
          <a href={api.exportUrl(campaign.id, "report.html", { locale, snapshot: snapshot.id })} download="">
            {r.snapshotHtml}
          </a>
        </li>
      </ul>
      <p className="af-small-note">{r.smallCountsNote}</p>
      <SourcesProvider responses={[...reportResponseRefs(municipality), ...(offer ? reportResponseRefs(offer) : [])]} responseHref={responseHref}>
        <JointReportView report={municipality} audience="municipality" texts={texts} level={3} {...(offer ? { audienceLabel: r.reportMunicipalities } : {})} />
        {offer ? <JointReportView report={offer} audience="offer" texts={texts} level={3} skip={shown} audienceLabel={r.reportOffers} /> : null}
      </SourcesProvider>
    </div>
  );
}
