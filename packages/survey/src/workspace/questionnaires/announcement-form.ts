import { defaultScreeningThresholds, formatDanishNumber, parseDanishNumber, type Competence, type LocalizedText } from "@afrapport/schema";
import type { AnnouncementView, CopyAnnouncementInput, CreateAnnouncementInput, UpdateAnnouncementInput } from "@afrapport/schema/api";
import { parseDanishDate } from "../shell/danish-date.js";
import type { QuestionnairesMessages } from "./questionnaires-messages.js";
import { slugPattern, suggestSlug } from "./suggest-slug.js";

// The announcement form – new, edited, or copied from a template – as plain values and pure functions: what the
// fields hold, how they are checked (every problem in Danish, on its field), and the request they make.

export type AnnouncementFormMode = "create" | "edit" | "copy";

export interface CompetenceRow {
  /** React's key for the row; stays with the row when others are removed */
  rowKey: string;
  /** empty: made from the Danish title */
  id: string;
  da: string;
  en: string;
}

export interface AnnouncementFormValues {
  id: string;
  titleDa: string;
  titleEn: string;
  /** "26.11.2019" */
  issued: string;
  targetGroupDa: string;
  targetGroupEn: string;
  competences: CompetenceRow[];
  minCitizensPerYear: string;
  minStaff: string;
  minExperienceYears: string;
  /** edit only */
  archived: boolean;
  /** copy only: the questionnaire keys to copy as drafts */
  questionnaires: string[];
}

export const thresholdFields = ["minCitizensPerYear", "minStaff", "minExperienceYears"] as const;
export type ThresholdField = (typeof thresholdFields)[number];

/** The limits the API sets (AnnouncementThresholdsSchema), so a typo is refused on its field. */
export const thresholdLimits: Record<ThresholdField, number> = { minCitizensPerYear: 10_000, minStaff: 1_000, minExperienceYears: 60 };

/**
 * Problems by the path the server names a field by ("title.da", "competences.2.id", "thresholds.minStaff"), so a
 * refusal from the server lands on the same field as the form's own check.
 */
export type AnnouncementProblems = Partial<Record<string, string>>;

let rowCounter = 0;
export function newCompetenceRow(competence?: Competence): CompetenceRow {
  rowCounter += 1;
  return { rowKey: `competence-${rowCounter}`, id: competence?.id ?? "", da: competence?.title.da ?? "", en: competence?.title.en ?? "" };
}

