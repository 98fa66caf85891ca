import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import type { BoardEntry } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import { TextField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The respondent's contact person (name and e-mail), used for invitations and reminders. Empty clears a field. */
export function ContactForm({ campaignId, entry, onDone }: { campaignId: string; entry: BoardEntry; onDone(message: string): void }) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const [name, setName] = useState(entry.contactName ?? "");
  const [email, setEmail] = useState(entry.contactEmail ?? "");
  const [problems, setProblems] = useState<{ name?: string; email?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (email.trim() !== "" && !emailPattern.test(email.trim())) {
      setProblems({ email: w.errorEmailInvalid });
      document.getElementById("contact-email")?.focus();
      return;
    }
    setBusy(true);
    const result = await api.updateRespondent(campaignId, entry.id, { contactName: name.trim(), contactEmail: email.trim() });
    setBusy(false);
    if (!result.ok) {
      const message = apiErrorText(result.error, w, {
        overrides: { validation_failed: (error) => (error.field === "contactEmail" ? w.errorEmailInvalid : undefined) },
        fieldLabels: { contactName: w.contactName, contactEmail: w.contactEmail },
      });
      setProblems(result.error.field === "contactName" ? { name: message } : { email: message });
      document.getElementById(result.error.field === "contactName" ? "contact-name" : "contact-email")?.focus();
      return;
    }
    setProblems({});
    onDone(w.contactSaved);
  };

  return (
    <section aria-labelledby="contact-heading">
      <h3 id="contact-heading">{w.contactHeading}</h3>
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField id="contact-name" label={w.contactName} autoComplete="off" maxLength={200} value={name} error={problems.name} onChange={(event) => setName(event.target.value)} />
        <TextField
          id="contact-email"
          label={w.contactEmail}
          type="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={320}
          value={email}
          error={problems.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className="af-ws-actions">
          <button type="submit" className="af-button" aria-disabled={busy}>
            {busy ? w.saving : w.save}
          </button>
        </div>
      </form>
    </section>
  );
}
