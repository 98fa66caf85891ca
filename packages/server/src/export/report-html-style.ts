/**
 * The stylesheet of the HTML report, inlined so the page is one self-contained file: readable on screen, and
 * printed on A4 with the title page and the contents on pages of their own, a page per chapter, table headers
 * repeated and rows kept whole. Colours keep WCAG AA contrast on white.
 */
export const reportHtmlStyle = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; outline: 2px solid #1f3864; }
.title-page { border-bottom: 2px solid #1f3864; padding-bottom: 2rem; margin-bottom: 2rem; }
.kicker { text-transform: uppercase; letter-spacing: .05em; color: #44546a; font-weight: 600; margin: 0 0 .5rem; }
h1 { font-size: 2rem; line-height: 1.2; color: #1f3864; margin: 0 0 .5rem; }
.subtitle { font-size: 1.25rem; color: #333; margin: 0 0 1.5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
h2 { font-size: 1.5rem; color: #1f3864; border-bottom: 1px solid #c9d3e3; padding-bottom: .2rem; margin: 2.5rem 0 .75rem; }
h3 { font-size: 1.15rem; color: #1f3864; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; color: #1f3864; margin: 1.25rem 0 .4rem; }
.toc ol { list-style: none; padding-left: 1.25rem; margin: .25rem 0; }
.toc > ol { padding-left: 0; }
a { color: #1f3864; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .75rem; font-size: 10pt; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #b3b3b3; padding: .25rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #dbe3f0; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; background: #f2f2f2; border-top: 2px solid #737373; }
td.strong { font-weight: 700; }
.meta, .note { color: #4d4d4d; font-size: 9.5pt; }
.summary { font-size: 11.5pt; }
.answer { border-left: 3px solid #c9d3e3; padding-left: .75rem; margin: .75rem 0; }
.answer p { margin: .25rem 0; }
[data-sources] { cursor: help; }
@page { size: A4; margin: 2cm 2cm 2.2cm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .skip { display: none; }
  .title-page { border: none; min-height: 80vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .toc { break-after: page; }
  main > section + section { break-before: page; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, .answer { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  [data-sources] { cursor: auto; }
}
`;
