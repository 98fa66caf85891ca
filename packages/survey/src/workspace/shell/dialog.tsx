import { useEffect, useId, useRef, type ReactNode } from "react";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

/**
 * A modal dialog on the browser's own <dialog>: showModal() traps Tab inside, Escape closes it, and the page
 * behind is inert. Focus goes to the first field or button inside; on close it returns to the control that
 * opened the dialog.
 */
export function Dialog({ title, open, onClose, children, wide = false }: { title: string; open: boolean; onClose(): void; children: ReactNode; wide?: boolean }) {
  const { w } = useWorkspaceMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, .af-ws-dialog__body button");
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open === true) dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  useEffect(() => {
    if (!open && opener.current instanceof HTMLElement && opener.current.isConnected) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`af-ws-dialog${wide ? " af-ws-dialog--wide" : ""}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <div className="af-ws-dialog__head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="af-ws-dialog__close" onClick={onClose}>
              {w.close}
            </button>
          </div>
          <div className="af-ws-dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}
