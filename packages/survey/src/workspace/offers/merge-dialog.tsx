import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import type { NamedOffer } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { SelectField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/** Merges one spelling of an offer into another: the person chooses which offer it belongs to. */
export function MergeDialog({
  campaignId,
  from,
  offers,
  onClose,
  onMerged,
}: {
  campaignId: string;
  from: NamedOffer | null;
  offers: NamedOffer[];
  onClose(): void;
  onMerged(offers: NamedOffer[], message: string): void;
}) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const [into, setInto] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const targets = from === null ? [] : offers.filter((offer) => offer.key !== from.key);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (from === null || busy) return;
    const target = targets.find((offer) => offer.key === into);
    if (target === undefined) {
      setProblem(w.offersMergeChoose);
      document.getElementById("merge-into")?.focus();
      return;
    }
    setBusy(true);
    const result = await api.mergeOffers(campaignId, from.key, target.key);
    setBusy(false);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w, { overrides: { conflict: w.offersMergeAlreadyMerged(from.name) }, fieldLabels: { from: from.name, into: w.offersMergeInto } }));
      document.getElementById("merge-into")?.focus();
      return;
    }
    setInto("");
    setProblem(undefined);
    onMerged(result.value.offers, w.offersMerged(from.name, target.name));
  };

  return (
    <Dialog
      title={from === null ? "" : w.offersMergeTitle(from.name)}
      open={from !== null}
      onClose={() => {
        setInto("");
        setProblem(undefined);
        onClose();
      }}
    >
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{w.offersMergeExplain}</p>
        <SelectField id="merge-into" label={w.offersMergeInto} value={into} error={problem} onChange={(event) => setInto(event.target.value)}>
          <option value="">{w.offersMergeChoose}</option>
          {targets.map((offer) => (
            <option key={offer.key} value={offer.key}>
              {offer.name}
            </option>
          ))}
        </SelectField>
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={busy}>
            {w.offersMergeSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
