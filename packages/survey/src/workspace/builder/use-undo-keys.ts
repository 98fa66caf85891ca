import { useEffect } from "react";

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; ⌘ on a Mac) undo and redo the draft's edits – except inside a text field or
 * the JSON editor, where they keep undoing the typing there, and while a dialog is open.
 */
export function useUndoKeys(enabled: boolean, undo: () => void, redo: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== "z" && key !== "y") return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], .cm-editor, dialog[open]") != null) return;
      if (document.querySelector("dialog[open]") !== null) return;
      event.preventDefault();
      if (key === "y" || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled, undo, redo]);
}
