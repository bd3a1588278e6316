// pnpm --filter @mamoru/decks docs:images [--site <built site>] [--deck <id>] [--slide <n>]
// Regenerates the pictures committed under docs/: the slide view and presenter view at 1280x720,
// and one slide of the deck's PPTX as LibreOffice renders it (soffice + pdftoppm from poppler-utils).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { launchBrowser, serveDir } from '@mamoru/browser-testing';
import { convertWithLibreOffice } from '../office/convert-with-libreoffice.ts';
import { builtDeckIds } from '../pdf/print-deck-pdfs.ts';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const { values } = parseArgs({
  options: {
    site: { type: 'string', default: join(repo, 'apps/site/dist') },
    deck: { type: 'string' },
    slide: { type: 'string', default: '2' },
  },
});
const siteDir = resolve(values.site ?? '');
const deckId = values.deck ?? builtDeckIds(siteDir)[0];
if (!deckId) throw new Error(`No decks in ${siteDir}/decks/. Build the site first.`);
const slide = Number(values.slide);

mkdirSync(join(repo, 'docs/screenshots'), { recursive: true });
mkdirSync(join(repo, 'docs/decks'), { recursive: true });

const server = await serveDir(siteDir);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const audience = await context.newPage();
  await audience.goto(`${server.url}/decks/${deckId}/#${slide}`);
  await audience.locator('.deck--live').waitFor();
  await audience.screenshot({ path: join(repo, 'docs/screenshots/deck-slide.png') });
  const presenter = await context.newPage();
  await presenter.goto(`${server.url}/decks/${deckId}/presenter/#${slide}`);
  await presenter.locator('.presenter--live').waitFor();
  await presenter.screenshot({ path: join(repo, 'docs/screenshots/deck-presenter.png') });
} finally {
  await browser.close();
  await server.close();
}

const work = mkdtempSync(join(tmpdir(), 'deck-images-'));
const pptx = join(work, `${deckId}.pptx`);
copyFileSync(join(siteDir, 'decks', `${deckId}.pptx`), pptx);
const pdf = await convertWithLibreOffice(pptx, work);
const prefix = join(work, 'slide');
await run('pdftoppm', [
  '-png',
  '-r',
  '96',
  '-f',
  String(slide),
  '-l',
  String(slide),
  '-singlefile',
  pdf,
  prefix,
]);
copyFileSync(`${prefix}.png`, join(repo, 'docs/decks/slide-from-pptx.png'));
console.log(
  `${deckId}, slide ${slide}: docs/screenshots/deck-slide.png, deck-presenter.png, docs/decks/slide-from-pptx.png`,
);
