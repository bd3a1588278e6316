/**
 * Number of pages in a PDF, by counting page objects ("/Type /Page", not "/Pages"). Chromium's PDFs
 * keep page dictionaries uncompressed, so this holds for the PDFs the deck tests check.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
