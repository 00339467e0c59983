// Paper: no navigation or controls, a running header with the name and range, page numbers, rows
// and figures kept whole across pages, the table of checks ruled.

/** The header goes into CSS `content`: as a JSON string with `<` escaped, it cannot end the style element. */
export function PrintStyles({ header, pageOf }: { header: string; pageOf: { before: string; between: string } }) {
  const css = (text: string) => JSON.stringify(text).replace(/</g, "\\3C ");
  return <style>{printCss(css(header), `${css(pageOf.before)} counter(page) ${css(pageOf.between)} counter(pages)`)}</style>;
}

const printCss = (headerString: string, pageContent: string) => `
@page { margin: 20mm 14mm 18mm;
  @top-left { content: ${headerString}; font: 9pt sans-serif; }
  @bottom-right { content: ${pageContent}; font: 9pt sans-serif; } }
@media print {
  html, body { background: #fff !important; color: #000 !important; font-size: 11pt; }
  header:has(nav), nav, .print-hidden, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .report-keep, .report-table tr, figure, img { break-inside: avoid; page-break-inside: avoid; }
  .report-table thead { display: table-header-group; }
  h3, h4 { break-after: avoid; }
}
.report-table { border-collapse: collapse; }
.report-table th, .report-table td { border: 1px solid #000; padding: 4px 6px; text-align: left; vertical-align: top; }
.report-table th { font-weight: 700; }
`;
