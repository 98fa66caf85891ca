import type { BuilderQuestionType } from "@afrapport/schema";
import { useBuilderMessages } from "./builder-messages.js";

/** A short sign per type (`decorative` beside the type's name written out), so a long outline can be scanned by shape; the type's name is there for screen readers. */
const signs: Record<BuilderQuestionType, string> = {
  text: "Aa",
  number: "12",
  comment: "¶",
  radiogroup: "◉",
  checkbox: "☑",
  dropdown: "▾",
  boolean: "±",
  multipletext: "≡",
  matrix: "▦",
  matrixdropdown: "▦▾",
  matrixdynamic: "▦+",
  paneldynamic: "▭+",
  // a word rather than a sign: the file signs (⎘, 📎) are missing from common fonts and showed as an empty box
  file: "Fil",
  html: "</>",
  expression: "ƒx",
  panel: "▭",
};

export function QuestionTypeBadge({ type, rawType, decorative = false }: { type: BuilderQuestionType | null; rawType?: string; decorative?: boolean }) {
  const { b } = useBuilderMessages();
  const label = type === null ? b.typeUnknown(rawType ?? "?") : b.typeLabel[type];
  if (decorative) {
    return (
      <span className="af-builder-type" aria-hidden="true">
        {type === null ? "?" : signs[type]}
      </span>
    );
  }
  return (
    <span className="af-builder-type" title={label}>
      <span aria-hidden="true">{type === null ? "?" : signs[type]}</span>
      <span className="af-visually-hidden">{label}</span>
    </span>
  );
}
