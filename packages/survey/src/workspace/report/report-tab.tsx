import "./report.css";
import { lazy, Suspense, useCallback, useEffect, useMemo } from "react";
import { formatDateTime, formatNumber } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import type { CampaignReport, SectionSummary } from "@afrapport/schema/api";
import { CommentsContext } from "../comments/comments-context.js";
import { targetNames } from "../comments/target-names.js";
import { useCampaignComments } from "../comments/use-campaign-comments.js";
import { ExportLinks } from "../exports/export-links.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { Loading } from "../shell/loading.js";
import { LoadProblem } from "../shell/problem.js";
import { useLoad, type Load } from "../shell/use-load.js";
import { campaignPath } from "../workspace-routes.js";
import { reportResponseRefs } from "./figure-sources.js";
import { JointReportView, sectionAnchor, type SectionText } from "./joint-report-view.js";
import { SourcesProvider } from "./sources-dialog.js";
import { useSourcesLoader } from "./use-sources-loader.js";
import { emptySummary } from "./summary-draft.js";
import { savedSummary } from "./summary-view.js";
import { useReportMessages } from "./use-report-messages.js";
import { VersionChangeNote } from "./version-change-note.js";

// The read-only response view brings survey-core with it; it loads only when a response is opened.
const ResponseView = lazy(() => import("./response-view.js").then((m) => ({ default: m.ResponseView })));

/** The campaign's "Rapport" tab: the joint report, or – at rapport/svar/:rid – one response read-only. */
export function ReportTab({ campaign, readOnly, rest }: CampaignTabProps) {
  const { api, role } = useSession();
  const { locale } = useReportMessages();
  const report = useLoad(() => api.getReport(campaign.id), campaign.id);
  const summaries = useLoad(() => api.listSummaries(campaign.id), campaign.id);
  const names = useMemo(() => targetNames(report.loaded.status === "ok" ? report.loaded.value : undefined, summaries.loaded.status === "ok" ? summaries.loaded.value.summaries : [], locale), [report.loaded, summaries.loaded, locale]);
  const comments = useCampaignComments(api, campaign.id, { canWrite: !readOnly || role === "reviewer", canResolve: !readOnly, targetName: names });

  const [view, rid] = rest;
  if (view === "svar" && rid !== undefined) {
    return (
      <CommentsContext.Provider value={comments.value}>
        <Suspense fallback={<Loading />}>
          <ResponseView campaign={campaign} respondentId={rid} />
        </Suspense>
      </CommentsContext.Provider>
    );
  }
  return (
    <CommentsContext.Provider value={comments.value}>
      <ReportBody campaign={campaign} readOnly={readOnly} report={report} summaries={summaries} />
    </CommentsContext.Provider>
  );
}

