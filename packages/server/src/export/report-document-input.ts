import type { JointReport, Locale, LocalizedText } from "@afrapport/schema";

/** One step of the report's administrative and political handling (e.g. K29, KKR, the municipal councils). */
export interface ApprovalStep {
  step: string;
  /** "2026-12-01" (written as "1. december 2026") or free text */
  date?: string;
  decision?: string;
  note?: string;
}

/**
 * Everything the joint report's documents (DOCX, HTML) are rendered from: plain data, no database, so the
 * renderers are pure functions and the routes stay thin.
 */
export interface ReportDocumentInput {
  campaign: {
    title: string;
    regionName: string;
    announcementTitle: LocalizedText;
    /** "2026-12-01" or an ISO moment */
    deadline: string;
    /** draft, open, closed, reported (others as given) */
    status: string;
  };
  /** the municipalities' joint report */
  report: JointReport;
  /** the offers' questionnaire, with its screening */
  offerReport?: JointReport;
  /** the secretariat's own text per report section id: plain text, paragraphs separated by a blank line */
  summaries: Record<string, string>;
  locale: Locale;
  generatedAt: Date;
  approval?: ApprovalStep[];
}
