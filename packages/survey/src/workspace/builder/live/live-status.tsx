import type { LiveState } from "./live-connection.js";
import { useLiveMessages } from "./live-messages.js";

/** The live connection in the header, as a polite live status: connected, reconnecting, offline, ended. */
export function LiveStatus({ state }: { state: LiveState }) {
  const { l } = useLiveMessages();
  const text = state.kind === "ended" ? l.endedStatus : l.status[state.kind];
  const tone = state.kind === "connected" ? "" : state.kind === "connecting" ? " af-save-status--busy" : " af-save-status--warning";
  return (
    <div className="af-builder-save">
      <p className={`af-save-status${tone}`} role="status" aria-live="polite" data-state={state.kind === "connected" ? "saved" : state.kind} data-live={state.kind}>
        <span className="af-save-status__dot" aria-hidden="true" />
        <span>{text}</span>
      </p>
    </div>
  );
}
