import { formatTime } from "../../format.js";
import { apiErrorCode, apiErrorText } from "../shell/api-error-text.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { useBuilderMessages } from "./builder-messages.js";
import type { SaveState } from "./draft-save-queue.js";

/** "Alle ændringer er gemt kl. 14.02", "Gemmer …", "Kunne ikke gemme – prøver igen" – as a live status, with "Prøv nu" after a failure. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const { b, locale } = useBuilderMessages();
  const { w } = useWorkspaceMessages();
  let text: string;
  let tone: "ok" | "busy" | "warning";
  switch (state.kind) {
    case "saved":
      text = state.at === null ? b.saveSaved : b.saveSavedAt(formatTime(state.at, locale));
      tone = "ok";
      break;
    case "pending":
      text = b.savePending;
      tone = "busy";
      break;
    case "saving":
      text = b.saveSaving;
      tone = "busy";
      break;
    case "retrying":
      text = apiErrorCode(state.error) === "network" ? b.saveOffline : b.saveRetrying;
      tone = "warning";
      break;
    case "conflict":
      text = b.saveConflict;
      tone = "warning";
      break;
    case "closed":
      text = b.saveClosed;
      tone = "warning";
      break;
    case "refused":
      text = b.saveRefused(apiErrorText(state.error, w));
      tone = "warning";
      break;
  }
  return (
    <div className="af-builder-save">
      <p className={`af-save-status${tone === "busy" ? " af-save-status--busy" : tone === "warning" ? " af-save-status--warning" : ""}`} role="status" aria-live="polite" data-state={state.kind}>
        <span className="af-save-status__dot" aria-hidden="true" />
        <span>{text}</span>
      </p>
      {state.kind === "retrying" && (
        <button type="button" className="af-button af-button--small" onClick={onRetry}>
          {b.saveRetryNow}
        </button>
      )}
    </div>
  );
}
