import type { AnyFigure, JointReport, ReportSectionResult, QuestionnaireVersionChange } from "@afrapport/schema";
import { useId, type ReactNode } from "react";
import { InlineComments } from "../comments/inline-comments.js";
import { deeper, Heading, type HeadingLevel } from "./heading.js";
import { ReportItemView, type ReportItemContext } from "./report-item.js";
import { ReportNotes } from "./report-notes.js";
import { ScreeningView } from "./screening-view.js";
import { SummaryEditor, SummaryText, type SaveSummary } from "./summary-editor.js";
import type { SavedSummary } from "./summary-draft.js";
import { useReportMessages } from "./use-report-messages.js";

export interface SectionText {
  summary: SavedSummary;
  /** present when this person may edit the text */
  save?: SaveSummary;
}

export interface JointReportViewProps {
  report: JointReport<AnyFigure>;
  audience: "municipality" | "offer";
  /** the secretariat's text per section id */
  texts: Map<string, SectionText>;
  level: HeadingLevel;
  attachmentHref?: (attachmentId: string) => string;
  /** section ids already shown (a section both questionnaires share is shown once) */
  skip?: ReadonlySet<string>;
  /** "Kommunernes besvarelser": shown above the sections when a campaign has both questionnaires */
  audienceLabel?: string;
  /** what changed since the questionnaire's previous version: its new questions are marked */
  versionChange?: QuestionnaireVersionChange | null;
}

/** One questionnaire's joint report: its sections in order, each with the secretariat's text, figures and comments. */
export function JointReportView({ report, audience, texts, level, attachmentHref, skip, audienceLabel, versionChange }: JointReportViewProps) {
  const { r } = useReportMessages();
  const context: ReportItemContext = {
    who: audience === "offer" ? r.offer : r.municipality,
    responseCount: report.responses.length,
    ...(attachmentHref ? { attachmentHref } : {}),
    ...(versionChange ? { newQuestions: { names: new Set(versionChange.added.map((q) => q.name)), previous: versionChange.previous } } : {}),
  };
  const sections = report.sections.filter((section) => !skip?.has(section.id));
  // Figures over no responses are zeros that read as findings ("0 borgere", no offer qualifies): say there are none yet.
  const empty = report.responses.length === 0;
  const screeningSection = report.screening === undefined ? undefined : (sections.find((s) => s.id === "screening") ?? sections.at(-1));
  return (
    <>
      {audienceLabel === undefined ? null : <p className="af-audience">{audienceLabel}</p>}
      {sections.map((section) => (
        <ReportSection key={section.id} section={section} text={texts.get(section.id)} level={level} context={context} empty={empty ? r.sectionNoResponses(audience) : null}>
          {!empty && report.screening !== undefined && section === screeningSection ? <ScreeningView screening={report.screening} level={deeper(level)} /> : null}
        </ReportSection>
      ))}
      {!empty && report.screening !== undefined && screeningSection === undefined ? <ScreeningView screening={report.screening} level={level} /> : null}
      <ReportNotes report={report} {...(audienceLabel === undefined ? {} : { label: audienceLabel })} />
    </>
  );
}

export function sectionAnchor(sectionId: string): string {
  return `afsnit-${sectionId}`;
}

function ReportSection({
  section,
  text,
  level,
  context,
  empty,
  children,
}: {
  section: ReportSectionResult<AnyFigure>;
  /** the words shown instead of the figures while nobody has submitted; null when there are responses */
  empty: string | null;
  text: SectionText | undefined;
  level: HeadingLevel;
  context: ReportItemContext;
  children?: ReactNode;
}) {
  const { r, locale } = useReportMessages();
  const headingId = useId();
  const title = section.title[locale];
  return (
    <section className="af-report-section" aria-labelledby={headingId} id={sectionAnchor(section.id)} tabIndex={-1}>
      <Heading level={level} id={headingId} className="af-report-section__title">
        {title}
      </Heading>
      {text?.save ? <SummaryEditor sectionTitle={title} summary={text.summary} save={text.save} /> : <SummaryText text={text?.summary.text ?? ""} />}
      {children}
      {empty !== null ? (
        <p className="af-report-empty">{empty}</p>
      ) : (
        section.items.map((item) => <ReportItemView key={item.question} item={item} level={deeper(level)} context={context} />)
      )}
      <InlineComments target={{ type: "section", sectionId: section.id }} heading={r.commentsOnSection(title)} level={deeper(level)} />
    </section>
  );
}
