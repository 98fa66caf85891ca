import type { Locale } from "@afrapport/schema";
import { formatPercent } from "../format.js";
import type { Messages } from "../i18n/messages.js";
import type { UploadProgress } from "./file-handlers.js";

/**
 * Files on their way up, under their question: a labelled progress bar each (screen readers read its value on
 * demand) and a polite announcement only when a file is done or failed, not on every percent.
 */
export function UploadList({ uploads, t, locale }: { uploads: UploadProgress[]; t: Messages; locale: Locale }) {
  const active = uploads.filter((u) => u.state === "uploading");
  const finished = uploads.filter((u) => u.state !== "uploading");
  return (
    <div className="af-uploads">
      {active.map((u) => {
        const fraction = u.total > 0 ? Math.min(1, u.sent / u.total) : 0;
        const text = t.uploadProgress(u.name, formatPercent(fraction, locale));
        return (
          <div key={u.key} className="af-upload">
            <span className="af-upload__text" id={`${u.key}-label`}>
              {text}
            </span>
            <progress className="af-upload__bar" max={1} value={fraction} aria-labelledby={`${u.key}-label`} />
          </div>
        );
      })}
      <p className="af-visually-hidden" role="status" aria-live="polite">
        {finished.map((u) => (u.state === "done" ? t.uploadDone(u.name) : "")).join(" ")}
      </p>
    </div>
  );
}
