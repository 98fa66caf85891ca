import { draftOutline, type Locale, type OutlineElement, type QuestionnaireDraft } from "@afrapport/schema";
import type { Finding } from "@afrapport/schema/api";
import type { QuestionnairesMessages } from "./questionnaires-messages.js";

/** The notes of an import that concern one thing: the questionnaire, a page or an element, named for a reader. */
export interface NoteGroup {
  subject: string;
  notes: Finding[];
}

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/**
 * The import's notes grouped by what they concern – the innermost page or element whose path prefixes the note's,
 * else the questionnaire – so "Nogle tekster mangler på engelsk" says where. Groups come in the order of their first
 * note; an element is named by its title in the reader's language (else the other, else its name).
 */
export function groupNotes(draft: QuestionnaireDraft, notes: readonly Finding[], q: QuestionnairesMessages, locale: Locale): NoteGroup[] {
  const other: Locale = locale === "da" ? "en" : "da";
  const titled = (title: { da?: string; en?: string }, fallback: string) => title[locale]?.trim() || title[other]?.trim() || fallback;
  const targets: { path: string; subject: string }[] = [];
  const addElements = (elements: OutlineElement[]) => {
    for (const element of elements) {
      targets.push({ path: element.path, subject: q.noteSubjectElement(titled(element.title, element.name), element.name) });
      addElements(element.children);
    }
  };
  draftOutline(draft).forEach((page, index) => {
    targets.push({ path: page.path, subject: q.noteSubjectPage(index + 1, titled(page.title, "")) });
    addElements(page.elements);
  });
  // the longest first, so the innermost target that prefixes a path is found first
  targets.sort((a, b) => b.path.length - a.path.length);
  const groups = new Map<string, Finding[]>();
  for (const note of notes) {
    const subject = targets.find((target) => within(note.path, target.path))?.subject ?? q.noteSubjectQuestionnaire;
    groups.set(subject, [...(groups.get(subject) ?? []), note]);
  }
  return [...groups].map(([subject, grouped]) => ({ subject, notes: grouped }));
}
