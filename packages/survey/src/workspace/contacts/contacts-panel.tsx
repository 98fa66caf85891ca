import { useState } from "react";
import { contactApi, type BoardEntry, type Campaign } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { useLoad } from "../shell/use-load.js";
import { InlineProblem } from "../shell/problem.js";
import { municipalityAddresses } from "./contact-status.js";
import { ContactsDialog } from "./contacts-dialog.js";
import { useContactsMessages } from "./contacts-messages.js";
import { InvitationDialog } from "./invitation-dialog.js";
import "./contacts.css";

/**
 * On the status board, for the secretariat: what is true about the campaign's mail – how many municipalities have a
 * link, how many an address, how many were invited – with "Tilføj kontaktpersoner" and "Se og send invitationer".
 * It loads again whenever the board's contacts or states change, so it never says what was true before.
 */
export function ContactsPanel({ campaign, entries, onChanged }: { campaign: Campaign; entries: readonly BoardEntry[]; onChanged(message?: string): void }) {
  const { c } = useContactsMessages();
  const { api } = useSession();
  const signature = entries.map((entry) => `${entry.id}:${entry.contactEmail ?? ""}:${entry.state}`).join("|");
  const preview = useLoad(() => api.call(contactApi.invitationPreview, { params: { id: campaign.id } }), `${campaign.id}#${signature}`);
  const remembered = useLoad(() => api.call(contactApi.remembered, { params: { id: campaign.id } }), campaign.id);
  const [adding, setAdding] = useState(false);
  const [inviting, setInviting] = useState(false);
  const { municipalities, withAddress } = municipalityAddresses(entries);
  const kommuneCodes = entries.flatMap((entry) => (entry.kind === "municipality" && entry.kommuneCode !== null ? [entry.kommuneCode] : []));

  if (municipalities === 0) return null;
  const value = preview.loaded.status === "ok" ? preview.loaded.value : null;
  const open = campaign.status === "draft" || campaign.status === "open";

  return (
    <section className="af-ws-section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{c.panelHeading}</h2>
      {preview.loaded.status === "error" && <InlineProblem>{preview.loaded.text}</InlineProblem>}
      {value !== null && (
        <>
          <p>{c.panelStatus({ municipalities, withAddress, invited: value.alreadyInvited, waiting: value.recipients.length })}</p>
          {value.delivery === "by-hand" && value.recipients.length > 0 && <p className="af-hint">{c.panelByHand}</p>}
        </>
      )}
      {open && (
        <div className="af-ws-actions">
          <button type="button" className={`af-button${value !== null && value.recipients.length > 0 ? "" : " af-button--primary"}`} onClick={() => setAdding(true)}>
            {c.addContacts}
          </button>
          {value !== null && value.recipients.length > 0 && (
            <button type="button" className="af-button af-button--primary" onClick={() => setInviting(true)}>
              {c.sendInvitations(value.recipients.length)}
            </button>
          )}
        </div>
      )}
      <ContactsDialog
        campaignId={campaign.id}
        kommuneCodes={kommuneCodes}
        remembered={remembered.loaded.status === "ok" ? remembered.loaded.value.contacts : []}
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          remembered.reload();
          onChanged();
        }}
      />
      {value !== null && (
        <InvitationDialog
          campaignId={campaign.id}
          preview={value}
          open={inviting}
          onClose={() => setInviting(false)}
          onSent={(message) => {
            setInviting(false);
            preview.reload();
            onChanged(message);
          }}
        />
      )}
    </section>
  );
}
