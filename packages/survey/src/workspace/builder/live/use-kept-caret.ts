import { useLayoutEffect, useRef } from "react";
import { mapCaret } from "./caret.js";

interface Before {
  value: string;
  start: number;
  end: number;
}

const isTextField = (element: Element | null): element is HTMLInputElement | HTMLTextAreaElement =>
  element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && ["text", "search", ""].includes(element.type));

/**
 * Keeps the caret of the focused field in its place when the field's value changes under it (a colleague's
 * letters arriving while one types): React writing the new value would put it at the end. The field as it was is
 * read while rendering, before React writes the new value, and the caret is moved once it has.
 */
export function useKeptCaret(id: string, value: string): void {
  const before = useRef<Before | null>(null);
  if (typeof document !== "undefined") {
    const element = document.getElementById(id);
    if (isTextField(element) && element === document.activeElement && element.value !== value) {
      before.current = { value: element.value, start: element.selectionStart ?? element.value.length, end: element.selectionEnd ?? element.value.length };
    }
  }
  useLayoutEffect(() => {
    const kept = before.current;
    before.current = null;
    if (kept === null) return;
    const element = document.getElementById(id);
    if (!isTextField(element) || element !== document.activeElement || element.value !== value) return;
    const [start, end] = mapCaret(kept.value, value, kept.start, kept.end);
    element.setSelectionRange(start, end);
  }, [id, value]);
}
