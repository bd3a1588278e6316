import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '@mamoru/content';
import { answerLine, convertWithLibreOffice, countPdfPages } from '@mamoru/decks';
import { PPTX_FONT, readPptx } from '@mamoru/decks/pptx';
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

  it("prints the instructor's script with the notes under each slide, one slide per page", async () => {
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
    it(`${deck.id}: a slide per deck slide with its text and notes, an answer slide after each quiz`, async () => {
      const { questions } = await loadContent();
      const pptx = await readPptx(readFileSync(path.join(DIST, 'decks', `${deck.id}.pptx`)));
      const quizzes = deck.slides.filter((slide) => slide.kind === 'quiz').length;
      expect(pptx.slideCount).toBe(deck.slides.length + quizzes);
      let number = 0;
      for (const slide of deck.slides) {
        number += 1;
        const text = (await pptx.slideText(number)).join('\n');
        if (slide.kind === 'content') expect(text).toContain(slide.title ?? '');
        else expect(text).toContain('クイズ');
        const notes = (await pptx.notesText(number)).join('\n');
        for (const line of slide.notes.split('\n').filter((candidate) => candidate.trim() !== '')) {
          expect(notes).toContain(line.trim());
        }
        expect(await pptx.slideXml(number)).toContain(`<a:ea typeface="${PPTX_FONT}"`);
        if (slide.kind !== 'quiz') continue;
        const question = questions.find((candidate) => candidate.id === slide.question);
        expect(text).not.toContain('正解');
        number += 1;
        const answer = (await pptx.slideText(number)).join('\n');
        expect(answer).toContain('クイズの答え');
        expect(answer).toContain(question ? answerLine(question) : '(no question)');
        expect(answer).toContain(question?.explanation ?? '(no question)');
      }
    });

    it(`${deck.id}: LibreOffice converts it to a PDF with a page per slide, answer slides included`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'deck-pptx-'));
      const file = path.join(dir, `${deck.id}.pptx`);
      writeFileSync(file, readFileSync(path.join(DIST, 'decks', `${deck.id}.pptx`)));
      const pdf = readFileSync(await convertWithLibreOffice(file, dir));
      const answerSlides = deck.slides.filter((slide) => slide.kind === 'quiz').length;
      expect(countPdfPages(pdf)).toBe(deck.slides.length + answerSlides);
    });
  }
});
