import { sourceNamesOf, type Block, type Cell, type HeadingBlock, type Inline, type ReportDocument, type TableBlock } from "./report-blocks.js";
import { buildReportDocument } from "./report-content.js";
import type { ReportDocumentInput } from "./report-document-input.js";
import { reportHtmlStyle } from "./report-html-style.js";
import { reportLabels } from "./report-labels.js";

/**
 * The joint report as one printable, self-contained HTML page (inline CSS, no scripts, no external files), with
 * the same content as the DOCX. Every value is HTML-escaped. Every figure carries `data-sources` (the ids of the
 * responses it came from, space-separated) and a `title` naming the respondents, so a reader can trace it.
 *
 * Heading levels: the document's title is the page's h1, a chapter h2, a question h3.
 */
export function renderReportHtml(input: ReportDocumentInput): string {
  return documentHtml(buildReportDocument(input));
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value made safe for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped text with its line breaks as <br>. */
const textHtml = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");

function documentHtml(doc: ReportDocument): string {
  const labels = reportLabels[doc.locale];
  const { titlePage } = doc;
  const headings = doc.blocks.filter((b): b is HeadingBlock => b.kind === "heading");
  return [
    "<!doctype html>",
    `<html lang="${doc.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${titlePage.title} – ${titlePage.kicker}`)}</title>`,
    `<style>${reportHtmlStyle}</style>`,
    "</head>",
    "<body>",
    `<a class="skip" href="#indhold">${escapeHtml(labels.skipToContent)}</a>`,
    '<header class="title-page">',
    `<p class="kicker">${escapeHtml(titlePage.kicker)}</p>`,
    `<h1>${escapeHtml(titlePage.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(titlePage.subtitle)}</p>`,
    `<dl class="facts">${titlePage.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("")}</dl>`,
    "</header>",
    tocHtml(doc.tocTitle, headings),
    '<main id="indhold">',
    blocksHtml(doc),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function tocHtml(title: string, headings: readonly HeadingBlock[]): string {
  const out: string[] = [`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(title)}</h2><ol>`];
  let open = false;
  for (const heading of headings) {
    const link = `<a href="#${escapeHtml(heading.anchor)}">${escapeHtml(heading.text)}</a>`;
    if (heading.level === 1) {
      if (open) out.push("</ol></li>");
      out.push(`<li>${link}<ol>`);
      open = true;
    } else if (heading.level === 2) {
      out.push(`<li>${link}</li>`);
    }
  }
  if (open) out.push("</ol></li>");
  out.push("</ol></nav>");
  // an empty inner list is not announced as a list
  return out.join("").replaceAll("<ol></ol>", "");
}

/** The blocks, each chapter (level-1 heading) in a <section> of its own. */
function blocksHtml(doc: ReportDocument): string {
  const out: string[] = [];
  let inSection = false;
  for (const block of doc.blocks) {
    if (block.kind === "heading" && block.level === 1) {
      if (inSection) out.push("</section>");
      out.push(`<section aria-labelledby="${escapeHtml(block.anchor)}">`);
      inSection = true;
    }
    out.push(blockHtml(doc, block));
  }
  if (inSection) out.push("</section>");
  return out.join("\n");
}

function sourcesAttributes(doc: ReportDocument, sources: readonly string[] | undefined): string {
  if (!sources || sources.length === 0) return "";
  const names = sourceNamesOf(doc, sources).join(", ");
  return ` data-sources="${escapeHtml(sources.join(" "))}" title="${escapeHtml(`${reportLabels[doc.locale].sources}: ${names}`)}"`;
}

function inlineHtml(doc: ReportDocument, inline: Inline): string {
  let html = textHtml(inline.text);
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.italic) html = `<em>${html}</em>`;
  return inline.sources && inline.sources.length > 0 ? `<span class="figure"${sourcesAttributes(doc, inline.sources)}>${html}</span>` : html;
}

function blockHtml(doc: ReportDocument, block: Block): string {
  switch (block.kind) {
    case "heading": {
      const tag = `h${block.level + 1}`;
      return `<${tag} id="${escapeHtml(block.anchor)}">${escapeHtml(block.text)}</${tag}>`;
    }
    case "paragraph": {
      const role = block.role && block.role !== "body" ? ` class="${block.role}"` : "";
      return `<p${role}>${block.content.map((i) => inlineHtml(doc, i)).join("")}</p>`;
    }
    case "list":
      return `<ul>${block.items.map((item) => `<li>${item.map((i) => inlineHtml(doc, i)).join("")}</li>`).join("")}</ul>`;
    case "answer": {
      const [first = "", ...rest] = block.paragraphs;
      return [
        `<div class="answer"${sourcesAttributes(doc, block.sources)}>`,
        `<p><strong>${escapeHtml(block.respondent)}:</strong> ${textHtml(first)}</p>`,
        ...rest.map((p) => `<p>${textHtml(p)}</p>`),
        "</div>",
      ].join("");
    }
    case "table":
      return tableHtml(doc, block);
  }
}

function cellHtml(doc: ReportDocument, cell: Cell, tag: "td" | "th", scope?: "row" | "col"): string {
  const classes = [cell.align === "right" ? "num" : "", cell.bold && tag === "td" ? "strong" : ""].filter(Boolean);
  const attributes = `${scope ? ` scope="${scope}"` : ""}${classes.length > 0 ? ` class="${classes.join(" ")}"` : ""}${sourcesAttributes(doc, cell.sources)}`;
  return `<${tag}${attributes}>${textHtml(cell.text)}</${tag}>`;
}

function tableHtml(doc: ReportDocument, table: TableBlock): string {
  const head = `<thead><tr>${table.head.map((cell) => cellHtml(doc, cell, "th", "col")).join("")}</tr></thead>`;
  const rows = table.rows.map((row, index) => {
    const total = table.totalRow && index === table.rows.length - 1 ? ' class="total"' : "";
    const cells = row.map((cell, column) => (table.rowHeaders && column === 0 ? cellHtml(doc, cell, "th", "row") : cellHtml(doc, cell, "td")));
    return `<tr${total}>${cells.join("")}</tr>`;
  });
  return `<table><caption>${escapeHtml(table.caption)}</caption>${head}<tbody>${rows.join("")}</tbody></table>`;
}
