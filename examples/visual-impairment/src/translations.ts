import type { QuestionnaireDraft } from "@afrapport/schema";
import type { Finding } from "@afrapport/schema/api";

// A secretariat writes a questionnaire in Danish first and has it translated afterwards. The draft's findings say
// which English texts are missing, each with the path of the text, so the translation can be filled in exactly
// there – nothing else in the draft is touched.

/** The draft with every English text left out, as it looks before the translation. */
export function danishOnly(content: QuestionnaireDraft): QuestionnaireDraft {
  return strip(content) as QuestionnaireDraft;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const isText = entries.every(([key, text]) => (key === "da" || key === "en") && typeof text === "string");
  if (isText && "da" in value) return { da: (value as { da: string }).da };
  return Object.fromEntries(entries.map(([key, item]) => [key, strip(item)]));
}

/**
 * Fills in the English text each `missing-en` finding points at, taken from the same path in the translation.
 * Anything else the findings report is a real mistake the example cannot guess a fix for, so it stops there.
 */
export function addTranslations(content: QuestionnaireDraft, findings: readonly Finding[], translation: QuestionnaireDraft): QuestionnaireDraft {
  const fixed = structuredClone(content);
  for (const finding of findings) {
    const english = finding.code === "missing-en" ? valueAt(translation, finding.path) : undefined;
    if (typeof english !== "string") throw new Error(`Cannot fix ${finding.path}: ${finding.code} ${finding.message}`);
    setValueAt(fixed, finding.path, english);
  }
  return fixed;
}

/** `survey.pages[0].elements[1].title.en` → ["survey", "pages", 0, "elements", 1, "title", "en"] */
function segments(path: string): (string | number)[] {
  return (path.match(/[^.[\]]+/g) ?? []).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function valueAt(root: unknown, path: string): unknown {
  return walk(root, segments(path));
}

function walk(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function setValueAt(root: unknown, path: string, value: unknown): void {
  const parentPath = segments(path);
  const last = parentPath.pop();
  const parent = walk(root, parentPath);
  if (last === undefined || parent === null || typeof parent !== "object") throw new Error(`No place for ${path} in the draft`);
  (parent as Record<string | number, unknown>)[last] = value;
}