/** "2019-11-26" → "26.11.2019" */
export function danishDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/** A date typed the Danish way (26.11.2019) or as ISO (2019-11-26), as ISO; null when it is no date. */
export function readIssuedDate(text: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  const parts = iso === null ? parseDanishDate(text) : parseDanishDate(`${iso[3]}.${iso[2]}.${iso[1]}`);
  if (parts === null) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * The form's first values: empty with one competence row for a new announcement; the announcement's own for an
 * edit; for a copy, the template's texts to adapt (a new id, the title marked as a copy) and all its questionnaires.
 */
export function initialAnnouncementValues(mode: AnnouncementFormMode, announcement: AnnouncementView | undefined, q: QuestionnairesMessages): AnnouncementFormValues {
  if (announcement === undefined || mode === "create") {
    return {
      id: "",
      titleDa: "",
      titleEn: "",
      issued: "",
      targetGroupDa: "",
      targetGroupEn: "",
      competences: [newCompetenceRow()],
      minCitizensPerYear: "",
      minStaff: "",
      minExperienceYears: "",
      archived: false,
      questionnaires: [],
    };
  }
  const copy = mode === "copy";
  return {
    id: copy ? "" : announcement.id,
    titleDa: copy ? q.copyTitle(announcement.title.da) : announcement.title.da,
    titleEn: copy ? q.copyTitleEn(announcement.title.en) : announcement.title.en,
    issued: copy ? "" : danishDateText(announcement.issued),
    targetGroupDa: announcement.targetGroup.da,
    targetGroupEn: announcement.targetGroup.en,
    competences: announcement.competences.map((competence) => newCompetenceRow(competence)),
    minCitizensPerYear: formatDanishNumber(announcement.thresholds.minCitizensPerYear),
    minStaff: formatDanishNumber(announcement.thresholds.minStaff),
    minExperienceYears: formatDanishNumber(announcement.thresholds.minExperienceYears),
    archived: announcement.archived,
    questionnaires: copy ? announcement.questionnaires.filter((questionnaire) => questionnaire.versions.length > 0).map((questionnaire) => questionnaire.key) : [],
  };
}

/** The id a competence row will have: the one typed, else one made from its Danish title. */
export function competenceId(row: CompetenceRow): string {
  return row.id.trim() === "" ? suggestSlug(row.da, 60) : row.id.trim();
}

type Read<T> = { ok: true; input: T } | { ok: false; problems: AnnouncementProblems };

interface AnnouncementFields {
  title: LocalizedText;
  issued: string;
  targetGroup: LocalizedText;
  competences: Competence[];
  thresholds: Partial<Record<ThresholdField, number>>;
}

function readLocalized(da: string, en: string, field: string, missing: { da: string; en: string }, max: number, tooLong: string, problems: AnnouncementProblems): LocalizedText {
  const text = { da: da.trim(), en: en.trim() };
  for (const locale of ["da", "en"] as const) {
    if (text[locale] === "") problems[`${field}.${locale}`] = missing[locale];
    else if (text[locale].length > max) problems[`${field}.${locale}`] = tooLong;
  }
  return text;
}

function readSlug(text: string, field: string, q: QuestionnairesMessages, problems: AnnouncementProblems): string {
  const id = text.trim();
  if (id === "") problems[field] = q.errorIdMissing;
  else if (id.length > 80) problems[field] = q.errorIdTooLong;
  else if (!slugPattern.test(id)) problems[field] = q.errorIdInvalid;
  return id;
}

function readFields(values: AnnouncementFormValues, q: QuestionnairesMessages, problems: AnnouncementProblems): AnnouncementFields {
  const title = readLocalized(values.titleDa, values.titleEn, "title", { da: q.errorTitleDaMissing, en: q.errorTitleEnMissing }, 300, q.errorTextTooLong(300), problems);
  const issued = readIssuedDate(values.issued);
  if (issued === null) problems.issued = values.issued.trim() === "" ? q.errorIssuedMissing : q.errorIssuedInvalid;
  const targetGroup = readLocalized(
    values.targetGroupDa,
    values.targetGroupEn,
    "targetGroup",
    { da: q.errorTargetGroupDaMissing, en: q.errorTargetGroupEnMissing },
    4000,
    q.errorTextTooLong(4000),
    problems,
  );

  const competences: Competence[] = [];
  if (values.competences.length === 0) problems.competences = q.errorCompetencesMissing;
  else if (values.competences.length > 40) problems.competences = q.errorCompetencesTooMany;
  const firstRowWithId = new Map<string, number>();
  values.competences.forEach((row, i) => {
    const field = `competences.${i}`;
    const competenceTitle = readLocalized(row.da, row.en, `${field}.title`, { da: q.errorCompetenceDaMissing, en: q.errorCompetenceEnMissing }, 300, q.errorTextTooLong(300), problems);
    const id = competenceId(row);
    if (row.id.trim() !== "" || competenceTitle.da !== "") {
      if (id === "" || !slugPattern.test(id) || id.length > 80) problems[`${field}.id`] = q.errorIdInvalid;
      else if (firstRowWithId.has(id)) problems[`${field}.id`] = q.errorCompetenceIdTwice(firstRowWithId.get(id)! + 1);
      else firstRowWithId.set(id, i);
    }
    competences.push({ id, title: competenceTitle });
  });

  const thresholds: Partial<Record<ThresholdField, number>> = {};
  for (const name of thresholdFields) {
    const parsed = parseDanishNumber(values[name]);
    if (parsed.kind === "empty") continue;
    const field = `thresholds.${name}`;
    if (parsed.kind === "invalid") problems[field] = q.errorNumberInvalid;
    else if (parsed.value < 0) problems[field] = q.errorNumberNegative;
    else if (parsed.value > thresholdLimits[name]) problems[field] = q.errorNumberTooLarge(thresholdLimits[name]);
    else thresholds[name] = parsed.value;
  }
  return { title, issued: issued ?? "", targetGroup, competences, thresholds };
}

const hasProblems = (problems: AnnouncementProblems) => Object.keys(problems).length > 0;
const withThresholds = (thresholds: AnnouncementFields["thresholds"]) => (Object.keys(thresholds).length === 0 ? {} : { thresholds });

export function readCreateAnnouncement(values: AnnouncementFormValues, q: QuestionnairesMessages): Read<CreateAnnouncementInput> {
  const problems: AnnouncementProblems = {};
  const id = readSlug(values.id, "id", q, problems);
  const { thresholds, ...fields } = readFields(values, q, problems);
  return hasProblems(problems) ? { ok: false, problems } : { ok: true, input: { id, ...fields, ...withThresholds(thresholds) } };
}

export function readCopyAnnouncement(values: AnnouncementFormValues, q: QuestionnairesMessages): Read<CopyAnnouncementInput> {
  const problems: AnnouncementProblems = {};
  const id = readSlug(values.id, "id", q, problems);
  const { thresholds, ...fields } = readFields(values, q, problems);
  if (values.questionnaires.length === 0) problems.questionnaires = q.errorCopyNothing;
  return hasProblems(problems) ? { ok: false, problems } : { ok: true, input: { id, ...fields, ...withThresholds(thresholds), questionnaires: values.questionnaires } };
}

/**
 * An edit sends every field, with the revision it was made on: a colleague's change meanwhile is refused (409)
 * rather than overwritten. An emptied threshold goes back to the screening model's default.
 */
export function readUpdateAnnouncement(values: AnnouncementFormValues, baseRevision: number, q: QuestionnairesMessages): Read<UpdateAnnouncementInput> {
  const problems: AnnouncementProblems = {};
  const { thresholds, ...fields } = readFields(values, q, problems);
  if (hasProblems(problems)) return { ok: false, problems };
  return { ok: true, input: { baseRevision, ...fields, thresholds: { ...defaultScreeningThresholds, ...thresholds }, archived: values.archived } };
}

/** The form's field paths in the order they stand on the form, for the error summary. */
export function announcementFieldOrder(values: AnnouncementFormValues, mode: AnnouncementFormMode): string[] {
  return [
    ...(mode === "edit" ? [] : ["id"]),
    "title.da",
    "title.en",
    "issued",
    "targetGroup.da",
    "targetGroup.en",
    "competences",
    ...values.competences.flatMap((_, i) => [`competences.${i}.title.da`, `competences.${i}.title.en`, `competences.${i}.id`]),
    ...thresholdFields.map((name) => `thresholds.${name}`),
    ...(mode === "copy" ? ["questionnaires"] : []),
  ];
}

/** The element id of a field on the form: "title.da" → "announcement-title-da". */
export function announcementFieldId(field: string): string {
  return `announcement-${field.replaceAll(".", "-")}`;
}

/**
 * The form field a server `field` belongs to: the paths are the same, except where the server names a whole
 * object or list ("title", "competences.1", "thresholds", "questionnaires.0"); null when the form has no such field.
 */
export function announcementFieldForServer(field: string | undefined, values: AnnouncementFormValues, mode: AnnouncementFormMode): string | null {
  if (field === undefined || field === "") return null;
  const known = announcementFieldOrder(values, mode);
  if (known.includes(field)) return field;
  const competence = /^competences\.(\d+)(?:\.|$)/.exec(field);
  if (competence !== null) {
    const inRow = known.find((candidate) => candidate.startsWith(`competences.${competence[1]}.`) && field.startsWith(candidate));
    return inRow ?? (known.includes(`competences.${competence[1]}.id`) ? `competences.${competence[1]}.id` : "competences");
  }
  const head = field.split(".")[0]!;
  if (head === "title" || head === "targetGroup") return `${head}.da`;
  if (head === "thresholds") return known.find((candidate) => field.startsWith(candidate)) ?? `thresholds.${thresholdFields[0]}`;
  return known.includes(head) ? head : null;
}
