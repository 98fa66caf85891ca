import type { DraftText, Locale } from "@afrapport/schema";
import type { ReactNode } from "react";
import { TextAreaField, TextField } from "../shell/form-field.js";
import { useBuilderMessages } from "./builder-messages.js";
import { withLanguage } from "./display-text.js";
import { useKeptCaret } from "./live/use-kept-caret.js";

/**
 * A text in Danish and English side by side; a missing language is said in words beside its field ("Mangler på
 * engelsk"), not shown by colour alone. Every keystroke is an edit (one undo step per field while typing).
 */
export function BilingualField({
  id,
  label,
  value,
  onChange,
  readOnly,
  multiline = false,
  optional = false,
}: {
  id: string;
  label: string;
  value: DraftText | undefined;
  onChange(next: DraftText): void;
  readOnly: boolean;
  multiline?: boolean;
  /** a text that may be left out altogether (a description): its missing languages are marked only once one is written */
  optional?: boolean;
}) {
  const { b } = useBuilderMessages();
  const blank = (locale: Locale) => (value?.[locale] ?? "").trim() === "";
  const marked = (locale: Locale) => blank(locale) && (!optional || !blank(locale === "da" ? "en" : "da"));
  return (
    <fieldset className="af-ws-fieldset af-builder-pair">
      <legend>{label}</legend>
      <div className="af-builder-pair__fields">
        {(["da", "en"] as const).map((locale) => (
          <LanguageField
            key={locale}
            id={`${id}-${locale}`}
            label={locale === "da" ? b.danish : b.english}
            value={value?.[locale] ?? ""}
            readOnly={readOnly}
            multiline={multiline}
            hint={marked(locale) ? <span className="af-builder-missing">{locale === "da" ? b.missingDanish : b.missingEnglish}</span> : undefined}
            lang={locale === "en" ? "en" : undefined}
            onChange={(text) => onChange(withLanguage(value, locale, text))}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** One language's field; a colleague's letters arriving while one types keep the caret where it was. */
function LanguageField({ id, label, value, readOnly, multiline, hint, lang, onChange }: { id: string; label: string; value: string; readOnly: boolean; multiline: boolean; hint: ReactNode; lang: string | undefined; onChange(text: string): void }) {
  useKeptCaret(id, value);
  const common = { id, label, value, readOnly, ...(hint === undefined ? {} : { hint }), ...(lang === undefined ? {} : { lang }) };
  return multiline ? (
    <TextAreaField {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <TextField {...common} onChange={(event) => onChange(event.target.value)} />
  );
}
