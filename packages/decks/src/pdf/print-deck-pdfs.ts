import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDir } from '@mamoru/browser-testing';
import { countPdfPages } from './count-pdf-pages.ts';

export interface PrintedDeck {
  id: string;
  slides: number;
  files: { path: string; pages: number }[];
}

/** Deck ids of a built site: every dist/decks/<id>/ folder that has a slide view and a handout. */
export function builtDeckIds(siteDir: string): string[] {
  const decksDir = join(siteDir, 'decks');
  if (!existsSync(decksDir)) return [];
  return readdirSync(decksDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter(
      (id) =>
        existsSync(join(decksDir, id, 'index.html')) &&
        existsSync(join(decksDir, id, 'handout', 'index.html')),
    )
    .sort();
}

/**
 * Prints every deck of a built site to PDF with Debian's chromium, the way the browser's print
 * dialog would: `<id>.pdf` (one slide per 16:9 page) and `<id>-handout.pdf` (slide and notes per A4 page).
 * Fails when a PDF's page count differs from the deck's slide count.
 */
export async function printDeckPdfs(siteDir: string, outDir: string): Promise<PrintedDeck[]> {
  const ids = builtDeckIds(siteDir);
  mkdirSync(outDir, { recursive: true });
  const server = await serveDir(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const printed: PrintedDeck[] = [];
    for (const id of ids) {
      const views = [
        { url: `${server.url}/decks/${id}/`, path: join(outDir, `${id}.pdf`) },
        { url: `${server.url}/decks/${id}/handout/`, path: join(outDir, `${id}-handout.pdf`) },
      ];
      const deck: PrintedDeck = { id, slides: 0, files: [] };
      for (const view of views) {
        await page.goto(view.url, { waitUntil: 'load' });
        deck.slides = await page.locator('.slide-unit').count();
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = countPdfPages(pdf);
        if (pages !== deck.slides) {
          throw new Error(`${view.path}: ${pages} pages for ${deck.slides} slides`);
        }
        writeFileSync(view.path, pdf);
        deck.files.push({ path: view.path, pages });
      }
      printed.push(deck);
    }
    return printed;
  } finally {
    await browser.close();
    await server.close();
  }
}
