import type { FindingsByTarget, OutlinePage } from "@afrapport/schema";
import { useBuilderMessages } from "./builder-messages.js";
import type { Selection } from "./editor-selection.js";
import { findingText } from "./finding-text.js";
import { findingsInOrder } from "./findings-order.js";

export const findingsListId = "af-builder-findings";
/** the list's summary line, where focus goes when the list is opened from "Udgiv …" */
export const findingsSummaryId = "af-builder-findings-summary";

/** Every finding left, grouped by what it concerns, each group with a button that goes there. */
export function FindingsList({
  byTarget,
  outline,
  count,
  open,
  onToggle,
  nameOf,
  onGo,
}: {
  byTarget: FindingsByTarget;
  outline: readonly OutlinePage[];
  count: number;
  open: boolean;
  onToggle(open: boolean): void;
  /** "Spørgeskemaet", "Side 2: Baggrund", "Alder" */
  nameOf(target: Selection): string;
  onGo(target: Selection): void;
}) {
  const { b, locale } = useBuilderMessages();
  if (count === 0) return <p className="af-builder-findings af-builder-findings--none">{b.findingsNone}</p>;
  const groups = findingsInOrder(byTarget, outline);
  return (
    <details id={findingsListId} className="af-builder-findings" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary id={findingsSummaryId}>{b.findingsHeading(count)}</summary>
      <ul>
        {groups.map((group) => {
          const name = nameOf(group.target);
          return (
            <li key={JSON.stringify(group.target)}>
              <button type="button" className="af-ws-link-button" onClick={() => onGo(group.target)}>
                {b.findingGoTo(name)}
              </button>
              <ul>
                {group.findings.map((finding, i) => (
                  <li key={`${finding.path}-${finding.code}-${i}`}>{findingText(finding, locale)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
