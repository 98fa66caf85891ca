import type { PrefillResult } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { SelectField } from "../shell/form-field.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { prefillSummary, sourceOptionLabel, sourceVersions } from "./prefill-text.js";

/**
 * "Udfyld fra tidligere indsamling": choose an earlier campaign of the region, confirm, and see what was filled
 * in and what was skipped and why. Only responses nobody has started are touched (the server sees to that).
 */
export function PrefillDialog({ campaignId, open, onClose, onDone }: { campaignId: string; open: boolean; onClose(): void; onDone(): void }) {
  const { w } = useWorkspaceMessages();
  return (
    <Dialog title={w.prefillOpen} open={open} wide onClose={onClose}>
      <PrefillForm campaignId={campaignId} onDone={onDone} />
    </Dialog>
  );
}

function PrefillForm({ campaignId, onDone }: { campaignId: string; onDone(): void }) {
  const { w, locale } = useWorkspaceMessages();
  const { api } = useSession();
  const { loaded } = useLoad(() => api.prefillSources(campaignId), campaignId);
  const [sourceId, setSourceId] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PrefillResult | null>(null);

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <InlineProblem>{loaded.text}</InlineProblem>;
  const sources = loaded.value.sources;
  if (sources.length === 0) return <p>{w.prefillNoSources}</p>;
  const chosen = sources.find((source) => source.id === sourceId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (chosen === undefined) {
      setProblem(w.prefillChooseSource);
      document.getElementById("prefill-source")?.focus();
      return;
    }
    setBusy(true);
    const answer = await api.prefill(campaignId, chosen.id);
    setBusy(false);
    if (!answer.ok) {
      setProblem(apiErrorText(answer.error, w, { fieldLabels: { fromCampaignId: w.prefillSource } }));
      document.getElementById("prefill-source")?.focus();
      return;
    }
    setProblem(undefined);
    setResult(answer.value);
    onDone();
  };

  const summary = result === null ? null : prefillSummary(result, w);
  return (
    <div className="af-ws-prefill">
      <p className="af-hint">{w.prefillExplain}</p>
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id="prefill-source"
          label={w.prefillSource}
          hint={chosen === undefined ? undefined : sourceVersions(chosen, w)}
          error={problem}
          value={sourceId}
          onChange={(event) => {
            setSourceId(event.target.value);
            setResult(null);
          }}
        >
          <option value="">{w.prefillChooseSource}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {sourceOptionLabel(source, w, locale)}
            </option>
          ))}
        </SelectField>
        <p>{w.prefillConfirm}</p>
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {busy ? w.prefillBusy : w.prefillSubmit}
          </button>
        </div>
      </form>
      <div role="status" className="af-ws-live">
        {summary !== null && (
          <div className="af-notice af-notice--success">
            <p>{summary.done}</p>
          </div>
        )}
      </div>
      {summary !== null && (
        <>
          {summary.prefilled.length > 0 && (
            <ul>
              {summary.prefilled.map((entry) => (
                <li key={entry.respondentId}>
                  <strong>{entry.name}</strong>: {entry.text}
                </li>
              ))}
            </ul>
          )}
          {summary.skipped.length > 0 && (
            <>
              <h3>{w.prefillSkippedHeading}</h3>
              <ul>
                {summary.skipped.map((group) => (
                  <li key={group.reason}>
                    <details>
                      <summary>{group.text}</summary>
                      <p>{group.names.join(", ")}</p>
                    </details>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
