import type { Competence, Locale } from "@afrapport/schema";
import type { CopyNote } from "@afrapport/schema/api";
import { findingText } from "../builder/finding-text.js";
import type { QuestionnairesMessages } from "./questionnaires-messages.js";

/**
 * A note of "Kopiér til ny udmelding" in the reader's words. The copy fits the offer questionnaire's competence
 * matrix to the new announcement's competences and says what it changed; the row's competence id is quoted in the
 * server's note, and its title is looked up among `competences` – the new announcement's for an added row, the
 * template's for a removed one. Other codes are findings like a draft's.
 */
export function copyNoteText(note: CopyNote, competences: readonly Competence[], q: QuestionnairesMessages, locale: Locale): string {
  const quoted = /"([^"]*)"/.exec(note.message)?.[1];
  const row = quoted ?? "";
  const title = competences.find((competence) => competence.id === row)?.title[locale] ?? row;
  switch (note.code) {
    case "no-competences-question":
      return q.copyNoteNoCompetences;
    case "competence-row-removed":
      return q.copyNoteRowRemoved(title);
    case "competence-row-added":
      return q.copyNoteRowAdded(title);
    case "competence-rows-reordered":
      return q.copyNoteRowsReordered;
    default:
      return findingText(note, locale);
  }
}
