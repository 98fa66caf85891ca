import type { Audience } from "@afrapport/schema";
import type { ApiError } from "../api/api-error.js";
import type { Finding, ImportDraftInput } from "@afrapport/schema/api";
import { keyProblem, type KeyedAnnouncement } from "./new-questionnaire-form.js";
import type { QuestionnairesMessages } from "./questionnaires-messages.js";

// "Importér SurveyJS": SurveyJS JSON made elsewhere (SurveyJS Creator, another tool, an export from Afrapport) as a
// new draft. The JSON comes from a file or is pasted; it is checked here first, so a broken file is named in Danish
// with its line before anything is sent.

export interface ImportValues {
  announcementId: string;
  audience: Audience | "";
  key: string;
  /** the language texts without a language are in */
  language: "da" | "en";
  source: "file" | "paste";
  /** the chosen file's name and text (read when chosen) */
  file: { name: string; text: string } | null;
  pasted: string;
}

export type ImportField = "announcementId" | "audience" | "key" | "survey";
export const importFields: ImportField[] = ["announcementId", "audience", "key", "survey"];

/** The API takes at most this many characters of JSON (ImportDraftSchema). */
export const maxImportChars = 2_000_000;

export const emptyImport = (announcementId = ""): ImportValues => ({
  announcementId,
  audience: "",
  key: "",
  language: "da",
  source: "file",
  file: null,
  pasted: "",
});

/** Where JSON.parse stopped, as a line and column, from the engine's message; null when it does not say. */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position === null) return null;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Checks the JSON's text: there, not too long, JSON, and an object (a SurveyJS survey is one). */
export function surveyTextProblem(text: string, q: QuestionnairesMessages): string | undefined {
  if (text.trim() === "") return q.errorImportEmpty;
  if (text.length > maxImportChars) return q.errorImportTooLarge;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error instanceof Error ? error.message : "");
    return place === null ? q.errorImportNotJson : q.errorImportNotJsonAt(place.line, place.column);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return q.errorImportNotObject;
  return undefined;
}

export function readImport(
  values: ImportValues,
  announcements: readonly KeyedAnnouncement[],
  q: QuestionnairesMessages,
): { ok: true; input: ImportDraftInput } | { ok: false; problems: Partial<Record<ImportField, string>> } {
  const problems: Partial<Record<ImportField, string>> = {};
  const announcement = announcements.find((candidate) => candidate.id === values.announcementId);
  if (announcement === undefined) problems.announcementId = q.errorAnnouncementMissing;
  if (values.audience === "") problems.audience = q.errorAudienceMissing;
  const key = values.key.trim();
  const shape = keyProblem(key, q);
  const published = announcement?.questionnaires.find((questionnaire) => questionnaire.key === key);
  if (shape !== undefined) problems.key = shape;
  // the same key as a published questionnaire makes the import its next version, which keeps its audience
  else if (published !== undefined && values.audience !== "" && published.audience !== values.audience) problems.key = q.errorKeyOtherAudience(published.audience);
  const text = values.source === "file" ? values.file?.text : values.pasted;
  const textProblem = text === undefined ? q.errorImportNoFile : surveyTextProblem(text, q);
  if (textProblem !== undefined) problems.survey = textProblem;
  if (Object.keys(problems).length > 0 || values.audience === "" || text === undefined) return { ok: false, problems };
  return { ok: true, input: { announcementId: values.announcementId, key, audience: values.audience, language: values.language, survey: text } };
}

/** The form field a server `field` belongs to. */
export function importFieldForServer(field: string | undefined): ImportField | null {
  if (field === undefined) return null;
  const head = field.split(".")[0];
  return head === "announcementId" || head === "audience" || head === "key" || head === "survey" ? head : null;
}

/** Why survey-core could not load the JSON (the 422's `errors`), each with the path it concerns; none otherwise. */
export function importErrors(error: ApiError): Finding[] {
  if (error.status !== 422 || typeof error.body !== "object" || error.body === null) return [];
  const errors = (error.body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (entry): entry is Finding =>
      typeof entry === "object" && entry !== null && typeof entry.path === "string" && typeof entry.code === "string" && typeof entry.message === "string",
  );
}
