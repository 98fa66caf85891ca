import type { Locale } from "@afrapport/schema";
import type { ReactNode } from "react";
import { lacks, readDraftText } from "./draft-text.js";
import { LocalText } from "./local-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";

export interface TextPairProps {
  edit: QuestionEdit;
  /** the field's path below the element, e.g. `title` or `choices[2].text` */
  field: string;
  label: string;
  value: unknown;
  onCommit(locale: Locale, text: string): void;
  /** shown under both labels, so the two fields stay level */
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  /** the text must be there in both languages (a title); otherwise a missing language is marked only once the other is written */
  required?: boolean;
}

/**
 * A text in Danish and English side by side. A missing language is marked in words beside its field ("Mangler på
 * engelsk"), tied to the field with aria-describedby, so the gap is seen and heard, not only coloured.
 */
export function TextPair({ edit, field, label, value, onCommit, hint, multiline, rows, required }: TextPairProps) {
  const { q } = useQuestionMessages();
  const text = readDraftText(value);
  // A finding on the field says the same in its own words; the mark is for what the findings do not (yet) cover.
  const marked = (locale: Locale) =>
    lacks(text, locale) && (required === true || !lacks(text, locale === "da" ? "en" : "da")) && edit.errors(`${field}.${locale}`) === undefined;
  const marker = (locale: Locale) => (marked(locale) ? <span className="af-qe-missing">{locale === "da" ? q.missingDa : q.missingEn}</span> : undefined);
  const hintFor = (locale: Locale) => {
    const parts = [hint, marker(locale)].filter((part) => part !== undefined);
    return parts.length === 0 ? undefined : <>{parts.map((part, i) => <span key={i}>{part} </span>)}</>;
  };
  return (
    <div className="af-qe-pair">
      {(["da", "en"] as const).map((locale) => (
        <LocalText
          key={locale}
          id={edit.id(`${field}.${locale}`)}
          label={`${label} (${locale === "da" ? q.languageDa : q.languageEn})`}
          hint={hintFor(locale)}
          errors={edit.errors(`${field}.${locale}`)}
          value={text[locale] ?? ""}
          onCommit={(next) => onCommit(locale, next)}
          multiline={multiline}
          rows={rows}
          readOnly={edit.readOnly}
          {...(locale === "en" ? { lang: "en" } : {})}
        />
      ))}
    </div>
  );
}
