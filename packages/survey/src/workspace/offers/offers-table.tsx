import type { NamedOffer } from "@afrapport/schema/api";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { legalBasisLabel, mergedKeyName, operatorLabel, otherSpellings } from "./offer-labels.js";

/**
 * The named offers: a checkbox to choose offers for the invitation (only those not yet invited), the name with
 * its other spellings (each merge can be undone), operator, legal basis, who named it, and whether it is invited.
 */
export function OffersTable({
  offers,
  selected,
  readOnly,
  canInvite,
  onToggle,
  onMerge,
  onUnmerge,
}: {
  offers: NamedOffer[];
  selected: ReadonlySet<string>;
  readOnly: boolean;
  canInvite: boolean;
  onToggle(key: string, on: boolean): void;
  onMerge(offer: NamedOffer): void;
  onUnmerge(mergedKey: string): void;
}) {
  const { w } = useWorkspaceMessages();
  const selectable = !readOnly && canInvite;
  return (
    <div className="af-ws-table-wrap">
      <table className="af-ws-table af-ws-offers-table">
        <caption className="af-visually-hidden">{w.offersTableCaption}</caption>
        <thead>
          <tr>
            {selectable && (
              <th scope="col">
                <span className="af-visually-hidden">{w.offersColumnSelect}</span>
              </th>
            )}
            <th scope="col">{w.offersColumnName}</th>
            <th scope="col">{w.offersColumnOperator}</th>
            <th scope="col">{w.offersColumnLegalBasis}</th>
            <th scope="col">{w.offersColumnNamedBy}</th>
            <th scope="col">{w.offersColumnState}</th>
            {!readOnly && (
              <th scope="col">
                <span className="af-visually-hidden">{w.columnActions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => {
            const spellings = otherSpellings(offer);
            const invited = offer.invitedRespondentId !== null;
            const checkboxId = `offer-select-${offer.key}`;
            return (
              <tr key={offer.key}>
                {selectable && (
                  <td>
                    {!invited && (
                      <input
                        id={checkboxId}
                        type="checkbox"
                        className="af-ws-row-check"
                        aria-label={w.offersSelect(offer.name)}
                        checked={selected.has(offer.key)}
                        onChange={(event) => onToggle(offer.key, event.target.checked)}
                      />
                    )}
                  </td>
                )}
                <th scope="row">
                  {offer.name}
                  {spellings.length > 0 && (
                    <span className="af-ws-sub">
                      {w.offersSpellings}: {spellings.join(", ")}
                    </span>
                  )}
                  {!readOnly &&
                    offer.mergedKeys.map((key) => (
                      <span key={key} className="af-ws-sub">
                        <button type="button" className="af-ws-link-button" onClick={() => onUnmerge(key)}>
                          {w.offersUnmerge(mergedKeyName(offer, key))}
                        </button>
                      </span>
                    ))}
                </th>
                <td>{operatorLabel(offer.operator, w)}</td>
                <td>{offer.legalBasis.length === 0 ? w.none : offer.legalBasis.map((value) => legalBasisLabel(value, w)).join(", ")}</td>
                <td>
                  <ul className="af-ws-plain-list">
                    {offer.namedBy.map((by) => (
                      <li key={by.respondentId}>
                        {by.name}
                        {!by.submitted && <span className="af-ws-sub-inline"> {w.offersNamedInDraft}</span>}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <span className={`af-ws-badge af-ws-badge--state-${invited ? "submitted" : "not-opened"}`}>{invited ? w.offersInvited : w.offersNotInvited}</span>
                </td>
                {!readOnly && (
                  <td>
                    {!invited && offers.length > 1 && (
                      <button type="button" className="af-button af-button--small" onClick={() => onMerge(offer)}>
                        {w.offersMerge}
                        <span className="af-visually-hidden"> {offer.name}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
