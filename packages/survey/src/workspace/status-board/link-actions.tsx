import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import type { BoardEntry } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import { CopyField } from "../shell/copy-field.js";
import { InlineProblem } from "../shell/problem.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

type Step = { kind: "idle" } | { kind: "confirmNew" } | { kind: "confirmRevoke" } | { kind: "busy" } | { kind: "shown"; url: string } | { kind: "revoked" };

/**
 * The respondent's link. Links are stored only hashed, so "copy the link" means issuing a new one: the page says
 * first that the old link stops working, then shows the new one once, with a copy button. Closing the link is
 * confirmed the same way.
 */
export function LinkActions({ campaignId, entry, onChanged }: { campaignId: string; entry: BoardEntry; onChanged(): void }) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [problem, setProblem] = useState<string | null>(null);

  const issue = async () => {
    setStep({ kind: "busy" });
    setProblem(null);
    const result = await api.replaceLink(campaignId, entry.id);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w));
      setStep({ kind: "idle" });
      return;
    }
    setStep({ kind: "shown", url: result.value.link.url });
    onChanged();
  };

  const revoke = async () => {
    setStep({ kind: "busy" });
    setProblem(null);
    const result = await api.revokeLink(campaignId, entry.id);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w));
      setStep({ kind: "idle" });
      return;
    }
    setStep({ kind: "revoked" });
    onChanged();
  };

  return (
    <section aria-labelledby="link-actions-heading">
      <h3 id="link-actions-heading">{w.linkHeading}</h3>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      {step.kind === "shown" ? (
        <div className="af-notice af-notice--success">
          <p role="status">{w.linkNewShown}</p>
          <CopyField label={w.linkLabel(entry.name)} value={step.url} buttonLabel={w.linkCopy} />
        </div>
      ) : step.kind === "revoked" ? (
        <p role="status">{w.linkRevoked}</p>
      ) : step.kind === "confirmNew" ? (
        <div className="af-ws-confirm">
          <p>{w.linkNewExplain}</p>
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--primary" onClick={() => void issue()}>
              {w.linkNewConfirm}
            </button>
            <button type="button" className="af-button" onClick={() => setStep({ kind: "idle" })}>
              {w.cancel}
            </button>
          </div>
        </div>
      ) : step.kind === "confirmRevoke" ? (
        <div className="af-ws-confirm">
          <p>{w.linkRevokeExplain}</p>
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--danger" onClick={() => void revoke()}>
              {w.linkRevokeConfirm}
            </button>
            <button type="button" className="af-button" onClick={() => setStep({ kind: "idle" })}>
              {w.cancel}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="af-hint">{w.linkNewExplain}</p>
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--primary" aria-disabled={step.kind === "busy"} onClick={() => step.kind === "idle" && setStep({ kind: "confirmNew" })}>
              {w.linkNew}
            </button>
            {entry.hasActiveLink && (
              <button type="button" className="af-button af-button--danger" aria-disabled={step.kind === "busy"} onClick={() => step.kind === "idle" && setStep({ kind: "confirmRevoke" })}>
                {w.linkRevoke}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
