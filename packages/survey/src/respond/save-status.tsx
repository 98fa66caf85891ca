import type { Locale } from "@afrapport/schema";
import { formatTime } from "../format.js";
import type { Messages } from "../i18n/messages.js";
import type { SaveStatus } from "./autosave.js";
import { failureReason } from "./server-errors.js";

/** The words for a save status: "Gemmer …", "Gemt kl. 14.32", "Ikke forbundet – svarene er gemt på denne enhed". */
export function saveStatusText(status: SaveStatus, t: Messages, locale: Locale): string {
  switch (status.kind) {
    case "idle":
      return t.statusIdle;
    case "pending":
      return t.statusPending;
    case "saving":
      return t.statusSaving;
    case "saved":
      return t.statusSavedAt(formatTime(status.at, locale));
    case "offline":
      return status.onDevice ? t.statusOffline : t.statusOfflineUnsafe;
    case "conflict":
      return t.statusConflict;
    case "locked":
      return t.statusLocked;
    case "failed":
      return t.statusFailed(failureReason(status.failure, t));
  }
}

/** The live status line: polite, so a screen reader hears "Gemt kl. 14.32" without being interrupted. */
export function SaveStatusLine({ status, t, locale }: { status: SaveStatus; t: Messages; locale: Locale }) {
  const tone = status.kind === "offline" || status.kind === "failed" || status.kind === "conflict" ? "warning" : status.kind === "saved" || status.kind === "idle" ? "ok" : "busy";
  return (
    <p className={`af-save-status af-save-status--${tone}`} role="status" aria-live="polite" aria-atomic="true" data-status={status.kind}>
      <span className="af-save-status__dot" aria-hidden="true" />
      {saveStatusText(status, t, locale)}
    </p>
  );
}
