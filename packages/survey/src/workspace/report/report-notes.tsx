import type { AnyFigure, JointReport } from "@afrapport/schema";
import { useReportMessages } from "./use-report-messages.js";

/**
 * What the secretariat should know about the data: migrated answers, responses left out, junk values. A
 * collapsible <details> (keyboard operable by itself), closed by default so the report reads first.
 */
export function ReportNotes({ report, label }: { report: JointReport<AnyFigure>; label?: string }) {
  const { r, locale } = useReportMessages();
  const migrated = report.responses.filter((response) => response.migrated);
  const count = migrated.length + report.skipped.length + report.notes.length;
  return (
    <details className="af-notes">
      <summary>{label === undefined ? r.notesHeading(count) : `${r.notesHeading(count)}: ${label.toLocaleLowerCase(locale)}`}</summary>
      <div className="af-notes__body">
        <p className="af-hint">{r.notesIntro}</p>
        {count === 0 ? (
          <p>{r.notesNone}</p>
        ) : (
          <ul>
            {migrated.map((response) => (
              <li key={`m-${response.responseId}`}>
                {r.notesMigrated(response.respondentName, response.answeredVersion, report.questionnaire.version)}
              </li>
            ))}
            {report.skipped.map((skipped) => (
              <li key={`s-${skipped.responseId}`}>{r.notesSkipped(skipped.respondentName, skipped.reason[locale])}</li>
            ))}
            {report.notes.map((note, i) => (
              <li key={`n-${i}`}>{note.message[locale]}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
