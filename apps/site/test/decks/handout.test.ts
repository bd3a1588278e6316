import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import { answerLine, countPdfPages } from '@mamoru/decks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';
import { type DeckUnderTest, deckUnderTest } from './deck-under-test.ts';

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it, spaces removed (it splits CJK lines). */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'handout-')), 'handout.pdf');
  writeFileSync(file, pdf);
  const { stdout } = await run('pdftotext', [file, '-']);
  return stdout.replace(/\s+/g, '');
}

describe('participant handout', () => {
  let site: BuiltSite;
  let subject: DeckUnderTest;
  beforeAll(async () => {
    [site, subject] = await Promise.all([openBuiltSite(), deckUnderTest()]);
  });
  afterAll(() => site?.close());

  const url = (query = '') => `${site.url}/decks/${subject.deck.id}/participants/${query}`;

  it('has no quiz answers and no speaker notes, not even hidden in the HTML', async () => {
    const { deck, content } = subject;
    const { page } = await site.newPage();
    const html = await (await page.request.get(url())).text();
    expect(html).not.toContain('slide-notes');
    expect(html).not.toContain('quiz-answer');
    expect(html).not.toContain('data-correct');
    expect(html).not.toContain('正解');
    for (const slide of deck.slides) {
      for (const line of slide.notes.split('\n').filter((text) => text.trim().length >= 8)) {
        expect(html).not.toContain(line.trim());
      }
      const question = content.questions.find((candidate) => candidate.id === slide.question);
      if (!question) continue;
      expect(html).toContain(question.prompt);
      expect(html).not.toContain(question.explanation);
      expect(html).not.toContain(answerLine(question));
    }
  });

  for (const perPage of [2, 3, 4, 6]) {
    it(`prints a cover and ${perPage} slides per A4 page`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(url(`?per-page=${perPage}`));
      const slides = subject.deck.slides.length;
      const pages = page.locator('.handout-page--slides');
      await expect.poll(() => pages.count()).toBe(Math.ceil(slides / perPage));
      const perSheet = await pages.evaluateAll((sheets) =>
        sheets.map((sheet) => sheet.querySelectorAll('.slide-unit').length),
      );
      expect(Math.max(...perSheet)).toBe(Math.min(perPage, slides));
      expect(perSheet.reduce((sum, count) => sum + count, 0)).toBe(slides);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(countPdfPages(pdf)).toBe(1 + Math.ceil(slides / perPage));
      // A4 portrait: 210 x 297 mm is 595 x 842 points.
      expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
      expect(errors).toEqual([]);
    });
  }

  it('prints the cover fields from the URL, with the help contacts and without the form', async () => {
    const { page } = await site.newPage();
    await page.goto(url('?speaker=鈴木一郎&date=2026年12月10日&organiser=まもる商工会議所'));
    await expect.poll(() => page.locator('[data-cover-field="speaker"]').textContent()).toBe('鈴木一郎');
    const text = await pdfText(await page.pdf({ preferCSSPageSize: true }));
    // pdftotext reads the labels' column first, then the values.
    for (const shown of ['講師', '日付', '主催', '鈴木一郎', '2026年12月10日', 'まもる商工会議所']) {
      expect(text).toContain(shown);
    }
    expect(text).toContain(subject.deck.title.replace(/\s+/g, ''));
    expect(text).toContain('困ったときは');
    // Since 2025-04-01 IPA sends companies to its company desk; the individuals' desk comes second.
    expect(text).toContain('企業組織向けサイバーセキュリティ相談窓口');
    expect(text).toContain('情報セキュリティ安心相談窓口');
    expect(text).toContain('#9110');
    expect(text).toContain('/help/');
    expect(text).not.toContain('印刷する');
    expect(text).not.toContain('表紙に入れること');
  });

  it('fills the cover and changes the layout from the form, and keeps both in the URL', async () => {
    const { page } = await site.newPage();
    await page.goto(url());
    await page.getByLabel('講師').fill('鈴木');
    await page.getByLabel('主催').fill('商工会');
    await page.getByLabel('6枚').check();
    expect(await page.locator('[data-cover-field="speaker"]').textContent()).toBe('鈴木');
    expect(await page.locator('[data-cover-field="organiser"]').textContent()).toBe('商工会');
    expect(await page.locator('.handout-page--slides').first().locator('.slide-unit').count()).toBe(
      Math.min(6, subject.deck.slides.length),
    );
    const query = new URL(page.url()).searchParams;
    expect([query.get('speaker'), query.get('organiser'), query.get('per-page')]).toEqual([
      '鈴木',
      '商工会',
      '6',
    ]);
    await page.reload();
    expect(await page.getByLabel('講師').inputValue()).toBe('鈴木');
    expect(await page.getByLabel('6枚').isChecked()).toBe(true);
    // 「スライドで見る」 opens the slides with the same speaker line on slide 1 (the layout stays here).
    await page.getByRole('link', { name: 'スライドで見る' }).click();
    await page.locator('.deck--live').waitFor();
    expect(new URL(page.url()).searchParams.get('per-page')).toBeNull();
    expect(await page.locator('[data-speaker-line]').textContent()).toBe('講師：鈴木　主催：商工会');
  });

  it('has a print button on both handouts, and the instructor version says what it is', async () => {
    const { page, context } = await site.newPage();
    await context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed =
          ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    for (const view of ['participants/', 'handout/']) {
      await page.goto(`${site.url}/decks/${subject.deck.id}/${view}`);
      await page.getByRole('button', { name: '印刷する' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    }
    expect(await page.locator('.handout-header h1').textContent()).toContain(
      '講師用の台本（クイズの答えと講師メモつき）',
    );
    expect(await page.locator('.handout-warning').textContent()).toContain('参加者には配らないでください');
    expect(
      await page.locator(`.handout-header a[href="/decks/${subject.deck.id}/participants/"]`).count(),
    ).toBeGreaterThan(0);
  });

  it('passes axe', async () => {
    const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url());
    await page.locator('.handout-page--slides').first().waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  });
});
