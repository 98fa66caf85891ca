import { formatDateTime } from "../../format.js";
import { useBuilderMessages } from "./builder-messages.js";
import type { Stash } from "./unsaved-stash.js";

/** Edits this browser kept that never reached the server: get them back, or let them go. */
export function StashNotice({ stash, onRestore, onDiscard }: { stash: Stash; onRestore(): void; onDiscard(): void }) {
  const { b, locale } = useBuilderMessages();
  return (
    <div className="af-notice af-notice--problem af-builder-notice af-builder-stash" role="alert">
      <h2>{b.stashHeading}</h2>
      <p>{b.stashText(formatDateTime(stash.at, locale))}</p>
      <div className="af-ws-actions">
        <button type="button" className="af-button af-button--primary" onClick={onRestore}>
          {b.stashRestore}
        </button>
        <button type="button" className="af-button" onClick={onDiscard}>
          {b.stashDiscard}
        </button>
      </div>
    </div>
  );
}
