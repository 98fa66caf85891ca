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
