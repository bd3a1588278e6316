// pnpm --filter @mamoru/decks decks:pdf [--site <built site>] [--out <folder>]
// Prints every deck of the built site to PDF (slides and handout) with Debian's chromium.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printDeckPdfs } from '../pdf/print-deck-pdfs.ts';

const defaultSite = fileURLToPath(new URL('../../../../apps/site/dist/', import.meta.url));
const { values } = parseArgs({
  options: { site: { type: 'string', default: defaultSite }, out: { type: 'string' } },
});
const siteDir = resolve(values.site ?? defaultSite);
// Next to the site's decks so a static host serves them at /decks/pdf/<id>.pdf; dist/ is not committed.
const outDir = resolve(values.out ?? resolve(siteDir, 'decks', 'pdf'));

const printed = await printDeckPdfs(siteDir, outDir);
if (printed.length === 0) {
  console.log(`No decks in ${siteDir}/decks/. Build the site first: pnpm --filter @mamoru/site build`);
}
for (const deck of printed) {
  const files = deck.files
    .map((file) => `${relative(process.cwd(), file.path)} (${file.pages} pages)`)
    .join(', ');
  console.log(`${deck.id}: ${deck.slides} slides -> ${files}`);
}
