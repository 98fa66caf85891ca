import type { DraftText, Locale } from "@afrapport/schema";
import { TextAreaField, TextField } from "../shell/form-field.js";
import { useBuilderMessages } from "./builder-messages.js";
import { withLanguage } from "./display-text.js";

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
        {(["da", "en"] as const).map((locale) => {
          const common = {
            id: `${id}-${locale}`,
            label: locale === "da" ? b.danish : b.english,
            value: value?.[locale] ?? "",
            readOnly,
            ...(marked(locale) ? { hint: <span className="af-builder-missing">{locale === "da" ? b.missingDanish : b.missingEnglish}</span> } : {}),
            ...(locale === "en" ? { lang: "en" } : {}),
          };
          return multiline ? (
            <TextAreaField key={locale} {...common} rows={3} onChange={(event) => onChange(withLanguage(value, locale, event.target.value))} />
          ) : (
            <TextField key={locale} {...common} onChange={(event) => onChange(withLanguage(value, locale, event.target.value))} />
          );
        })}
      </div>
    </fieldset>
  );
}