function ReportBody({
  campaign,
  readOnly,
  report,
  summaries,
}: {
  campaign: CampaignTabProps["campaign"];
  readOnly: boolean;
  report: Load<CampaignReport>;
  summaries: Load<{ summaries: SectionSummary[] }>;
}) {
  const { api } = useSession();
  const { r, locale } = useReportMessages();
  const responseHref = useCallback((respondentId: string) => campaignPath(campaign.id, "rapport", "svar", respondentId), [campaign.id]);
  const attachmentHref = useCallback((attachmentId: string) => api.attachmentUrl(campaign.id, attachmentId), [api, campaign.id]);
  const loadSources = useSourcesLoader(campaign.id, report.loaded.status === "ok" ? report.loaded.value.sourcesVersion : null);

  const texts = useMemo(() => {
    const map = new Map<string, SectionText>();
    const list = summaries.loaded.status === "ok" ? summaries.loaded.value.summaries : [];
    for (const summary of list) {
      map.set(summary.sectionId, {
        summary: savedSummary(summary),
        ...(readOnly ? {} : { save: (text: string, baseVersion: number) => api.saveSummary(campaign.id, summary.sectionId, text, baseVersion) }),
      });
    }
    return map;
  }, [summaries.loaded, readOnly, api, campaign.id]);

  // A link to a section (from the comments tab) lands on it once the report is on screen.
  const ready = report.loaded.status === "ok" && summaries.loaded.status === "ok";
  useEffect(() => {
    if (!ready || !window.location.hash.startsWith("#afsnit-")) return;
    const section = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    section?.scrollIntoView();
    section?.focus({ preventScroll: true });
  }, [ready]);

  if (report.loaded.status === "loading" || summaries.loaded.status === "loading") return <Loading label={r.reportLoading} />;
  if (report.loaded.status === "error" || summaries.loaded.status === "error") {
    const failure = report.loaded.status === "error" ? report.loaded : summaries.loaded;
    return (
      <LoadProblem
        text={`${r.reportLoadFailed} ${failure.status === "error" ? failure.text : ""}`.trim()}
        onRetry={() => {
          report.reload();
          summaries.reload();
        }}
      />
    );
  }
  const data = report.loaded.value;
  // A section both questionnaires define is one section with one text; the municipalities' report shows it.
  const shown = new Set(data.municipality.sections.map((section) => section.id));
  const withTexts = (id: string) => texts.get(id) ?? { summary: emptySummary };
  const allTexts = new Map([...data.municipality.sections, ...(data.offer?.sections ?? [])].map((section) => [section.id, withTexts(section.id)]));
  const responses = [...reportResponseRefs(data.municipality), ...(data.offer ? reportResponseRefs(data.offer) : [])];
  const submitted = data.municipality.responses.length + (data.offer?.responses.length ?? 0);

  return (
    <div className="af-report">
      <h2>{r.reportHeading}</h2>
      <p className="af-report__intro">{readOnly ? r.reportReadOnly : r.reportIntro}</p>
      <p className="af-hint">
        {r.reportGeneratedAt(formatDateTime(data.generatedAt, locale))} · {r.reportRespondents(formatNumber(data.municipality.responses.length, locale), data.offer ? formatNumber(data.offer.responses.length, locale) : null)}
      </p>
      {submitted === 0 ? <p className="af-notice">{r.reportNoResponses}</p> : null}
      {data.versionChanges.municipality ? <VersionChangeNote change={data.versionChanges.municipality} audience="municipality" level={3} /> : null}
      {data.versionChanges.offer ? <VersionChangeNote change={data.versionChanges.offer} audience="offer" level={3} /> : null}
      <ExportLinks api={api} campaignId={campaign.id} hasOffers={data.offer !== null} />
      <nav className="af-report-toc" aria-labelledby="rapport-indhold">
        <h3 id="rapport-indhold" className="af-report-toc__title">
          {r.reportContents}
        </h3>
        <ReportToc title={r.reportMunicipalities} sections={data.municipality.sections} locale={locale} />
        {data.offer ? <ReportToc title={r.reportOffers} sections={data.offer.sections.filter((s) => !shown.has(s.id))} locale={locale} /> : null}
      </nav>
      <p className="af-small-note">{r.smallCountsNote}</p>
      <SourcesProvider responses={responses} responseHref={responseHref} loadSources={loadSources}>
        <JointReportView report={data.municipality} audience="municipality" texts={allTexts} level={3} attachmentHref={attachmentHref} versionChange={data.versionChanges.municipality} {...(data.offer ? { audienceLabel: r.reportMunicipalities } : {})} />
        {data.offer ? (
          <JointReportView report={data.offer} audience="offer" texts={allTexts} level={3} attachmentHref={attachmentHref} versionChange={data.versionChanges.offer} skip={shown} audienceLabel={r.reportOffers} />
        ) : null}
      </SourcesProvider>
    </div>
  );
}

function ReportToc({ title, sections, locale }: { title: string; sections: { id: string; title: { da: string; en: string } }[]; locale: "da" | "en" }) {
  if (sections.length === 0) return null;
  return (
    <div className="af-report-toc__group">
      <p className="af-report-toc__audience">{title}</p>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${sectionAnchor(section.id)}`}>{section.title[locale]}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}

