import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SemverSchema } from "../questionnaire.js";
import { validateAnswers } from "../validate-answers.js";
import { validateQuestionnaire } from "../validate-questionnaire.js";
import { builtInAnnouncements, findQuestionnaire } from "./built-in.js";

/**
 * Answer fixtures: fixtures/<announcement>/<questionnaire key>/valid-*.json must validate, invalid-*.json must fail
 * on exactly the questions named in `expectErrors`; either kind warns on exactly the questions in `expectWarnings`
 * (none when left out). A fixture runs against the newest version of its key unless
 * it names a `version`.
 */
const FixtureSchema = z.strictObject({
  description: z.string().min(1),
  mode: z.enum(["submit", "draft"]).optional(),
  version: SemverSchema.optional(),
  answers: z.record(z.string(), z.unknown()),
  expectErrors: z.array(z.string().min(1)).min(1).optional(),
  /** questions expected to get a warning (CPR-like text, hidden answers); none when left out */
  expectWarnings: z.array(z.string().min(1)).min(1).optional(),
});

const fixturesRoot = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const dirs = (path: string) => readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const jsonFiles = (path: string) => readdirSync(path).filter((f) => f.endsWith(".json")).sort();

const cases = builtInAnnouncements.flatMap((announcement) => {
  const root = `${fixturesRoot}${announcement.id}/`;
  if (!existsSync(root)) return [];
  return dirs(root).flatMap((key) =>
    jsonFiles(`${root}${key}/`).map((file) => ({ announcement, key, file, path: `${root}${key}/${file}` })),
  );
});

describe("questionnaires pass validateQuestionnaire", () => {
  const questionnaires = builtInAnnouncements.flatMap((a) => a.questionnaires);
  it.each(questionnaires.map((q) => [`${q.announcement}/${q.key}@${q.version}`, q] as const))("%s", (_label, questionnaire) => {
    const result = validateQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe("every built-in questionnaire key has valid and invalid answer fixtures", () => {
  const keys = builtInAnnouncements.flatMap((a) => [...new Set(a.questionnaires.map((q) => q.key))].map((key) => [a.id, key] as const));
  it.each(keys)("%s/%s", (announcementId, key) => {
    const files = cases.filter((c) => c.announcement.id === announcementId && c.key === key).map((c) => c.file);
    expect(files.some((f) => f.startsWith("valid-")), "a valid-*.json fixture").toBe(true);
    expect(files.some((f) => f.startsWith("invalid-")), "an invalid-*.json fixture").toBe(true);
  });
});

describe.each(cases.map((c) => [`${c.announcement.id}/${c.key}/${c.file}`, c] as const))("fixture %s", (_label, { announcement, key, file, path }) => {
  const fixture = FixtureSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const valid = file.startsWith("valid-");

  it("is named valid-* or invalid-*, and only an invalid fixture lists expectErrors", () => {
    expect(valid || file.startsWith("invalid-")).toBe(true);
    expect(fixture.expectErrors === undefined).toBe(valid);
  });

  it(valid ? "validates" : `fails on ${fixture.expectErrors?.join(", ")}`, () => {
    const questionnaire = findQuestionnaire(announcement, key, fixture.version);
    expect(questionnaire, `questionnaire ${key}${fixture.version ? `@${fixture.version}` : ""} in ${announcement.id}`).toBeDefined();
    const result = validateAnswers(questionnaire!, fixture.answers, { mode: fixture.mode ?? "submit" });
    const failing = [...new Set(result.errors.map((e) => e.question))].sort();
    const warned = [...new Set(result.warnings.map((w) => w.question))].sort();
    expect(warned, "questions with warnings").toEqual([...(fixture.expectWarnings ?? [])].sort());
    if (valid) {
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    } else {
      expect(failing).toEqual([...(fixture.expectErrors ?? [])].sort());
      expect(result.ok).toBe(false);
      for (const error of result.errors) {
        expect(error.message.da.trim(), `${error.question}: Danish message`).not.toBe("");
        expect(error.message.en.trim(), `${error.question}: English message`).not.toBe("");
      }
    }
  });
});
