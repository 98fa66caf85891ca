import type { AnyFigure, TextsItem } from "@afrapport/schema";
import { useReportMessages } from "./use-report-messages.js";

/** Every text written to one question, each with the name of the municipality (or offer) that wrote it. */
export function TextsList({ item }: { item: TextsItem<AnyFigure> }) {
  const { r } = useReportMessages();
  if (item.texts.length === 0) return <p className="af-hint">{r.noTexts}</p>;
  return (
    <ul className="af-quotes">
      {item.texts.map((entry, i) => (
        <li key={`${entry.respondent.responseId}-${i}`}>
          <span className="af-quote__who" lang="da">
            {entry.respondent.respondentName}
          </span>
          <span className="af-quote__text" lang="da">
            {entry.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
