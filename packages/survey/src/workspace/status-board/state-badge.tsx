import type { RespondentState } from "@afrapport/schema/api";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/**
 * A respondent's state as a word with its own shape – an empty ring (not opened), a half-filled ring (in
 * progress), a tick (submitted), a circling arrow (reopened) – on a tint. The word carries the meaning; the shape
 * and colour only help, so nothing depends on seeing colour.
 */
export function StateBadge({ state }: { state: RespondentState }) {
  const { w } = useWorkspaceMessages();
  return (
    <span className={`af-ws-badge af-ws-badge--state-${state}`}>
      <StateIcon state={state} />
      {w.stateNames[state]}
    </span>
  );
}

function StateIcon({ state }: { state: RespondentState }) {
  const common = { className: "af-ws-badge__icon", viewBox: "0 0 12 12", "aria-hidden": true, focusable: false } as const;
  switch (state) {
    case "not-opened":
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      );
    case "in-progress":
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M6 1.5 A4.5 4.5 0 0 1 6 10.5 Z" fill="currentColor" />
        </svg>
      );
    case "submitted":
      return (
        <svg {...common}>
          <path d="M1.5 6.5 L4.5 9.5 L10.5 2.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "reopened":
      return (
        <svg {...common}>
          <path d="M10 6 A4 4 0 1 1 7.5 2.3" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M6.5 0.5 L9.5 2.5 L6.5 4.5 Z" fill="currentColor" />
        </svg>
      );
  }
}
