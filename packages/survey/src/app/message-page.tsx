import type { ReactNode } from "react";
import { useDocumentTitle } from "./use-document-title.js";

/** A page that explains one situation (a broken link, a closed campaign) in plain words, with a way on. */
export function MessagePage({ title, children, tone = "info" }: { title: string; children: ReactNode; tone?: "info" | "problem" }) {
  useDocumentTitle(title);
  return (
    <div className={`af-page af-message af-message--${tone}`}>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
