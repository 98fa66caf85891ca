import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportInput } from "./export-test-kit.js";
import type { HeadingBlock } from "./report-blocks.js";
import { buildReportDocument } from "./report-content.js";
import { renderReportDocx } from "./report-docx.js";

// The joint report's DOCX as LibreOffice lays it out: converted to PDF by Debian's LibreOffice (headless) and read
// back with poppler's pdftotext. scripts/ensure-test-tools.sh installs both, and Carlito, the metric twin of Calibri
// that LibreOffice draws the report's text in. Without them the test is skipped, except in CI.

const run = promisify(execFile);

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

const soffice = ["soffice", "libreoffice"].find(onPath);
const missing = [...(soffice ? [] : ["LibreOffice (soffice)"]), ...["pdftotext", "pdffonts"].filter((c) => !onPath(c))];
if (missing.length > 0) {
  if (process.env.CI) throw new Error(`${missing.join(", ")} not installed; scripts/ensure-test-tools.sh installs them.`);
  console.warn(`[libreoffice] ${missing.join(", ")} not found: the DOCX is not checked in LibreOffice. Run scripts/ensure-test-tools.sh.`);
}

/** The title's size in the DOCX styles: 52 half-points. */
const titleSizePt = 26;

interface TextLine {
  top: number;
  text: string;
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The lines of one page with where each starts from the top (in points), from `pdftotext -bbox-layout`. */
function bboxLines(xhtml: string): TextLine[] {
  return [...xhtml.matchAll(/<line [^>]*yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
    top: Number(m[1]),
    text: [...m[2]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unescapeXml(w[1]!)).join(" "),
  }));
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Whether a line of the page starts the text, which may wrap onto the lines after it. */
function startsLine(page: string, text: string): boolean {
  const lines = page.split("\n");
  return lines.some((_, index) => squash(lines.slice(index, index + 4).join(" ")).startsWith(text));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.skipIf(missing.length > 0)("the joint report's DOCX in LibreOffice", () => {
  const input = reportInput();
  const document = buildReportDocument(input);
  const headings = document.blocks.filter((b): b is HeadingBlock => b.kind === "heading");
  const dir = mkdtempSync(join(tmpdir(), "afrapport-docx-lo-"));
  const pdf = join(dir, "report.pdf");
  /** The text of each page, in order */
  let pages: string[] = [];
  let coverLines: TextLine[] = [];
  let fonts = "";

  beforeAll(async () => {
    writeFileSync(join(dir, "report.docx"), await renderReportDocx(input));
    // A profile of its own, so runs at the same time (and a person's own LibreOffice) do not share one.
    const profile = pathToFileURL(join(dir, "profile")).href;
    await run(soffice!, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "report.docx")], {
      timeout: 240_000,
    });
    pages = (await run("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout.split("\f").slice(0, -1);
    coverLines = bboxLines((await run("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", "-bbox-layout", pdf, "-"])).stdout);
    fonts = (await run("pdffonts", [pdf])).stdout;
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws the text in Carlito, as wide as Word's Calibri, so pages break as in Word", () => {
    const names = fonts.split("\n").slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !name.startsWith("Carlito")), "Carlito missing? scripts/ensure-test-tools.sh installs it").toEqual([]);
  });

  it("sets the cover title's lines apart, one under the other, in order", () => {
    const title = squash(document.titlePage.title);
    const first = coverLines.findIndex((line) => title.startsWith(line.text) && line.text.length > 0);
    expect(first, `title not found on page 1: ${JSON.stringify(coverLines.map((l) => l.text))}`).toBeGreaterThanOrEqual(0);
    const titleLines: TextLine[] = [];
    for (let i = first; i < coverLines.length && squash(titleLines.map((l) => l.text).join(" ")) !== title; i++) titleLines.push(coverLines[i]!);
    expect(squash(titleLines.map((l) => l.text).join(" "))).toBe(title);
    // The kit's title is too long for one line at 26 pt, so this checks the spacing between its lines.
    expect(titleLines.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < titleLines.length; i++) {
      expect(titleLines[i]!.top - titleLines[i - 1]!.top).toBeGreaterThanOrEqual(titleSizePt);
    }
  });

  it("lists every heading in the table of contents with the page LibreOffice puts it on", () => {
    expect(headings.filter((h) => h.level === 1).length).toBeGreaterThanOrEqual(5);
    // The contents start on page 2 and run over the pages after it that hold dot leaders.
    expect(squash(pages[1] ?? "").startsWith(`${document.tocTitle} `), "page 2 is not the table of contents").toBe(true);
    let firstChapter = 2;
    while (firstChapter < pages.length && /\.{5,}/.test(pages[firstChapter]!)) firstChapter++;
    const toc = squash(pages.slice(1, firstChapter).join(" "));
    for (const heading of headings) {
      const text = squash(heading.text);
      // An entry follows the contents' title or a page number: the entry's before it, or the page's in the footer.
      const entry = new RegExp(`(?:^${escapeRegExp(document.tocTitle)} |\\d )${escapeRegExp(text)}(?: ?\\.){2,} ?(\\d+)`).exec(toc);
      expect(entry, `no page number for "${text}" in: ${toc}`).not.toBeNull();
      const page = Number(entry![1]);
      expect(page - 1, text).toBeGreaterThanOrEqual(firstChapter);
      expect(startsLine(pages[page - 1] ?? "", text), `"${text}" does not start a line on page ${page}`).toBe(true);
    }
  });
});
