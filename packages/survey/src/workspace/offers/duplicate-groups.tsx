import "./duplicate-groups.css";
import type { DuplicateGroup, NamedOffer } from "@afrapport/schema/api";
import { useId, useState } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { InlineProblem } from "../shell/problem.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { operatorLabel } from "./offer-labels.js";

/**
 * The suggested duplicates: each group of offers that are likely one (the same core name, operator and
 * municipality), with what differs between them. The secretariat picks the spelling the report keeps and merges
 * the whole group in one click, or says they are different offers.
 */
export function DuplicateGroups({
  campaignId,
  groups,
  readOnly,
  onMerged,
  onDismissed,
}: {
  campaignId: string;
  groups: DuplicateGroup[];
  readOnly: boolean;
  onMerged(offers: NamedOffer[], message: string): void;
  onDismissed(groups: DuplicateGroup[], message: string): void;
}) {
  const { w } = useWorkspaceMessages();
  const headingId = useId();
  if (groups.length === 0) return null;
  return (
    <section className="af-ws-duplicates" aria-labelledby={headingId}>
      <h3 id={headingId}>{w.duplicatesHeading}</h3>
      <p className="af-hint">{w.duplicatesIntro}</p>
      {groups.map((group) => (
        <DuplicateGroupView key={group.groupKey} campaignId={campaignId} group={group} readOnly={readOnly} onMerged={onMerged} onDismissed={onDismissed} />
      ))}
    </section>
  );
}

function DuplicateGroupView({
  campaignId,
  group,
  readOnly,
  onMerged,
  onDismissed,
}: {
  campaignId: string;
  group: DuplicateGroup;
  readOnly: boolean;
  onMerged(offers: NamedOffer[], message: string): void;
  onDismissed(groups: DuplicateGroup[], message: string): void;
}) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const id = useId();
  const [into, setInto] = useState(group.offers[0]!.key);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const keys = group.offers.map((offer) => offer.key);
  const chosen = group.offers.find((offer) => offer.key === into) ?? group.offers[0]!;
  const differs = group.differences.map((d) => (d === "name" ? w.duplicatesDifferName : w.duplicatesDifferLocation));

  const merge = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.mergeOfferGroup(campaignId, keys, chosen.key);
    setBusy(false);
    if (result.ok) onMerged(result.value.offers, w.duplicatesMerged(keys.length, chosen.name));
    else setProblem(apiErrorText(result.error, w));
  };
  const dismiss = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.dismissOfferDuplicates(campaignId, keys);
    setBusy(false);
    if (result.ok) onDismissed(result.value.groups, w.duplicatesDismissed);
    else setProblem(apiErrorText(result.error, w));
  };

  return (
    <div className="af-ws-duplicate" data-duplicate-group={group.groupKey}>
      <h4 id={`${id}-heading`}>{w.duplicatesGroupHeading(group.offers[0]!.name, group.offers.length)}</h4>
      {differs.length > 0 && <p className="af-hint">{w.duplicatesDiffer(differs.join(", "))}</p>}
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <fieldset className="af-ws-field af-radios" disabled={readOnly}>
        <legend className="af-ws-field__label">{w.duplicatesKeep}</legend>
        {group.offers.map((offer) => (
          <label key={offer.key} className="af-radio af-ws-duplicate__offer">
            <input type="radio" name={`${id}-into`} value={offer.key} checked={into === offer.key} onChange={() => setInto(offer.key)} />
            <span>
              <strong>{offer.name}</strong>
              <span className="af-ws-sub">
                {[
                  `${w.offersColumnOperator}: ${operatorLabel(offer.operator, w)}`,
                  `${w.duplicatesColumnLocation}: ${offer.location.length === 0 ? w.none : offer.location.join(", ")}`,
                  `${w.duplicatesNamedBy(offer.namedBy.length)} (${offer.namedBy.map((by) => by.name).join(", ")})`,
                ].join(" · ")}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {!readOnly && (
        <div className="af-ws-actions">
          <button type="button" className="af-button af-button--primary" aria-disabled={busy} onClick={() => void merge()}>
            {w.duplicatesMerge(chosen.name)}
          </button>
          <button type="button" className="af-button" aria-disabled={busy} onClick={() => void dismiss()}>
            {w.duplicatesDismiss}
          </button>
        </div>
      )}
    </div>
  );
}
