import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDir } from '@mamoru/browser-testing';
import type { Page } from 'playwright-core';
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

interface PrintedView {
  url: string;
  path: string;
  /** Pages the PDF must have, read from the page once it has laid itself out. */
  expectedPages(page: Page): Promise<number>;
}

const pagePerSlide = (page: Page) => page.locator('.slide-unit').count();
// The participant handout lays its slides out N to a sheet (plus a cover); each sheet is a .handout-page.
const pagePerSheet = (page: Page) => page.locator('.handout-page').count();

/**
 * Prints every deck of a built site to PDF with Debian's chromium, the way the browser's print
 * dialog would: `<id>.pdf` (one slide per 16:9 page), `<id>-handout.pdf` (the instructor's script:
 * slide and notes per A4 page) and, where the site has it, `<id>-participants.pdf` (the participant
 * handout at its default of 3 slides per A4 page, with a cover). Fails when a PDF's page count
 * differs from what the view lays out.
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
      const views: PrintedView[] = [
        { url: `${server.url}/decks/${id}/`, path: join(outDir, `${id}.pdf`), expectedPages: pagePerSlide },
        {
          url: `${server.url}/decks/${id}/handout/`,
          path: join(outDir, `${id}-handout.pdf`),
          expectedPages: pagePerSlide,
        },
      ];
      if (existsSync(join(siteDir, 'decks', id, 'participants', 'index.html'))) {
        views.push({
          url: `${server.url}/decks/${id}/participants/`,
          path: join(outDir, `${id}-participants.pdf`),
          expectedPages: pagePerSheet,
        });
      }
      const deck: PrintedDeck = { id, slides: 0, files: [] };
      for (const view of views) {
        await page.goto(view.url, { waitUntil: 'load' });
        deck.slides = await page.locator('.slide-unit').count();
        const expected = await view.expectedPages(page);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = countPdfPages(pdf);
        if (pages !== expected) {
          throw new Error(`${view.path}: ${pages} pages where the page lays out ${expected}`);
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
