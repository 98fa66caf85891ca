import type { InviteNamedOffersResult, NamedOffer } from "@afrapport/schema/api";
import { CopyField } from "../shell/copy-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/** The links of the offers just invited – shown this once – and why any were skipped. */
export function InvitedLinks({ result, offers }: { result: InviteNamedOffersResult; offers: NamedOffer[] }) {
  const { w } = useWorkspaceMessages();
  const nameOf = (key: string) => offers.find((offer) => offer.key === key)?.name ?? key;
  return (
    <section className="af-ws-section af-ws-section--success" aria-labelledby="invited-links-heading">
      <h2 id="invited-links-heading" tabIndex={-1}>
        {w.offersInviteResultHeading}
      </h2>
      {result.invited.length > 0 && <p>{w.offersInviteResultIntro}</p>}
      {result.invited.map((invited) => (
        <CopyField key={invited.key} label={w.linkLabel(invited.name)} value={invited.link.url} buttonLabel={w.linkCopy} />
      ))}
      {result.skipped.length > 0 && (
        <ul>
          {result.skipped.map((skipped) => (
            <li key={skipped.key}>{w.offersSkipped(nameOf(skipped.key), w.offersSkipReasons[skipped.reason])}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
