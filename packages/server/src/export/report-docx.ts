import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type PageNumberEstimator,
  type ParagraphChild,
} from "docx";
import { estimatePageNumbersWith } from "docx/layout";
import type { Block, Inline, ReportDocument } from "./report-blocks.js";
import { buildReportDocument } from "./report-content.js";
import type { ReportDocumentInput } from "./report-document-input.js";
import { docxTable } from "./report-docx-tables.js";
import { textRuns } from "./report-docx-text.js";

// Guessing past what the layout cannot measure (an emoji in a municipality's text) keeps the page numbers after it;
// without it they would all be left blank.
const estimate = estimatePageNumbersWith({ guess: true });
// Only the page numbers: the report numbers none of its headings, so the list numbers docx would otherwise work out
// for the contents' entries – reading the whole document once more, about a quarter of the time it takes – are
// never needed.
const pageNumbers: PageNumberEstimator = (body, context) => estimate(body, context);

/**
 * The joint report as a Word document ready for a political paper: a title page, a table of contents, one chapter
 * per report section with the secretariat's text and the figures, and the appendix. Same content as the HTML page.
 *
 * It must look the same in Word and in LibreOffice, which reads some of the file differently:
 * - Line spacing always names its rule. Without `lineRule` Word reads `line` as "auto" (a multiple), LibreOffice as
 *   an exact height – 13.8 pt, which made the two lines of the 26 pt cover title overlap.
 * - Only Calibri: LibreOffice draws it as the metric-compatible Carlito, so lines and pages break as in Word. Calibri
 *   Light has no such twin and fell back to a wider font, moving headings to other pages than the contents said.
 * - The table of contents is written with its entries and page numbers, worked out by laying the pages out as Word
 *   does, because LibreOffice shows a TOC field as written and does not update it; `updateFields` makes Word
 *   refresh it on opening all the same.
 */
export async function renderReportDocx(input: ReportDocumentInput): Promise<Buffer> {
  const doc = buildReportDocument(input);
  const language = doc.locale === "da" ? "da-DK" : "en-GB";
  const document = new Document({
    creator: "Afrapport",
    title: doc.title,
    subject: doc.titlePage.kicker,
    description: doc.titlePage.subtitle,
    features: { updateFields: true },
    pageNumbers,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: language } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: "Calibri", size: 52, color: "1F3864" }, paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: "Calibri", size: 32, color: "1F3864" }, paragraph: { spacing: { before: 480, after: 160 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: "Calibri", size: 26, color: "2F5496" }, paragraph: { spacing: { before: 320, after: 100 }, keepNext: true, outlineLevel: 1 } },
        heading3: { run: { font: "Calibri", size: 23, bold: true, color: "1F3864" }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 2 } },
        caption: { run: { bold: true, size: 20, color: "1F3864" }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [`${doc.pageLabel} `, PageNumber.CURRENT], size: 18, color: "595959" })],
              }),
            ],
          }),
        },
        children: [...titlePage(doc), ...tableOfContents(doc), ...doc.blocks.flatMap(blockChildren)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function titlePage(doc: ReportDocument): FileChild[] {
  const { titlePage: page } = doc;
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: page.kicker.toUpperCase(), bold: true, color: "44546A", size: 24 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(page.title) }),
    new Paragraph({ spacing: { after: 600 }, children: textRuns(page.subtitle, { size: 28, color: "333333" }) }),
    ...page.facts.map(
      (fact) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${fact.label}: `, bold: true }), ...textRuns(fact.value)] }),
    ),
  ];
}

function tableOfContents(doc: ReportDocument): FileChild[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: doc.tocTitle, size: 32, color: "1F3864" })] }),
    new TableOfContents(doc.tocTitle, { hyperlink: true, headingStyleRange: "1-3", hideTabAndPageNumbersInWebView: true, useAppliedParagraphOutlineLevel: true }),
    new Paragraph({ pageBreakBefore: true, children: [] }),
  ];
}

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function inlineRuns(inline: Inline, style: { size?: number; color?: string; italics?: boolean } = {}): ParagraphChild[] {
  return textRuns(inline.text, { ...style, ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italics: true } : {}) });
}

function blockChildren(block: Block): FileChild[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: headingLevels[block.level], children: textRuns(block.text) })];
    case "paragraph": {
      const style =
        block.role === "meta" ? { size: 19, color: "4D4D4D" } : block.role === "note" ? { size: 18, color: "4D4D4D", italics: true } : {};
      return [new Paragraph({ children: block.content.flatMap((inline) => inlineRuns(inline, style)) })];
    }
    case "list":
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: item.flatMap((inline) => inlineRuns(inline)) }));
    case "answer": {
      const [first = "", ...rest] = block.paragraphs;
      const indent = { left: 284 };
      return [
        new Paragraph({ indent, children: [new TextRun({ text: `${block.respondent}: `, bold: true }), ...textRuns(first)] }),
        ...rest.map((text) => new Paragraph({ indent, children: textRuns(text) })),
      ];
    }
    case "table":
      return docxTable(block);
  }
}
