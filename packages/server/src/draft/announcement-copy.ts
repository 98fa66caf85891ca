import { defaultScreeningThresholds, type Competence, type QuestionnaireDraft, type ScreeningThresholds } from "@afrapport/schema";
import type { AnnouncementView, CopyAnnouncementInput, CopyNote } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { addAnnouncement, getAnnouncement } from "../catalogue/announcement.service.js";
import { announcementInfo, questionnaireVersion } from "../catalogue/catalogue.service.js";
import type { Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { fail, ok, type Result } from "../http/result.js";
import { draftRegionOf } from "./draft-access.js";
import { draftOfVersion } from "./draft-content.js";
import { insertNewDraft } from "./draft-start.js";
import { latestVersionHeads } from "./published-version.js";

// "New announcement from template": a new announcement with the template's fields (or the ones given) and each of
// its questionnaires' latest published version as a draft, for the next target group.
//
// The competences are re-checked, and the choice made is to fix rather than only report: an offer questionnaire's
// `screening: "competences"` matrix must ask about exactly the announcement's competences (screenOffer judges
// criterion 4 by them), so its rows are made the new announcement's competences, in their order – a row whose value
// is still a competence keeps its wording, a new competence gets a row titled with the competence's title, a row
// for a competence the new announcement lacks is removed. Every change is a note with the path of the row or of
// the matrix, so the secretariat can review the wording before publishing. Left as they were, the rows would pass
// validateQuestionnaire and then screen offers against competences the announcement does not have.

const existsMessage = (id: string) => `An announcement "${id}" exists.`;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** The competences matrix of a draft and where it is, e.g. `survey.pages[2].elements[0]`; the first one counts. */
function findCompetencesMatrix(draft: QuestionnaireDraft): { element: Json; path: string } | undefined {
  const walk = (elements: unknown, path: string): { element: Json; path: string } | undefined => {
    if (!Array.isArray(elements)) return undefined;
    for (const [index, element] of elements.entries()) {
      if (!isRecord(element)) continue;
      const at = `${path}[${index}]`;
      if (element.screening === "competences") return { element, path: at };
      const inner = walk(element.elements, `${at}.elements`);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  for (const [index, page] of draft.survey.pages.entries()) {
    const found = walk(page.elements, `survey.pages[${index}].elements`);
    if (found !== undefined) return found;
  }
  return undefined;
}

const rowValue = (row: unknown): unknown => (isRecord(row) ? row.value : row);

/**
 * Makes the draft's competences matrix ask about `competences` (see the note at the top); changes the draft in
 * place and returns what it did, as notes without a draft id yet.
 */
export function alignCompetences(draft: QuestionnaireDraft, competences: readonly Competence[]): Omit<CopyNote, "draftId" | "key">[] {
  if (draft.audience !== "offer") return [];
  const matrix = findCompetencesMatrix(draft);
  if (matrix === undefined) {
    return [{ path: "survey", code: "no-competences-question", message: "the offer questionnaire has no matrix with screening \"competences\"; criterion 4 cannot be judged" }];
  }
  const rows: unknown[] = Array.isArray(matrix.element.rows) ? matrix.element.rows : [];
  const wanted = new Set(competences.map((c) => c.id));
  const notes: Omit<CopyNote, "draftId" | "key">[] = [];
  const kept = new Map<string, unknown>();
  rows.forEach((row, index) => {
    const value = rowValue(row);
    if (typeof value === "string" && wanted.has(value) && !kept.has(value)) kept.set(value, row);
    else {
      notes.push({
        path: `${matrix.path}.rows[${index}]`,
        code: "competence-row-removed",
        message: `row ${JSON.stringify(value)} removed: it is not a competence of the new announcement`,
      });
    }
  });
  const next = competences.map((competence) => {
    const row = kept.get(competence.id);
    if (row !== undefined) return row;
    notes.push({
      path: `${matrix.path}.rows`,
      code: "competence-row-added",
      message: `row "${competence.id}" added for the competence "${competence.title.en}"; check its wording`,
    });
    return { value: competence.id, text: { da: competence.title.da, en: competence.title.en } };
  });
  const reordered = notes.length === 0 && next.some((row, index) => row !== rows[index]);
  if (reordered) notes.push({ path: `${matrix.path}.rows`, code: "competence-rows-reordered", message: "rows put in the order of the announcement's competences" });
  if (notes.length > 0) matrix.element.rows = next;
  return notes;
}

/** Zod leaves an optional key out, but a caller in TypeScript may pass `undefined`; neither replaces a value. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export async function copyAnnouncement(
  db: Kysely<Database>,
  user: SessionUser,
  templateId: string,
  input: CopyAnnouncementInput,
  now: Date,
): Promise<Result<{ announcement: AnnouncementView; notes: CopyNote[] }>> {
  const region = draftRegionOf(user);
  if (!region.ok) return fail("forbidden", "Only a secretariat or an admin creates announcements.");
  const template = await announcementInfo(db, templateId);
  if (template === undefined) return fail("not_found", `No announcement "${templateId}".`);
  if ((await announcementInfo(db, input.id)) !== undefined) return fail("already_exists", existsMessage(input.id), "id");

  const latest = await latestVersionHeads(db, templateId);
  let heads = latest;
  if (input.questionnaires !== undefined) {
    const byKey = new Map(latest.map((head) => [head.key, head]));
    const unknown = input.questionnaires.findIndex((key) => !byKey.has(key));
    if (unknown !== -1) {
      return fail("validation_failed", `questionnaires: ${templateId} has no published questionnaire "${input.questionnaires[unknown]}".`, `questionnaires.${unknown}`);
    }
    heads = [...new Set(input.questionnaires)].map((key) => byKey.get(key)!);
  }

  const competences = input.competences ?? template.competences;
  const thresholds: ScreeningThresholds = { ...defaultScreeningThresholds, ...template.thresholds, ...definedOnly(input.thresholds ?? {}) };
  const copies: { key: string; basedOn: string; content: QuestionnaireDraft; notes: Omit<CopyNote, "draftId" | "key">[] }[] = [];
  for (const head of heads) {
    const version = await questionnaireVersion(db, head.id);
    if (version === undefined) throw new Error(`The published version ${head.id} cannot be read`);
    const content = draftOfVersion(version);
    copies.push({ key: head.key, basedOn: head.id, content, notes: alignCompetences(content, competences) });
  }

  let notes: CopyNote[];
  try {
    notes = await db.transaction().execute(async (trx) => {
      await addAnnouncement(
        trx,
        user,
        { id: input.id, title: input.title, issued: input.issued, targetGroup: input.targetGroup, competences, thresholds, templateOf: templateId, regionCode: region.regionCode },
        now,
      );
      const all: CopyNote[] = [];
      const drafts: string[] = [];
      for (const copy of copies) {
        const { draft } = await insertNewDraft(
          trx,
          user,
          { announcementId: input.id, key: copy.key, audience: copy.content.audience, content: copy.content, basedOn: copy.basedOn, regionCode: region.regionCode, kind: "create", details: { copiedFrom: copy.basedOn } },
          now,
        );
        drafts.push(draft.id);
        all.push(...copy.notes.map((note) => ({ draftId: draft.id, key: copy.key, ...note })));
      }
      await recordAudit(
        trx,
        { actor: user.id, action: "announcement.copied", subjectType: "announcement", subjectId: input.id, details: { templateOf: templateId, revision: 1, drafts, notes: all.length } },
        now,
      );
      return all;
    });
  } catch (error) {
    // Two people chose the same new id at the same moment; the database let one in.
    if (isUniqueViolation(error)) return fail("already_exists", existsMessage(input.id), "id");
    throw error;
  }
  const view = await getAnnouncement(db, user, input.id);
  if (!view.ok) return view;
  return ok({ announcement: view.value, notes });
}
