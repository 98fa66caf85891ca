import { useEffect, useState, type ChangeEvent } from "react";
import { contactsToSave, readContactRows, splitCells, MAX_CONTACT_ROWS, type ContactRow } from "@afrapport/schema";
import { contactApi, type RememberedContact } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { TextAreaField } from "../shell/form-field.js";
import { InlineProblem } from "../shell/problem.js";
import { contactFileKind, decodeContactText, fileTooLarge, toBase64 } from "./contact-file.js";
import { ContactPreviewTable } from "./contact-preview-table.js";
import { useContactsMessages } from "./contacts-messages.js";

type Step =
  | { kind: "input" }
  | { kind: "preview"; rows: ContactRow[]; tooMany: boolean }
  | { kind: "saved"; count: number };

/** Remembered contacts as pasted lines, so they go through the same preview as anything pasted. */
function rememberedAsText(contacts: readonly RememberedContact[]): string {
  return contacts.map((contact) => [contact.kommuneName, contact.contactName ?? "", contact.contactEmail].join("\t")).join("\n");
}

/**
 * "Tilføj kontaktpersoner": paste rows (from Excel, or a CSV's text), choose a CSV or XLSX file, or take the region's
 * remembered contacts; then a preview matching each row to a municipality of the campaign, with what is wrong with
 * the others, before anything is saved; then all rows without problems are saved at once. Nothing is mailed here.
 */
export function ContactsDialog({
  campaignId,
  kommuneCodes,
  remembered,
  open,
  onClose,
  onSaved,
}: {
  campaignId: string;
  /** the municipalities invited in the campaign */
  kommuneCodes: readonly string[];
  remembered: readonly RememberedContact[];
  open: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const { c, w } = useContactsMessages();
  const { api } = useSession();
  const [text, setText] = useState("");
  const [step, setStep] = useState<Step>({ kind: "input" });
  const [problem, setProblem] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<"file" | "save" | null>(null);

  // the button pressed is gone once the step changes: focus goes to what the new step says first
  useEffect(() => {
    if (step.kind === "input") return;
    document.getElementById(step.kind === "preview" ? "contacts-preview-heading" : "contacts-saved")?.focus();
  }, [step.kind]);

  const close = () => {
    setStep({ kind: "input" });
    setProblem(null);
    setFileProblem(null);
    setText("");
    onClose();
  };

  const preview = (table: string[][]) => {
    if (table.length === 0) {
      setProblem(c.nothingToPreview);
      document.getElementById("contacts-paste")?.focus();
      return;
    }
    const read = readContactRows(table, kommuneCodes);
    setProblem(null);
    setStep({ kind: "preview", rows: read.rows, tooMany: read.tooMany });
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file === undefined) return;
    setFileProblem(null);
    if (fileTooLarge(file.size)) {
      setFileProblem(c.fileTooLarge);
      return;
    }
    setBusy("file");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = contactFileKind(file.name, bytes);
    if (kind === "unsupported") {
      setBusy(null);
      setFileProblem(c.fileUnreadable);
      return;
    }
    if (kind === "csv") {
      setBusy(null);
      const table = splitCells(decodeContactText(bytes));
      if (table.length === 0) setFileProblem(c.fileEmpty);
      else preview(table);
      return;
    }
    const read = await api.call(contactApi.readSheet, { body: { fileName: file.name, contentBase64: toBase64(bytes) } });
    setBusy(null);
    if (!read.ok) {
      setFileProblem(read.error.field === "contentBase64" ? c.fileUnreadable : apiErrorText(read.error, w));
      return;
    }
    if (read.value.rows.length === 0) setFileProblem(c.fileEmpty);
    else preview(read.value.rows);
  };

  const save = async (rows: ContactRow[]) => {
    const contacts = contactsToSave(rows);
    if (busy !== null || contacts.length === 0) return;
    setBusy("save");
    const result = await api.call(contactApi.save, { params: { id: campaignId }, body: { contacts } });
    setBusy(null);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w));
      return;
    }
    setProblem(null);
    setStep({ kind: "saved", count: result.value.respondents.length });
    onSaved();
  };

  return (
    <Dialog title={c.dialogTitle} open={open} wide onClose={close}>
      {step.kind === "input" && (
        <>
          <p className="af-hint">{c.dialogIntro}</p>
          {remembered.length > 0 && (
            <div className="af-ws-actions">
              <button
                type="button"
                className="af-button"
                onClick={() => {
                  const table = splitCells(rememberedAsText(remembered), "\t");
                  setText(rememberedAsText(remembered));
                  preview(table);
                }}
              >
                {c.useRemembered(remembered.length)}
              </button>
              <span className="af-hint">{c.rememberedHint}</span>
            </div>
          )}
          <TextAreaField
            id="contacts-paste"
            label={c.pasteLabel}
            hint={c.pasteHint}
            rows={8}
            spellCheck={false}
            value={text}
            error={problem ?? undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--primary" onClick={() => preview(splitCells(text))}>
              {c.showPreview}
            </button>
          </div>
          <div className={`af-ws-field${fileProblem === null ? "" : " af-ws-field--error"}`}>
            <label htmlFor="contacts-file" className="af-ws-field__label">
              {c.fileLabel}
            </label>
            <span id="contacts-file-hint" className="af-hint">
              {c.fileHint}
            </span>
            {fileProblem !== null && (
              <span id="contacts-file-error" className="af-field-error af-ws-field__error">
                {fileProblem}
              </span>
            )}
            <input
              id="contacts-file"
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={fileProblem === null ? "contacts-file-hint" : "contacts-file-hint contacts-file-error"}
              aria-invalid={fileProblem === null ? undefined : true}
              onChange={(event) => void chooseFile(event)}
            />
          </div>
          <p role="status" className="af-ws-saved">
            {busy === "file" ? c.fileReading : ""}
          </p>
        </>
      )}

      {step.kind === "preview" && (
        <PreviewStep
          rows={step.rows}
          tooMany={step.tooMany}
          busy={busy === "save"}
          problem={problem}
          onBack={() => {
            setProblem(null);
            setStep({ kind: "input" });
          }}
          onSave={() => void save(step.rows)}
        />
      )}

      {step.kind === "saved" && (
        <>
          <div id="contacts-saved" tabIndex={-1} className="af-notice af-notice--success" role="status">
            <p>
              {c.saved(step.count)} {c.savedRemembered}
            </p>
          </div>
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--primary" onClick={close}>
              {c.close}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function PreviewStep({ rows, tooMany, busy, problem, onBack, onSave }: { rows: ContactRow[]; tooMany: boolean; busy: boolean; problem: string | null; onBack(): void; onSave(): void }) {
  const { c } = useContactsMessages();
  const ready = contactsToSave(rows).length;
  const withProblems = rows.length - rows.filter((row) => row.problems.length === 0).length;
  return (
    <>
      <h3 id="contacts-preview-heading" tabIndex={-1}>
        {c.previewHeading}
      </h3>
      <p role="status">{c.previewSummary(ready, withProblems)}</p>
      {tooMany && <p className="af-field-error">{c.previewTooMany(MAX_CONTACT_ROWS)}</p>}
      <ContactPreviewTable rows={rows} />
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      {ready === 0 && <p className="af-field-error">{c.saveNone}</p>}
      <div className="af-ws-actions">
        {ready > 0 && (
          <button type="button" className="af-button af-button--primary" aria-disabled={busy} onClick={onSave}>
            {busy ? c.saving : c.saveContacts(ready)}
          </button>
        )}
        <button type="button" className="af-button" onClick={onBack}>
          {c.back}
        </button>
      </div>
    </>
  );
}
