import { readdirSync, readFileSync } from "node:fs";

/** The published questionnaires in the repository, parsed: the valid starting points the fuzz tests break. */
export function publishedQuestionnaires(): Array<{ file: string; json: Record<string, unknown> }> {
  const folder = new URL("../../questionnaires/gravide-rusmiddel/", import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Record<string, unknown> }));
}

/** The names of the questions in a SurveyJS JSON (anything with a `name` inside `elements` or `pages`). */
export function questionNames(survey: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.name === "string" && typeof record.type === "string") names.add(record.name);
    for (const key of ["pages", "elements", "templateElements"]) walk(record[key]);
  };
  walk(survey);
  return [...names];
}
