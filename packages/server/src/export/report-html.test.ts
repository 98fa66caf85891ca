import type { SumPerYearItem } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { municipalityReport, municipalityResponses, offerReport, reportInput, summaryText } from "./export-test-kit.js";
import { escapeHtml, renderReportHtml } from "./report-html.js";

const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
};

describe("renderReportHtml", () => {
  const input = reportInput();
  const html = renderReportHtml(input);

  it("is a self-contained page in Danish with a print stylesheet and no scripts", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"da\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@media print");
    expect(html).toContain("@page");
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain("<h1>Udsatte gravide kvinder med et skadeligt rusmiddelbrug</h1>");
    expect(html).toContain("<dt>Dato</dt><dd>23. november 2026</dd>");
  });

  it("has a heading per section and question, and a table of contents linking to them", () => {
    expect(html).toContain('<h2 id="afsnit-maalgruppe">Målgruppen</h2>');
    expect(html).toContain('<a href="#afsnit-maalgruppe">Målgruppen</a>');
    expect(html).toMatch(/<h3 id="tilbud-offersused">Hvilke tilbud visiterer kommunen borgere i målgruppen til\?<\/h3>/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it("has the summary, the texts with their municipality, and æøå intact", () => {
    for (const paragraph of summaryText.split("\n\n")) expect(html).toContain(`<p class="summary">${paragraph}</p>`);
    expect(html).toContain("<strong>Tårnby:</strong> Optalt i Tårnby Kommunes sagssystem");
    expect(html).toContain("<strong>Høje-Taastrup:</strong> Høje-Taastrup vil etablere");
    expect(html).toContain("samarbejdsaftale-tårnby.pdf");
  });

  it("gives tables a caption and header cells with scope; totals in Danish format", () => {
    const counts = input.report.sections[0]!.items.find((i) => i.kind === "sumPerYear") as SumPerYearItem;
    const total = new Intl.NumberFormat("da-DK").format(counts.total.value);
    expect(html).toContain("<caption>Tabel 2. Antal pr. kommune og år</caption>");
    expect(html).toContain('<th scope="col">Kommune</th><th scope="col" class="num">2017</th>');
    expect(html).toMatch(/<tr class="total"><th scope="row">I alt<\/th>/);
    expect(html).toContain(`>${total}</td></tr></tbody>`);
    expect(html).toContain("* Små tal (1–4) kan identificere borgere.");
  });

  it("traces every figure to its responses by data-sources, with the municipalities named in the title", () => {
    const figures = [...html.matchAll(/<(?:td|th|span|div)\b[^>]*data-sources="[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(figures.length).toBeGreaterThan(100);
    const known = new Set([...input.report.responses, ...input.offerReport!.responses].map((r) => r.responseId));
    for (const tag of figures) for (const id of attribute(tag, "data-sources")!.split(" ")) expect(known).toContain(id);
    const counts = input.report.sections[0]!.items.find((i) => i.kind === "sumPerYear") as SumPerYearItem;
    const totalCell = figures.find((tag) => attribute(tag, "data-sources") === counts.total.sources.join(" ") && tag.startsWith("<td"))!;
    expect(attribute(totalCell, "title")).toMatch(/^Kilder: København, Frederiksberg, .*Høje-Taastrup.*, Bornholm$/);
    const tårnby = figures.find((tag) => tag.startsWith("<th") && attribute(tag, "title") === "Kilder: Tårnby");
    expect(attribute(tårnby!, "data-sources")).toBe("r-185");
  });

  it("escapes every value: a municipality named <script>alert(1)</script>", () => {
    const evil = "<script>alert(1)</script>";
    const responses = municipalityResponses(3, { Frederiksberg: evil });
    responses[0]!.answers = { ...responses[0]!.answers, targetGroupCountMethod: 'Tal "fra" <b>systemet</b> & skøn' };
    const page = renderReportHtml(
      reportInput({
        report: municipalityReport(responses),
        campaign: { ...input.campaign, title: `Runde <img src=x onerror=alert(2)>`, regionName: `"><svg onload=alert(3)>` },
        summaries: { maalgruppe: "</p><script>alert(4)</script>" },
        approval: [{ step: "<i>K29</i>", decision: "'; alert(5); '" }],
      }),
    );
    expect(page).not.toMatch(/<script|<img|<svg|<i>|<b>/i);
    expect(page).toContain(escapeHtml(evil));
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;:</strong>");
    expect(page).toContain("Tal &quot;fra&quot; &lt;b&gt;systemet&lt;/b&gt; &amp; skøn");
    expect(page).toContain("&lt;/p&gt;&lt;script&gt;alert(4)&lt;/script&gt;");
    expect(page).toMatch(/title="Kilder: [^"]*&lt;script&gt;alert\(1\)&lt;\/script&gt;[^"]*"/);
    expect(page).toContain("&#39;; alert(5); &#39;");
  });

  it("renders in English with lang=en", () => {
    const page = renderReportHtml(reportInput({ locale: "en" }));
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(">The target group</h2>");
    expect(page).toContain("<dt>Date</dt><dd>23 November 2026</dd>");
    expect(page).toContain('title="Sources: Tårnby"');
  });

  it("renders an empty report, saying there are no answers yet", () => {
    const page = renderReportHtml(reportInput({ report: municipalityReport([]), offerReport: offerReport([]), approval: undefined }));
    expect(page).toContain("<strong>Der er endnu ingen indsendte besvarelser.</strong>");
    expect(page).toContain('<p class="meta">Der er endnu ingen indsendte besvarelser til dette afsnit.</p>');
    expect(page).not.toContain("<table");
  });
});
