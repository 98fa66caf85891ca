import type { QuestionnaireVersionChange } from "@afrapport/schema";
import { useId } from "react";
import { Heading, type HeadingLevel } from "./heading.js";
import { useReportMessages } from "./use-report-messages.js";

/**
 * Which version of a questionnaire the report stands on and what changed since the version before: a new
 * question's figures are not a trend, and a question no longer asked is not a gap in the answers.
 */
export function VersionChangeNote({ change, audience, level }: { change: QuestionnaireVersionChange; audience: "municipality" | "offer"; level: HeadingLevel }) {
  const { r, locale } = useReportMessages();
  const headingId = useId();
  const groups: { label: string; items: { key: string; text: string }[] }[] = [
    { label: r.versionAdded, items: change.added.map((q) => ({ key: q.name, text: `»${q.title[locale]}«` })) },
    { label: r.versionRemoved, items: change.removed.map((q) => ({ key: q.name, text: `»${q.title[locale]}«` })) },
    { label: r.versionRenamed, items: change.renamed.map((q) => ({ key: q.to, text: `»${q.title[locale]}« (${q.from} → ${q.to})` })) },
    { label: r.versionChanged, items: change.changed.map((q) => ({ key: q.name, text: `»${q.title[locale]}«${q.breaking ? ` – ${r.versionBreaking}` : ""}` })) },
  ];
  return (
    <section className="af-notice af-version-change" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {r.versionChangeHeading(audience, change.version, change.previous)}
      </Heading>
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <div key={group.label}>
            <p>{group.label}</p>
            <ul>
              {group.items.map((item) => (
                <li key={item.key}>{item.text}</li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
