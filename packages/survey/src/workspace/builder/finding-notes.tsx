import type { Finding } from "@afrapport/schema/api";
import { useBuilderMessages } from "./builder-messages.js";
import { findingText } from "./finding-text.js";

/** The findings on one thing (the questionnaire, a page) as a short list in words, above its fields. */
export function FindingNotes({ findings }: { findings: readonly Finding[] }) {
  const { locale } = useBuilderMessages();
  if (findings.length === 0) return null;
  return (
    <ul className="af-builder-notes">
      {findings.map((finding, i) => (
        <li key={`${finding.path}-${finding.code}-${i}`}>{findingText(finding, locale)}</li>
      ))}
    </ul>
  );
}
