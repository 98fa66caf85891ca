import type { BuilderQuestionType, QuestionnaireDraft, QuestionTypeInfo } from "@afrapport/schema";

/** What every part of the question panel works with: the element, its findings by field, and how to change it. */
export interface QuestionEdit {
  draft: QuestionnaireDraft;
  element: Record<string, unknown>;
  name: string;
  builderType: BuilderQuestionType | null;
  /** what the builder knows of the type (null for a type it does not offer) */
  info: QuestionTypeInfo | null;
  /** the element holds an answer (not a panel, html or image) */
  answers: boolean;
  readOnly: boolean;
  /** every name an expression may use in the draft, lower-case (draftNames), worked out once per draft */
  names: ReadonlySet<string>;
  /** the HTML id of a field (its path below the element), which findings and the problem list link to */
  id(field: string): string;
  /** the findings on a field, worded for the page's language (leaving out the codes in `except`); undefined when there are none */
  errors(field: string, options?: { except?: readonly string[] }): string[] | undefined;
  /** changes the element (updateElement; a key set to undefined is removed) */
  update(patch: Record<string, unknown>): void;
  /** changes the draft as a whole (a rename), selecting the element under its new name */
  apply(change: (draft: QuestionnaireDraft) => QuestionnaireDraft, options?: { select?: string }): void;
  /** says something to screen readers (a moved row, pasted choices) */
  announce(text: string): void;
}
