import type { ReactNode } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

/** A whole-page problem (no access, no such campaign, no connection) with a way on. */
export function ProblemPage({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="af-message af-message--problem af-ws-problem">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** A problem inside a page, announced at once (role=alert). */
export function InlineProblem({ children }: { children: ReactNode }) {
  return (
    <div className="af-notice af-notice--problem" role="alert">
      <p>{children}</p>
    </div>
  );
}

/** What could not be loaded, in the reader's words, with a button that tries again. */
export function LoadProblem({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { w } = useWorkspaceMessages();
  return (
    <InlineProblem>
      {text}{" "}
      <button type="button" className="af-button af-button--small" onClick={onRetry}>
        {w.retry}
      </button>
    </InlineProblem>
  );
}
