import { useEffect } from "react";

/** Sets the browser tab's title (read first by screen readers on a new page): "<title> – Afrapport". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === "" ? "Afrapport" : `${title} – Afrapport`;
  }, [title]);
}
