import { useId } from "react";
import type { WorkspaceApi } from "../api/workspace-api.js";
import { useReportMessages } from "../report/use-report-messages.js";

type ExportKind = "report.docx" | "answers.xlsx" | "export.csv" | "report.html";

/**
 * The report's downloads (GET /api/campaigns/:id/report.docx and its siblings): Word, Excel, CSV and a printable
 * page, in the page's language where the format has one. Ordinary links with `download`, so the browser's own
 * download handling (and the session cookie) does the work; the server sends every one of them as an attachment.
 */
export function ExportLinks({ api, campaignId, hasOffers, level = 3 }: { api: WorkspaceApi; campaignId: string; hasOffers: boolean; level?: 2 | 3 }) {
  const { r, locale } = useReportMessages();
  const headingId = useId();
  const links: { kind: ExportKind; label: string; hint: string; audience?: "offer" }[] = [
    { kind: "report.docx", label: r.exportDocx, hint: r.exportDocxHint },
    { kind: "answers.xlsx", label: r.exportXlsx, hint: r.exportXlsxHint },
    { kind: "export.csv", label: r.exportCsv, hint: r.exportCsvHint },
    ...(hasOffers ? [{ kind: "export.csv" as const, label: r.exportOffersCsv, hint: r.exportOffersCsvHint, audience: "offer" as const }] : []),
    { kind: "report.html", label: r.exportHtml, hint: r.exportHtmlHint },
  ];
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="af-exports" aria-labelledby={headingId}>
      <Heading id={headingId} className="af-exports__title">
        {r.exportsHeading}
      </Heading>
      <p className="af-hint">{r.exportsIntro}</p>
      <ul className="af-exports__list">
        {links.map((link) => {
          const href = api.exportUrl(campaignId, link.kind, { locale, ...(link.audience ? { audience: link.audience } : {}) });
          return (
            <li key={`${link.kind}-${link.audience ?? ""}`}>
              <a
                className="af-button af-export"
                href={href}
                download=""
                data-export={link.kind}
                data-audience={link.audience ?? "municipality"}
              >
                <span className="af-export__label">{link.label}</span>
                <span className="af-export__hint">{link.hint}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
