import { useEffect, useRef, useState } from "react";
import { useSession } from "../auth/session-context.js";
import type { InviteNamedOffersResult, NamedOffer } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { Dialog } from "../shell/dialog.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { DuplicateGroups } from "./duplicate-groups.js";
import { InvitedLinks } from "./invited-links.js";
import { MergeDialog } from "./merge-dialog.js";
import { invitable, mergedKeyName } from "./offer-labels.js";
import { OffersTable } from "./offers-table.js";

/**
 * The offers tab: the offers the municipalities named, de-duplicated by the server; merge two spellings of one
 * offer (choosing the one it belongs to); choose offers and invite them in one step, their links shown once.
 */
export function OffersPage({ campaign, readOnly }: CampaignTabProps) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const { loaded, reload, set } = useLoad(() => api.listNamedOffers(campaign.id), campaign.id);
  // the suggestions are worked out from the offers: loaded again whenever the offers change
  const [offersVersion, setOffersVersion] = useState(0);
  const duplicates = useLoad(() => api.offerDuplicates(campaign.id), `${campaign.id}/${offersVersion}`);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [merging, setMerging] = useState<NamedOffer | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<InviteNamedOffersResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const canInvite = campaign.offerQuestionnaire !== null && (campaign.status === "draft" || campaign.status === "open");

  const offers = loaded.status === "ok" ? loaded.value.offers : [];
  const chosen = invitable(offers).filter((offer) => selected.has(offer.key));

  useEffect(() => {
    if (result !== null) resultRef.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [result]);

  const replaceOffers = (next: NamedOffer[], text: string) => {
    set({ offers: next });
    setOffersVersion((n) => n + 1);
    setSelected((previous) => new Set([...previous].filter((key) => next.some((offer) => offer.key === key))));
    setMessage(text);
    setProblem(null);
  };

  const unmerge = async (key: string) => {
    const name = mergedKeyName(offers.find((offer) => offer.mergedKeys.includes(key)) ?? offers[0]!, key);
    const answer = await api.unmergeOffer(campaign.id, key);
    if (answer.ok) replaceOffers(answer.value.offers, w.offersUnmerged(name));
    else setProblem(apiErrorText(answer.error, w));
  };

  const invite = async () => {
    if (busy) return;
    setBusy(true);
    const answer = await api.inviteNamedOffers(campaign.id, { keys: chosen.map((offer) => offer.key) });
    setBusy(false);
    setConfirming(false);
    if (!answer.ok) {
      setProblem(apiErrorText(answer.error, w));
      return;
    }
    setProblem(null);
    setMessage("");
    setSelected(new Set());
    setResult(answer.value);
    reload();
    setOffersVersion((n) => n + 1);
  };

  return (
    <div className="af-ws-offers">
      <h2>{w.offersTitle}</h2>
      <p className="af-lead">{w.offersIntro}</p>
      {campaign.offerQuestionnaire === null && (
        <div className="af-notice">
          <p>{w.offersNoOfferQuestionnaire}</p>
        </div>
      )}
      <div role="status" className="af-ws-live">
        {message !== "" && (
          <div className="af-notice af-notice--success">
            <p>{message}</p>
          </div>
        )}
      </div>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <div ref={resultRef}>{result !== null && <InvitedLinks result={result} offers={offers} />}</div>
      {loaded.status === "loading" && <Loading />}
      {loaded.status === "error" && <InlineProblem>{loaded.text}</InlineProblem>}
      {loaded.status === "ok" &&
        (offers.length === 0 ? (
          <p className="af-ws-empty">{w.offersEmpty}</p>
        ) : (
          <>
            {duplicates.loaded.status === "ok" && (
              <DuplicateGroups
                campaignId={campaign.id}
                groups={duplicates.loaded.value.groups}
                readOnly={readOnly}
                onMerged={(next, text) => replaceOffers(next, text)}
                onDismissed={(groups, text) => {
                  duplicates.set({ groups });
                  setMessage(text);
                  setProblem(null);
                }}
              />
            )}
            <OffersTable
              offers={offers}
              selected={selected}
              readOnly={readOnly}
              canInvite={canInvite}
              onToggle={(key, on) =>
                setSelected((previous) => {
                  const next = new Set(previous);
                  if (on) next.add(key);
                  else next.delete(key);
                  return next;
                })
              }
              onMerge={setMerging}
              onUnmerge={(key) => void unmerge(key)}
            />
            {!readOnly && canInvite && invitable(offers).length > 0 && (
              <div className="af-ws-actions af-ws-below-table">
                <button
                  type="button"
                  className="af-button af-button--primary"
                  aria-describedby={chosen.length === 0 ? "offers-none-selected" : undefined}
                  aria-disabled={chosen.length === 0}
                  onClick={() => {
                    if (chosen.length === 0) setProblem(w.offersInviteNoneSelected);
                    else setConfirming(true);
                  }}
                >
                  {w.offersInviteSelected(chosen.length)}
                </button>
                {chosen.length === 0 && (
                  <span id="offers-none-selected" className="af-hint">
                    {w.offersInviteNoneSelected}
                  </span>
                )}
              </div>
            )}
          </>
        ))}
      {!readOnly && (
        <>
          <MergeDialog
            campaignId={campaign.id}
            from={merging}
            offers={offers}
            onClose={() => setMerging(null)}
            onMerged={(next, text) => {
              setMerging(null);
              replaceOffers(next, text);
            }}
          />
          <Dialog title={w.offersInviteConfirmTitle} open={confirming} onClose={() => setConfirming(false)}>
            <p>{w.offersInviteConfirmText(chosen.length)}</p>
            <ul>
              {chosen.map((offer) => (
                <li key={offer.key}>{offer.name}</li>
              ))}
            </ul>
            <div className="af-ws-actions">
              <button type="button" className="af-button af-button--primary" aria-disabled={busy} onClick={() => void invite()}>
                {w.offersInviteSelected(chosen.length)}
              </button>
              <button type="button" className="af-button" onClick={() => setConfirming(false)}>
                {w.cancel}
              </button>
            </div>
          </Dialog>
        </>
      )}
    </div>
  );
}
