import type { Audience } from "@afrapport/schema";
import type { AnnouncementView, CreateDraftInput } from "@afrapport/schema/api";
import type { QuestionnairesMessages } from "./questionnaires-messages.js";
import { slugPattern } from "./suggest-slug.js";

// "Nyt spørgeskema": a blank draft for a new questionnaire of an announcement – which announcement, for whom, under
// which key, with what title. Its values, checks and request, apart from the dialog.

export interface NewQuestionnaireValues {
  announcementId: string;
  audience: Audience | "";
  key: string;
  titleDa: string;
  titleEn: string;
}

export type NewQuestionnaireField = "announcementId" | "audience" | "key" | "title.da" | "title.en";
export const newQuestionnaireFields: NewQuestionnaireField[] = ["announcementId", "audience", "key", "title.da", "title.en"];

/** What the form needs of an announcement: its questionnaires' keys, published or drafted. */
export type KeyedAnnouncement = Pick<AnnouncementView, "id" | "questionnaires" | "drafts">;

const keyStem: Record<Audience, string> = { municipality: "kommune", offer: "tilbud" };

/** Every key the announcement uses, published or drafted. */
function usedKeys(announcement: KeyedAnnouncement | undefined): Set<string> {
  return new Set([...(announcement?.questionnaires.map((q) => q.key) ?? []), ...(announcement?.drafts.map((d) => d.key) ?? [])]);
}

/**
 * A key for a new questionnaire in the style of the built-in ones ("kommune-2026", "tilbud-2026"), one the
 * announcement does not use yet ("kommune-2026-2" when it does).
 */
export function suggestKey(announcement: KeyedAnnouncement | undefined, audience: Audience, year: number): string {
  const used = usedKeys(announcement);
  const base = `${keyStem[audience]}-${year}`;
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Checks a questionnaire key's shape; undefined when it is fine. */
export function keyProblem(key: string, q: QuestionnairesMessages): string | undefined {
  if (key === "") return q.errorKeyMissing;
  if (key.length > 80) return q.errorIdTooLong;
  if (!slugPattern.test(key)) return q.errorKeyInvalid;
  return undefined;
}

export function readNewQuestionnaire(
  values: NewQuestionnaireValues,
  announcements: readonly KeyedAnnouncement[],
  q: QuestionnairesMessages,
): { ok: true; input: CreateDraftInput } | { ok: false; problems: Partial<Record<NewQuestionnaireField, string>> } {
  const problems: Partial<Record<NewQuestionnaireField, string>> = {};
  const announcement = announcements.find((candidate) => candidate.id === values.announcementId);
  if (announcement === undefined) problems.announcementId = q.errorAnnouncementMissing;
  if (values.audience === "") problems.audience = q.errorAudienceMissing;
  const key = values.key.trim();
  const shape = keyProblem(key, q);
  if (shape !== undefined) problems.key = shape;
  else if (announcement?.questionnaires.some((questionnaire) => questionnaire.key === key)) problems.key = q.errorKeyPublished;
  else if (announcement?.drafts.some((draft) => draft.key === key)) problems.key = q.errorKeyDrafted;
  const title = { da: values.titleDa.trim(), en: values.titleEn.trim() };
  if (title.da === "") problems["title.da"] = q.errorTitleDaMissing;
  else if (title.da.length > 300) problems["title.da"] = q.errorTextTooLong(300);
  if (title.en.length > 300) problems["title.en"] = q.errorTextTooLong(300);
  if (Object.keys(problems).length > 0 || values.audience === "") return { ok: false, problems };
  return {
    ok: true,
    input: { announcementId: values.announcementId, key, audience: values.audience, title: title.en === "" ? { da: title.da } : title },
  };
}

/** The form field a server `field` belongs to ("title" and "title.da" are the Danish title). */
export function newQuestionnaireFieldForServer(field: string | undefined): NewQuestionnaireField | null {
  if (field === undefined) return null;
  if (field === "title" || field === "title.da") return "title.da";
  if (field === "title.en") return "title.en";
  const head = field.split(".")[0];
  return head === "announcementId" || head === "audience" || head === "key" ? head : null;
}
