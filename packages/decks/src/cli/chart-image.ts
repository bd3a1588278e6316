// pnpm --filter @mamoru/decks docs:chart-image [--deck <id>] [--figure <id>]
// Regenerates docs/images/pptx-chart-slide.png: a slide with a native chart, from the deck's PPTX as
// LibreOffice renders it (soffice + pdftoppm from poppler-utils). Needs no site build: the PPTX is
// written from content/ as the site writes it.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { loadContent } from '@mamoru/content';
import { deckForPptx } from '../export/from-content.ts';
import { convertWithLibreOffice } from '../office/convert-with-libreoffice.ts';
import { writeDeckPptx } from '../pptx/write-deck-pptx.ts';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const { values } = parseArgs({
  options: {
    deck: { type: 'string', default: 'owner-60' },
    figure: { type: 'string', default: 'budget-plans' },
  },
});

const content = await loadContent();
const deck = content.decks.find((candidate) => candidate.id === values.deck);
if (!deck) throw new Error(`No deck "${values.deck}" in content/decks/`);
const model = deckForPptx(deck, content.questions, content.figures);
const index = model.slides.findIndex((slide) => slide.figure?.id === values.figure);
if (index < 0) throw new Error(`Deck ${deck.id} has no slide with the figure "${values.figure}"`);

const work = mkdtempSync(join(tmpdir(), 'chart-image-'));
const pptx = join(work, `${deck.id}.pptx`);
writeFileSync(pptx, await writeDeckPptx(model));
const pdf = await convertWithLibreOffice(pptx, work);
const page = String(index + 1);
const prefix = join(work, 'slide');
await run('pdftoppm', ['-png', '-r', '96', '-f', page, '-l', page, '-singlefile', pdf, prefix]);
mkdirSync(join(repo, 'docs/images'), { recursive: true });
copyFileSync(`${prefix}.png`, join(repo, 'docs/images/pptx-chart-slide.png'));
console.log(`${deck.id}, PPTX slide ${page} (${values.figure}): docs/images/pptx-chart-slide.png`);
