import type { SumPerYearItem } from "@afrapport/schema";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { municipalityReport, municipalityResponses, offerReport, reportInput, summaryText } from "./export-test-kit.js";
import { renderReportDocx } from "./report-docx.js";

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The document's paragraphs as plain text, with the style of each (Heading1, Title …). */
async function openDocx(
  buffer: Buffer,
): Promise<{ xml: string; styles: string; settings: string; paragraphs: { style: string; text: string }[]; files: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  const settings = await zip.file("word/settings.xml")!.async("string");
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? "",
    text: unescapeXml([...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
  }));
  return { xml, styles, settings, paragraphs, files: Object.keys(zip.files) };
}

const texts = (paragraphs: { text: string }[]) => paragraphs.map((p) => p.text);
const headings = (paragraphs: { style: string; text: string }[], style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe("renderReportDocx", async () => {
  const input = reportInput();
  const { xml, styles, settings, paragraphs, files } = await openDocx(await renderReportDocx(input));
  const all = texts(paragraphs);

  it("is a Word document with a title page and a table of contents field", () => {
    expect(files).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "[Content_Types].xml"]));
    expect(headings(paragraphs, "Title")).toEqual(["Udsatte gravide kvinder med et skadeligt rusmiddelbrug"]);
    expect(all).toContain("FÆLLES AFRAPPORTERING FOR REGION HOVEDSTADEN");
    expect(all).toContain("Dato: 23. november 2026");
    expect(all).toContain("Frist: 1. december 2026");
    expect(all).toContain("Status: Lukket");
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot; \\u \\z<\/w:instrText>/);
    expect(styles).toContain('<w:lang w:val="da-DK"/>');
  });

  it("writes the table of contents with an entry and a page number per heading, and has Word refresh it", () => {
    const toc = xml.slice(xml.indexOf("<w:sdt>"), xml.indexOf("</w:sdt>"));
    const entries = [...toc.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
      .map((m) => [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)))
      .filter((texts) => texts.length > 0);
    const allHeadings = paragraphs.filter((p) => /^Heading[123]$/.test(p.style)).map((p) => p.text);
    expect(entries.map(([text]) => text)).toEqual(allHeadings);
    expect(entries.every((texts) => /^\d+$/.test(texts.at(-1)!))).toBe(true);
    const numbers = entries.map((texts) => Number(texts.at(-1)));
    expect(numbers[0]).toBeGreaterThan(2);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(settings).toContain("<w:updateFields/>");
  });

  it("names the rule of every line spacing and the outline level of every heading style, for LibreOffice", () => {
    // LibreOffice reads a line spacing without a rule as an exact height, which made the cover title's lines overlap.
    const spacings = [...`${styles}${xml}`.matchAll(/<w:spacing [^>]*w:line="[^>]*>/g)].map((m) => m[0]);
    expect(spacings.length).toBeGreaterThan(0);
    expect(spacings.filter((spacing) => !spacing.includes("w:lineRule="))).toEqual([]);
    for (const [level, id] of ["Heading1", "Heading2", "Heading3"].entries()) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
  });

  it("keeps the contents' page numbers when a text holds a character the page layout cannot measure", async () => {
    const { xml: withEmoji } = await openDocx(await renderReportDocx(reportInput({ summaries: { maalgruppe: "Flere døgnpladser 🚑 ∰ efterlyses." } })));
    const toc = withEmoji.slice(withEmoji.indexOf("<w:sdt>"), withEmoji.indexOf("</w:sdt>"));
    const pageRefs = [...toc.matchAll(/PAGEREF [\s\S]*?<w:fldChar w:fldCharType="end"\/>/g)].map((m) => m[0]);
    expect(pageRefs.length).toBeGreaterThan(10);
    expect(pageRefs.filter((ref) => !/<w:t(?: [^>]*)?>\d+<\/w:t>/.test(ref))).toEqual([]);
  });

  it("uses only Calibri, which LibreOffice draws as the equally wide Carlito", () => {
    const fonts = new Set([...`${styles}${xml}`.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Calibri"]);
  });

  it("has a Heading 1 per report section, both questionnaires, and Heading 2 per question", () => {
    expect(headings(paragraphs, "Heading1")).toEqual([
      "Om afrapporteringen",
      "Politisk behandling",
      "Målgruppen",
      "Højt specialiserede tilbud og indsatser",
      "Koordination og samarbejde",
      "Fremadrettet tilrettelæggelse af indsatsen",
      "Tilbuddene",
      "Tilbuddenes specialisering (screeningsmodellen)",
      "Bilag: Noter til datagrundlaget",
    ]);
    expect(headings(paragraphs, "Heading2")).toContain("Hvilke tilbud visiterer kommunen borgere i målgruppen til?");
    expect(headings(paragraphs, "Heading2")).toContain("Screening af tilbuddene");
  });

  it("puts the secretariat's summary, paragraph by paragraph, under its section", () => {
    const [first, second] = summaryText.split("\n\n");
    const målgruppen = paragraphs.findIndex((p) => p.style === "Heading1" && p.text === "Målgruppen");
    expect(all.slice(målgruppen + 1, målgruppen + 3)).toEqual([first, second]);
  });

  it("writes the counts per municipality and year as a table with totals and Danish thousands separators", () => {
    const counts = input.report.sections[0]!.items.find((i) => i.kind === "sumPerYear") as SumPerYearItem;
    expect(counts.total.value).toBeGreaterThan(1000);
    const total = new Intl.NumberFormat("da-DK").format(counts.total.value);
    expect(total).toMatch(/^\d\.\d{3}$/);
    expect(all).toContain("Tabel 2. Antal pr. kommune og år");
    const tables = xml.split("<w:tbl>").slice(1);
    const countsTable = tables.find((t) => t.includes("København") && t.includes(">2017<"))!;
    const rows = countsTable.split("</w:tr>").map((row) => [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)));
    expect(rows[0]).toEqual(["Kommune", "2017", "2018", "2019", "I alt"]);
    expect(rows.find((r) => r[0] === "København")).toEqual(["København", "400", "425", "450", "1.275"]);
    expect(rows.find((r) => r[0] === "Høje-Taastrup")).toEqual(["Høje-Taastrup", "5", "8", "2*", "15"]);
    expect(rows.find((r) => r[0] === "I alt")?.at(-1)).toBe(total);
    expect(countsTable).toContain("<w:tblHeader/>");
    expect(countsTable).toMatch(/<w:jc w:val="right"\/>/);
  });

  it("marks small counts and explains the mark", () => {
    expect(xml).toContain(">1*<");
    expect(all).toContain("* Små tal (1–4) kan identificere borgere.");
  });

  it("lists the offers with operator, who named them and the legal basis", () => {
    const offers = xml.split("<w:tbl>").slice(1).find((t) => t.includes("Driftsherre"))!;
    expect(offers).toContain("Tårnbys rusmiddelcenter");
    expect(offers).toContain("Serviceloven § 101 (behandling af stofmisbrug); Sundhedsloven § 141 (alkoholbehandling)");
    expect(offers).toContain("Brøndby, Glostrup, Høje-Taastrup, Tårnby, Rudersdal, Gribskov (6)");
    expect(offers).toContain("Døgnbehandlingstilbud for gravide (også skrevet: døgnbehandlingstilbud for gravide)");
  });

  it("screens every offer by the four criteria, in Danish", () => {
    const screening = xml.split("<w:tbl>").slice(1).find((t) => t.includes("Borgerflow"))!;
    for (const word of ["Flere medarbejdere", "Erfaring", "Kompetencer", "Vurdering", "Opfyldt", "Ikke opfyldt", "Ikke besvaret", "Højt specialiseret", "Ikke højt specialiseret"]) {
      expect(screening).toContain(word);
    }
    expect(all).toContain("Ét tilbud opfylder alle fire kriterier.");
  });

  it("collects the texts with the municipality's name, the attachments by file name, the approval steps and the appendix", () => {
    expect(all).toContain("Tårnby: Optalt i Tårnby Kommunes sagssystem ud fra underretninger om gravide.");
    expect(all).toContain("samarbejdsaftale-tårnby.pdf – Tårnby");
    expect(all.some((t) => t.startsWith("Høje-Taastrup: Høje-Taastrup vil etablere"))).toBe(true);
    expect(all).toContain("Det sker i samarbejde med regionen og de øvrige kommuner.");
    expect(xml).toContain("KKR Hovedstaden");
    expect(xml).toContain("11. december 2026");
    expect(xml).toContain("Afsnittet om døgnpladser uddybes.");
    expect(all).toContain("Ingen bemærkninger til datagrundlaget.");
  });

  it("lists the report's notes in the appendix", async () => {
    const responses = municipalityResponses(3);
    responses[1]!.answers = { ...responses[1]!.answers, targetGroupCount: { "2017": "mange", "2018": 2, "2019": 3 } };
    const report = municipalityReport(responses);
    expect(report.notes.length).toBeGreaterThan(0);
    const { paragraphs: withNotes } = await openDocx(await renderReportDocx(reportInput({ report })));
    const appendix = texts(withNotes).slice(texts(withNotes).lastIndexOf("Bilag: Noter til datagrundlaget"));
    expect(appendix).toContain("Bemærkninger til svarene");
    expect(appendix).toContain(report.notes[0]!.message.da);
  });

  it("renders in English", async () => {
    const english = await openDocx(await renderReportDocx(reportInput({ locale: "en", summaries: {} })));
    expect(headings(english.paragraphs, "Heading1")).toContain("The target group");
    expect(texts(english.paragraphs)).toContain("Date: 23 November 2026");
    expect(english.xml).toContain(">Total<");
    expect(english.xml).toContain("1,275");
    expect(english.styles).toContain('<w:lang w:val="en-GB"/>');
  });

  it("renders an empty report, saying there are no answers yet", async () => {
    const empty = await openDocx(
      await renderReportDocx(reportInput({ report: municipalityReport([]), offerReport: offerReport([]), approval: [] })),
    );
    const emptyTexts = texts(empty.paragraphs);
    expect(emptyTexts).toContain("Der er endnu ingen indsendte besvarelser.");
    expect(emptyTexts).toContain("Der er endnu ingen indsendte besvarelser til dette afsnit.");
    expect(headings(empty.paragraphs, "Heading1")).toContain("Målgruppen");
    expect(headings(empty.paragraphs, "Heading1")).not.toContain("Politisk behandling");
    expect(emptyTexts).toContain(summaryText.split("\n\n")[0]);
  });

  it("drops characters XML cannot hold", async () => {
    const responses = municipalityResponses(2);
    responses[0]!.answers = { ...responses[0]!.answers, offersComment: "før\u0001efter" };
    const { xml: safe } = await openDocx(await renderReportDocx(reportInput({ report: municipalityReport(responses), summaries: { maalgruppe: "a\u000bb" } })));
    expect(safe).toContain("førefter");
    expect(safe).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
