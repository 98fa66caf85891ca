import "../report/report.css";
import "./national.css";
import type { Locale } from "@afrapport/schema";
import { useId, useState, type ReactNode } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { formatNumber } from "../../format.js";
import type { NationalOverview } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { useAnnouncements } from "../catalogue/use-announcements.js";
import { FigureValue, MaybeFigure } from "../report/figure-value.js";
import { useReportMessages, type ReportMessages } from "../report/use-report-messages.js";
import { Loading } from "../shell/loading.js";
import { Link, navigate } from "../shell/navigation.js";
import type { NationalViewProps } from "../shell/national-view-props.js";
import { LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { nationalPath } from "../workspace-routes.js";
import { regionKeyFigures, unionOfYears, yearValue } from "./national-figures.js";
import { NationalRegionReport } from "./national-region-report.js";

/**
 * The national board's view at /national: choose an announcement, see the five regions side by side (key figures
 * of each joint report and where each campaign stands), and open a region's report read-only at
 * /national/<announcement>/<region code>.
 */
export function NationalPage({ rest }: NationalViewProps) {
  const [announcementId, regionCode] = rest;
  const { r } = useReportMessages();
  if (announcementId === undefined) return <NationalChooser title={r.nationalHeading} />;
  return <NationalAnnouncement announcementId={announcementId} regionCode={regionCode} />;
}

function NationalAnnouncement({ announcementId, regionCode }: { announcementId: string; regionCode: string | undefined }) {
  const { api } = useSession();
  const { r } = useReportMessages();
  const { loaded, reload } = useLoad(() => api.nationalOverview(announcementId), announcementId);
  if (loaded.status === "loading") return <Loading label={r.nationalLoading} />;
  if (loaded.status === "error") {
    return (
      <div className="af-national">
        <NationalChooser title={r.nationalHeading} current={announcementId} />
        <LoadProblem text={loaded.text} onRetry={reload} />
      </div>
    );
  }
  const region = regionCode === undefined ? undefined : loaded.value.regions.find((candidate) => candidate.regionCode === regionCode);
  if (region !== undefined) return <NationalRegionReport announcementId={announcementId} region={region} />;
  return <NationalComparison overview={loaded.value} />;
}

/** "Central udmelding: [select] [Vis]": a form, so choosing does not move the page before the person asks. */
function NationalChooser({ title, current, children }: { title: string; current?: string; children?: ReactNode }) {
  const { r, locale } = useReportMessages();
  const selectId = useId();
  // Archived announcements stay on the list: the board compares the rounds that were run on them too.
  const { loaded, reload } = useAnnouncements("include");
  const [chosen, setChosen] = useState(current);
  useDocumentTitle(title);
  const announcements = loaded.status === "ok" ? loaded.value : [];
  const value = chosen ?? announcements[0]?.id ?? "";
  return (
    <div className="af-national">
      <h1>{title}</h1>
      <p className="af-report__intro">{r.nationalIntro}</p>
      {loaded.status === "loading" ? (
        <Loading />
      ) : loaded.status === "error" ? (
        <LoadProblem text={loaded.text} onRetry={reload} />
      ) : (
        <form
          className="af-national__chooser"
          onSubmit={(event) => {
            event.preventDefault();
            if (value !== "") navigate(`${nationalPath}/${encodeURIComponent(value)}`);
          }}
        >
          <label htmlFor={selectId} className="af-ws-field__label">
            {r.nationalAnnouncement}
          </label>
          <div className="af-national__chooser-row">
            <select id={selectId} className="af-ws-input af-ws-select" value={value} onChange={(event) => setChosen(event.target.value)}>
              {announcements.map((announcement) => (
                <option key={announcement.id} value={announcement.id}>
                  {announcement.title[locale]}
                </option>
              ))}
            </select>
            <button type="submit" className="af-button af-button--primary">
              {r.nationalChoose}
            </button>
          </div>
        </form>
      )}
      {children}
    </div>
  );
}

function NationalComparison({ overview }: { overview: NationalOverview }) {
  const { r, locale } = useReportMessages();
  const figures = overview.regions.map((region) => regionKeyFigures(region.report, region.offerReport));
  const years = unionOfYears(figures);
  const announcementTitle = overview.announcement.title[locale];
  return (
    <NationalChooser title={r.nationalHeading} current={overview.announcement.id}>
      <h2>{announcementTitle}</h2>
      <p className="af-small-note">{r.smallCountsNote}</p>
      <div className="af-table-wrap">
        <table className="af-table af-table--numbers af-table--national">
          <caption>{r.nationalTableCaption(announcementTitle)}</caption>
          <colgroup span={3} />
          <colgroup span={years.length + 1} />
          <colgroup span={2} />
          <thead>
            <tr>
              <td colSpan={3} />
              <th scope="colgroup" colSpan={years.length + 1} className="af-table__group">
                {r.nationalTargetGroupHeading}
              </th>
              <th scope="colgroup" colSpan={2} className="af-table__group">
                {r.nationalOffersHeading}
              </th>
            </tr>
            <tr>
              <th scope="col">{r.nationalRegion}</th>
              <th scope="col" className="af-table__text">
                {r.nationalStatus}
              </th>
              <th scope="col">{r.nationalSubmitted}</th>
              {years.map((year) => (
                <th scope="col" key={year}>
                  {year}
                </th>
              ))}
              <th scope="col">{r.total}</th>
              <th scope="col">{r.nationalOffers}</th>
              <th scope="col">{r.nationalHighly}</th>
            </tr>
          </thead>
          <tbody>
            {overview.regions.map((region, i) => {
              const f = figures[i]!;
              const name = region.regionName[locale];
              return (
                <tr key={region.regionCode} data-region={region.regionCode}>
                  <th scope="row">
                    {region.report !== null ? (
                      <Link href={`${nationalPath}/${encodeURIComponent(overview.announcement.id)}/${region.regionCode}`} aria-label={r.nationalOpenReport(name)}>
                        {name}
                      </Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td className="af-table__text">{campaignState(region, r, locale)}</td>
                  <td>{region.campaign === null ? <NotAvailable r={r} /> : `${formatNumber(region.submitted, locale)} / ${formatNumber(region.respondents, locale)}`}</td>
                  {years.map((year) => (
                    <td key={year}>{f.targetGroup === undefined ? <NotAvailable r={r} /> : <MaybeFigure figure={yearValue(f, year)} />}</td>
                  ))}
                  <td className="af-table__total">{f.targetGroup === undefined ? <NotAvailable r={r} /> : <FigureValue figure={f.targetGroup.total} />}</td>
                  <td>{f.offers === undefined ? <NotAvailable r={r} /> : <FigureValue figure={f.offers} />}</td>
                  <td>{f.highlySpecialised === undefined ? <NotAvailable r={r} /> : <FigureValue figure={f.highlySpecialised} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </NationalChooser>
  );
}

function campaignState(region: NationalOverview["regions"][number], r: ReportMessages, locale: Locale): string {
  if (region.campaign === null) return r.nationalNoCampaign;
  return r.nationalCampaignState(r.campaignStatus[region.campaign.status], formatShortDate(region.campaign.deadline, locale));
}

/** "23.12.2026" / "23/12/2026": short enough for a table cell. */
function formatShortDate(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", { day: "numeric", month: "numeric", year: "numeric", timeZone: "Europe/Copenhagen" }).format(new Date(value));
}

function NotAvailable({ r }: { r: ReportMessages }) {
  return (
    <>
      <span aria-hidden="true">{r.nationalNotAvailable}</span>
      <span className="af-visually-hidden">{r.nationalNoReport}</span>
    </>
  );
}
