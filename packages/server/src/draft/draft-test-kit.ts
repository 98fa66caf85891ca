import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { TestApp, TestClient } from "../test-support/test-app.js";

// Shared set-up for the draft domain's HTTP tests: a SurveyJS file made elsewhere, a new announcement, and edits a
// secretariat makes in the builder.

/** SurveyJS JSON as SurveyJS Creator saves it: Danish plain strings, one question still carrying a wrong aggregation. */
export function spiseforstyrrelserSurvey(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL("./fixtures/spiseforstyrrelser-kommune.surveyjs.json", import.meta.url), "utf8")) as Record<string, unknown>;
}

export const spiseforstyrrelser = {
  id: "unge-spiseforstyrrelser",
  title: { da: "Unge med svære spiseforstyrrelser", en: "Young people with severe eating disorders" },
  issued: "2026-11-20",
  targetGroup: { da: "Unge 15–25 år med svære spiseforstyrrelser", en: "Young people aged 15–25 with severe eating disorders" },
  competences: [
    { id: "psykiatri", title: { da: "Børne- og ungdomspsykiatri", en: "Child and adolescent psychiatry" } },
    { id: "ernaering", title: { da: "Klinisk ernæring", en: "Clinical nutrition" } },
  ],
};

export async function createAnnouncement(client: TestClient, body: Record<string, unknown> = spiseforstyrrelser): Promise<void> {
  const response = await client.post("/api/announcements", body);
  expect(response.status, response.text).toBe(201);
}

/** Gives every Danish-only text an English one, as a secretariat fixing the missing-en findings would. */
export function addEnglish<T>(value: T): T {
  if (Array.isArray(value)) return value.map(addEnglish) as T;
  if (value === null || typeof value !== "object") return value;
  const record = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, addEnglish(inner)])) as Record<string, unknown>;
  if (typeof record.da === "string" && record.en === undefined) record.en = `EN: ${record.da}`;
  return record as T;
}

export type DraftJson = {
  id: string;
  revision: number;
  content: { audience: string; title: Record<string, string>; reportSections: unknown[]; survey: { pages: { name: string; elements: Record<string, unknown>[] }[] } };
  findings: { path: string; code: string; message: string }[];
  [key: string]: unknown;
};

/** A deep copy of a draft's content to edit. */
export function contentOf(draft: DraftJson): DraftJson["content"] {
  return JSON.parse(JSON.stringify(draft.content)) as DraftJson["content"];
}

export function elementNamed(content: DraftJson["content"], name: string): Record<string, unknown> {
  for (const page of content.survey.pages) {
    const found = page.elements.find((element) => element.name === name);
    if (found !== undefined) return found;
  }
  throw new Error(`no element ${name}`);
}

export async function importSpiseforstyrrelser(client: TestClient, announcementId = spiseforstyrrelser.id, key = "kommune-2026"): Promise<{ draft: DraftJson; notes: { path: string; code: string }[] }> {
  const response = await client.post("/api/questionnaires/drafts/import", { announcementId, key, audience: "municipality", language: "da", survey: spiseforstyrrelserSurvey() });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

export async function save(client: TestClient, draft: { id: string; revision: number }, content: unknown, baseRevision = draft.revision): Promise<DraftJson> {
  const response = await client.put(`/api/questionnaires/drafts/${draft.id}`, { baseRevision, content });
  expect(response.status, response.text).toBe(200);
  return response.body.draft;
}

/** The import, with its findings fixed: English everywhere, the aggregation that fits each question. */
export async function importedAndFixed(client: TestClient, announcementId = spiseforstyrrelser.id, key = "kommune-2026"): Promise<DraftJson> {
  const { draft } = await importSpiseforstyrrelser(client, announcementId, key);
  const content = addEnglish(contentOf(draft));
  elementNamed(content, "tilbudstyper").aggregation = "choiceCounts";
  elementNamed(content, "kontaktperson").aggregation = "none";
  const saved = await save(client, draft, content);
  expect(saved.findings).toEqual([]);
  return saved;
}

export async function publish(client: TestClient, draft: { id: string; revision: number }, version: string) {
  return client.post(`/api/questionnaires/drafts/${draft.id}/publish`, { version, baseRevision: draft.revision });
}

export async function auditActions(app: TestApp, subjectId: string): Promise<string[]> {
  const rows = await app.db.selectFrom("audit_log").select("action").where("subject_id", "=", subjectId).orderBy("id").execute();
  return rows.map((row) => row.action);
}

export async function countRows(app: TestApp, table: "questionnaire_drafts" | "questionnaire_draft_revisions" | "questionnaire_versions" | "announcements"): Promise<number> {
  const row = await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
