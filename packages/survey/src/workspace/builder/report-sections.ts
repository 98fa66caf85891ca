import { draftOutline, findElement, updateQuestionnaire, type DraftText, type OutlineElement, type QuestionnaireDraft } from "@afrapport/schema";

/** How many elements name each report section (nested ones too); a section no element names may be removed. */
export function sectionUsage(draft: QuestionnaireDraft): Map<string, number> {
  const usage = new Map<string, number>(draft.reportSections.map((section) => [section.id, 0]));
  const walk = (elements: readonly OutlineElement[]) => {
    for (const element of elements) {
      const section = findElement(draft, element.name)?.reportSection;
      if (typeof section === "string") usage.set(section, (usage.get(section) ?? 0) + 1);
      walk(element.children);
    }
  };
  for (const page of draftOutline(draft)) walk(page.elements);
  return usage;
}

/** A new section last, under an id no section has ("afsnit-2", …), with the Danish title given. */
export function addReportSection(draft: QuestionnaireDraft, title: string): { draft: QuestionnaireDraft; id: string } {
  const taken = new Set(draft.reportSections.map((section) => section.id));
  let n = draft.reportSections.length + 1;
  while (taken.has(`afsnit-${n}`)) n++;
  const id = `afsnit-${n}`;
  return { draft: updateQuestionnaire(draft, { reportSections: [...draft.reportSections, { id, title: { da: title } }] }), id };
}

export function retitleReportSection(draft: QuestionnaireDraft, id: string, title: DraftText): QuestionnaireDraft {
  return updateQuestionnaire(draft, { reportSections: draft.reportSections.map((section) => (section.id === id ? { ...section, title } : section)) });
}

/** The draft without the section; the editor offers this only for a section no element names. */
export function removeReportSection(draft: QuestionnaireDraft, id: string): QuestionnaireDraft {
  return updateQuestionnaire(draft, { reportSections: draft.reportSections.filter((section) => section.id !== id) });
}
