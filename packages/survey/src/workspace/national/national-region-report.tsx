import { useEffect, useMemo, useRef } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { formatDate } from "../../format.js";
import type { NationalRegion } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { ExportLinks } from "../exports/export-links.js";
import { reportResponseRefs } from "../report/figure-sources.js";
import { JointReportView, type SectionText } from "../report/joint-report-view.js";
import { SourcesProvider } from "../report/sources-dialog.js";
import { useSourcesLoader } from "../report/use-sources-loader.js";
import { savedSummary } from "../report/summary-view.js";
import { useReportMessages } from "../report/use-report-messages.js";
import { Link } from "../shell/navigation.js";
import { useLoad } from "../shell/use-load.js";
import { nationalPath } from "../workspace-routes.js";

/**
 * One region's joint report for the national board, read-only: the secretariat's texts, every figure with the
 * municipalities it came from (named, not linked: the responses are the region's), and the downloads.
 */
export function NationalRegionReport({ announcementId, region }: { announcementId: string; region: NationalRegion }) {
  const { api } = useSession();
  const { r, locale } = useReportMessages();
  const name = region.regionName[locale];
  const title = r.nationalReportHeading(name);
  useDocumentTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const campaignId = region.campaign?.id ?? "";
  const summaries = useLoad(() => api.listSummaries(campaignId), campaignId);
  const loadSources = useSourcesLoader(campaignId, region.sourcesVersion);
  const texts = useMemo(() => {
    const map = new Map<string, SectionText>();
    if (summaries.loaded.status === "ok") for (const s of summaries.loaded.value.summaries) map.set(s.sectionId, { summary: savedSummary(s) });
    return map;
  }, [summaries.loaded]);

  const report = region.report;
  const shown = new Set(report?.sections.map((s) => s.id) ?? []);
  return (
    <div className="af-national af-report">
      <p className="af-back">
        <Link href={`${nationalPath}/${encodeURIComponent(announcementId)}`}>{r.nationalBack}</Link>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {region.campaign ? (
        <p className="af-hint">
          <span lang="da">{region.campaign.title}</span> · {r.campaignStatus[region.campaign.status]} · {r.nationalDeadline}{" "}
          {formatDate(region.campaign.deadline, locale)}
        </p>
      ) : null}
      {report === null || region.campaign === null ? (
        <p className="af-notice">{r.nationalNoReport}</p>
      ) : (
        <>
          <ExportLinks api={api} campaignId={region.campaign.id} hasOffers={region.offerReport !== null} level={2} />
          <p className="af-small-note">{r.smallCountsNote}</p>
          <SourcesProvider
            responses={[...reportResponseRefs(report), ...(region.offerReport ? reportResponseRefs(region.offerReport) : [])]}
            loadSources={loadSources}
          >
            <JointReportView report={report} audience="municipality" texts={texts} level={2} {...(region.offerReport ? { audienceLabel: r.reportMunicipalities } : {})} />
            {region.offerReport ? <JointReportView report={region.offerReport} audience="offer" texts={texts} level={2} skip={shown} audienceLabel={r.reportOffers} /> : null}
          </SourcesProvider>
        </>
      )}
    </div>
  );
}
