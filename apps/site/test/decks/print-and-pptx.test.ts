import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '@mamoru/content';
import { convertWithLibreOffice, countPdfPages } from '@mamoru/decks';
import { readPptx } from '@mamoru/decks/pptx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, DIST, openBuiltSite } from '../support/built-site.ts';
import { type DeckUnderTest, deckUnderTest } from './deck-under-test.ts';

describe('printing a deck', () => {
  let site: BuiltSite;
  let subject: DeckUnderTest;
  beforeAll(async () => {
    [site, subject] = await Promise.all([openBuiltSite(), deckUnderTest()]);
  });
  afterAll(() => site?.close());

  it('gives exactly one landscape 16:9 page per slide', async () => {
    const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/decks/${subject.deck.id}/#2`);
    await page.locator('.deck--live').waitFor();
    await page.keyboard.press('o');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(countPdfPages(pdf)).toBe(subject.deck.slides.length);
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/MediaBox \[0 0 960 540\]/);
  });

  it('prints the handout with the notes under each slide, one slide per page', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/decks/${subject.deck.id}/handout/`);
    const notes = page.locator('.handout .slide-notes');
    expect(await notes.count()).toBe(subject.deck.slides.length);
    expect(await notes.first().isVisible()).toBe(true);
    expect(await page.locator('.handout .quiz-answer').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(countPdfPages(pdf)).toBe(subject.deck.slides.length);
  });
});

describe('the PPTX of every deck', async () => {
  const { decks } = await loadContent();

  it('exists for every deck', () => {
    expect(decks.length).toBeGreaterThan(0);
  });

  for (const deck of decks) {
    it(`${deck.id}: one slide per deck slide, with the text and the notes`, async () => {
      const pptx = await readPptx(readFileSync(path.join(DIST, 'decks', `${deck.id}.pptx`)));
      expect(pptx.slideCount).toBe(deck.slides.length);
      for (const slide of deck.slides) {
        const number = slide.index + 1;
        const text = (await pptx.slideText(number)).join('\n');
        if (slide.kind === 'content') expect(text).toContain(slide.title ?? '');
        else expect(text).toContain('クイズ');
        const notes = (await pptx.notesText(number)).join('\n');
        for (const line of slide.notes.split('\n').filter((candidate) => candidate.trim() !== '')) {
          expect(notes).toContain(line.trim());
        }
      }
    });

    it(`${deck.id}: LibreOffice converts it to a PDF with a page per slide`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'deck-pptx-'));
      const file = path.join(dir, `${deck.id}.pptx`);
      writeFileSync(file, readFileSync(path.join(DIST, 'decks', `${deck.id}.pptx`)));
      const pdf = readFileSync(await convertWithLibreOffice(file, dir));
      expect(countPdfPages(pdf)).toBe(deck.slides.length);
    });
  }
});
