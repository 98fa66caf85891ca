import { describe, expect, it } from "vitest";
import { reportInput } from "./export-test-kit.js";
import type { Block, HeadingBlock, TableBlock } from "./report-blocks.js";
import { buildReportDocument } from "./report-content.js";

const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === "table");
const headingIndex = (blocks: Block[], text: string) => blocks.findIndex((b) => b.kind === "heading" && b.text === text);

describe("buildReportDocument", () => {
  const doc = buildReportDocument(reportInput());

  it("numbers the tables in order", () => {
    expect(tables(doc.blocks).map((t) => Number(/^Tabel (\d+)\./.exec(t.caption)?.[1]))).toEqual(tables(doc.blocks).map((_, i) => i + 1));
  });

  it("marks small counts only where respondents reported a quantity, not where responses are counted", () => {
    const marked = tables(doc.blocks).filter((t) => t.rows.some((row) => row.some((cell) => cell.small)));
    expect(marked.map((t) => t.caption.replace(/^Tabel \d+\. /, ""))).toEqual(["Antal pr. kommune og år", "Antal pr. tilbud og år", "Antal pr. tilbud"]);
    for (const table of tables(doc.blocks)) {
      const hasMark = table.rows.some((row) => row.some((cell) => cell.text.endsWith("*")));
      expect(hasMark).toBe(table.rows.some((row) => row.some((cell) => cell.small)));
      const next = doc.blocks[doc.blocks.indexOf(table) + 1];
      const noted = next?.kind === "paragraph" && next.content[0]?.text === "* Små tal (1–4) kan identificere borgere.";
      expect(noted).toBe(hasMark);
    }
  });

  it("puts the screening in the chapter of the screening questions, before its questions", () => {
    const chapter = headingIndex(doc.blocks, "Tilbuddenes specialisering (screeningsmodellen)");
    const screening = headingIndex(doc.blocks, "Screening af tilbuddene");
    const flow = headingIndex(doc.blocks, "Hvor mange borgere i målgruppen har tilbuddet leveret indsatser til i hvert af årene?");
    expect(chapter).toBeGreaterThan(0);
    expect(screening).toBeGreaterThan(chapter);
    expect(flow).toBeGreaterThan(screening);
    const levels = doc.blocks.filter((b): b is HeadingBlock => b.kind === "heading").map((h) => h.level);
    expect(levels[0]).toBe(1);
  });

  it("keeps free-text approval dates and ignores summaries for sections the report does not have", () => {
    const other = buildReportDocument(
      reportInput({ approval: [{ step: "Kommunalbestyrelserne", date: "januar 2027" }], summaries: { "findes-ikke": "Skjult tekst" } }),
    );
    const approval = tables(other.blocks)[0]!;
    expect(approval.rows[0]!.map((c) => c.text)).toEqual(["Kommunalbestyrelserne", "januar 2027", "", ""]);
    expect(JSON.stringify(other.blocks)).not.toContain("Skjult tekst");
  });

  it("names every source it refers to", () => {
    for (const table of tables(doc.blocks)) {
      for (const cell of table.rows.flat()) for (const id of cell.sources ?? []) expect(doc.sourceNames.has(id)).toBe(true);
    }
    expect(doc.sourceNames.get("r-185")).toBe("Tårnby");
  });
});

describe("buildReportDocument with more responses than a list can hold", () => {
  const full = buildReportDocument(reportInput());
  const bounded = buildReportDocument(reportInput(), { listLimit: 2 });
  const texts = (blocks: Block[]) =>
    blocks.flatMap((b) => (b.kind === "paragraph" ? [b.content.map((i) => i.text).join("")] : b.kind === "answer" ? [b.respondent] : []));
  const note = (count: number) => `De ${count} enkelte svar er for mange til at blive gengivet i rapporten. De står i regnearket med besvarelserne, som hentes sammen med rapporten.`;

  it("gives the totals of the per-respondent tables, with a note pointing to the answers workbook", () => {
    const perYear = tables(bounded.blocks).find((t) => t.caption.endsWith("I alt pr. år"))!;
    const fullPerYear = tables(full.blocks).find((t) => t.caption.endsWith("Antal pr. kommune og år"))!;
    expect(perYear.rows).toEqual([fullPerYear.rows.at(-1)]);
    expect(perYear.totalRow).toBe(true);
    expect(texts(bounded.blocks)).toContain(note(29));
  });

  it("leaves out the texts and the names, and keeps every figure and heading", () => {
    // a question two or fewer wrote to keeps its texts
    const answers = (blocks: Block[]) => blocks.filter((b) => b.kind === "answer").length;
    expect(answers(full.blocks)).toBeGreaterThan(29);
    expect(answers(bounded.blocks)).toBeLessThan(answers(full.blocks) / 10);
    expect(texts(bounded.blocks).some((t) => t.startsWith("Kommuner, der har svaret"))).toBe(false);
    expect(texts(full.blocks).some((t) => t.startsWith("Kommuner, der har svaret"))).toBe(true);
    const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.kind === "heading").map((b) => b.text);
    expect(headings(bounded.blocks)).toEqual(headings(full.blocks).filter((h) => h !== "Begrundelser pr. tilbud"));
    const counts = (blocks: Block[]) => tables(blocks).filter((t) => t.caption.endsWith("Fordeling af svarene")).map((t) => t.rows);
    expect(counts(bounded.blocks)).toEqual(counts(full.blocks));
  });

  it("lists only the highly specialised offers of the screening when all of them cannot be listed", () => {
    const screening = tables(bounded.blocks).find((t) => t.caption.endsWith("Tilbud, der opfylder alle fire kriterier"))!;
    expect(screening.rows.map((row) => row[0]!.text)).toEqual(["Døgnbehandlingstilbud for gravide"]);
    expect(texts(bounded.blocks)).toContain(note(3));
  });
});