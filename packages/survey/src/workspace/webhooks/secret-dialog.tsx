import { CopyField } from "../shell/copy-field.js";
import { Dialog } from "../shell/dialog.js";
import { useWebhooksMessages } from "./webhooks-messages.js";

/** The signing secret, shown this once, with a copy button. */
export function SecretDialog({ secret, onClose }: { secret: string | null; onClose(): void }) {
  const { m } = useWebhooksMessages();
  return (
    <Dialog title={m.secretTitle} open={secret !== null} onClose={onClose}>
      {secret !== null && (
        <>
          <p>{m.secretIntro}</p>
          <CopyField label={m.secretLabel} value={secret} buttonLabel={m.copySecret} />
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--primary" onClick={onClose}>
              {m.secretDone}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
