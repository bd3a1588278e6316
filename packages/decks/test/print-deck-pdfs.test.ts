import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../src/index.ts';
import { builtDeckIds, printDeckPdfs } from '../src/pdf/print-deck-pdfs.ts';

// A hand-written "built site" with one three-slide deck; the real site is tested in apps/site/test/decks.
const site = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describe('printDeckPdfs', () => {
  it('finds decks by their slide view and handout, not other folders under decks/', () => {
    expect(builtDeckIds(site)).toEqual(['demo']);
  });

  it('writes the slides, the script (a page per slide) and the participant handout (a page per sheet)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'decks-pdf-'));
    const printed = await printDeckPdfs(site, out);
    expect(printed).toEqual([
      {
        id: 'demo',
        slides: 3,
        files: [
          { path: join(out, 'demo.pdf'), pages: 3 },
          { path: join(out, 'demo-handout.pdf'), pages: 3 },
          { path: join(out, 'demo-participants.pdf'), pages: 3 },
        ],
      },
    ]);
    const slides = readFileSync(join(out, 'demo.pdf'));
    expect(countPdfPages(slides)).toBe(3);
    // 13.333in x 7.5in is 960 x 540 points: a landscape 16:9 page.
    expect(slides.toString('latin1')).toMatch(/\/MediaBox \[0 0 960 540\]/);
    expect(readFileSync(join(out, 'demo-handout.pdf')).toString('latin1')).toMatch(
      /\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/,
    );
  }, 60_000);
});
