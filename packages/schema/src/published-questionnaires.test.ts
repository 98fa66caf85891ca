import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { QuestionnaireVersionSchema } from "./questionnaire.js";

/**
 * Published questionnaire versions are frozen: answers and reports key on them. Every file under
 * questionnaires/ must be named announcement/key@version.json after its own content and be listed in
 * questionnaires/published.sha256.json with the sha256 of its bytes. Editing a published file, or adding one
 * without its manifest entry, fails here.
 */
const root = fileURLToPath(new URL("../questionnaires/", import.meta.url));
const manifestName = "published.sha256.json";

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJsonFiles(path);
    return entry.isFile() && entry.name.endsWith(".json") ? [relative(root, path).split(sep).join("/")] : [];
  });
}

const files = listJsonFiles(root).filter((path) => path !== manifestName).sort();
const manifest = JSON.parse(readFileSync(join(root, manifestName), "utf8")) as Record<string, string>;
/** sha256 of the file's text with CRLF read as LF, so a Windows checkout (core.autocrlf) hashes the same. */
const sha256 = (path: string) =>
  createHash("sha256").update(readFileSync(join(root, path), "utf8").replace(/\r\n/g, "\n")).digest("hex");

describe("published questionnaires", () => {
  it("finds the questionnaire files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s parses as a QuestionnaireVersion named after its content", (path) => {
    const parsed = QuestionnaireVersionSchema.safeParse(JSON.parse(readFileSync(join(root, path), "utf8")));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const { announcement, key, version } = parsed.data!;
    expect(path, "the path must be <announcement>/<key>@<version>.json").toBe(`${announcement}/${key}@${version}.json`);
  });

  it.each(files)("%s is published unchanged", (path) => {
    const actual = sha256(path);
    const expected = manifest[path];
    const advice =
      expected === undefined
        ? `${path} is not in questionnaires/${manifestName}. If it is a new version ready to publish, add "${path}": "${actual}" to the manifest.`
        : `${path} has changed since it was published (sha256 ${expected}, now ${actual}). Published versions are frozen: ` +
          `restore the file and publish the change as a new version (a new file with a higher version, plus its manifest entry) instead.`;
    expect(actual, advice).toBe(expected);
  });

  it("lists no file that does not exist", () => {
    const missing = Object.keys(manifest).filter((path) => !files.includes(path));
    expect(missing, `the manifest lists files that are gone; a published version must never be deleted`).toEqual([]);
  });

  it("holds every (announcement, key, version) once", () => {
    const ids = files.map((path) => path.replace(/\.json$/, ""));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
