/**
 * Persona 3 of the usability report (鈴木さん, a chamber-of-commerce instructor) on a laptop,
 * 1280 x 800: from the deck index to the slide view, the presenter view, the participant handout
 * and the PPTX, the way he prepared a seminar. The detailed checks of each view are in test/decks/.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '@mamoru/content';
import { PPTX_CONTENT_TYPE, pptxContentDisposition, pptxFileName } from '@mamoru/decks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersBlock } from '../decks/headers-block.ts';
import { goToSlide, notesState } from '../decks/presenter-view.ts';
import { type BuiltSite, DIST, openBuiltSite } from '../support/built-site.ts';

const LAPTOP = { width: 1280, height: 800 };
// The deck he prepared: the 60-minute owner seminar, listed first.
const DECK_ID = 'owner-60';

describe('鈴木さん on a laptop, 1280x800', () => {
  let site: BuiltSite;
  let deck: Awaited<ReturnType<typeof loadContent>>['decks'][number];
  beforeAll(async () => {
    site = await openBuiltSite();
    const found = (await loadContent()).decks.find((candidate) => candidate.id === DECK_ID);
    if (!found) throw new Error(`content/decks/${DECK_ID}.mdx is gone; point this test at the owner deck`);
    deck = found;
  });
  afterAll(() => site?.close());

  const open = async (urlPath: string) => {
    const opened = await site.newPage({ viewport: LAPTOP });
    await opened.page.goto(`${site.url}${urlPath}`);
    return opened;
  };

  it('finds the owner deck first on the index, with 使い方, and opens its slide view', async () => {
    const { page, errors } = await open('/decks/');
    const first = page.locator('.deck-index-item').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(`/decks/${DECK_ID}/`);
    expect(await first.locator('h2').textContent()).toContain(deck.title);
    const usage = (await page.locator('main').textContent()) ?? '';
    expect(usage).toContain('使い方');
    expect(usage).toContain('クイズのスライドでは、→ を1回押すと答えと解説が出ます');
    expect(usage).toContain('「3a」');
    expect(usage).toContain('スライドをクリックしても進みます');
    expect(usage).toContain('B で画面を黒く');
    expect(usage).toContain('?speaker=');
    await first.locator('h2 a').click();
    await page.locator('.deck--live').waitFor();
    expect(await page.locator('[data-deck-counter]').textContent()).toBe(`1 / ${deck.slides.length}`);
    // Slide 1's title is the list's title, and it leaves no character alone on its last line.
    const title = page.locator('.slide-unit[aria-current="step"] h1');
    expect((await title.textContent())?.trim()).toBe(deck.title);
    const charactersPerLine = await title.evaluate((heading) => {
      const range = document.createRange();
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let offset = 0; offset < (node.textContent?.length ?? 0); offset++) {
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      return [...lines.values()];
    });
    expect(Math.min(...charactersPerLine)).toBeGreaterThan(1);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-deck-counter]').textContent()).toMatch(/^2 \//);
    expect(errors).toEqual([]);
  });

  it('presenter view: the notes fit or show 「↓続きあり」 on every slide, and A−/A+ change their size', async () => {
    const { page, errors } = await open(`/decks/${DECK_ID}/presenter/`);
    await page.locator('.presenter--live').waitFor();
    for (let number = 1; number <= deck.slides.length; number++) {
      await goToSlide(page, number);
      const state = await notesState(page);
      expect(state.text, `slide ${number}`).not.toBe('');
      expect(state.fits || state.cue, `slide ${number}: cut off without the cue`).toBe(true);
    }
    const start = (await notesState(page)).fontSize;
    await page.getByRole('button', { name: '講師メモの文字を大きく' }).click();
    expect((await notesState(page)).fontSize).toBeGreaterThan(start);
    await page.getByRole('button', { name: '講師メモの文字を小さく' }).click();
    await page.getByRole('button', { name: '講師メモの文字を小さく' }).click();
    expect((await notesState(page)).fontSize).toBeLessThan(start);
    expect(errors).toEqual([]);
  });

  it('puts his name, the date and the organiser on slide 1, and the presenter view shows them too', async () => {
    const query = new URLSearchParams({
      speaker: '鈴木 一郎',
      date: '2026年12月10日',
      organiser: '○○商工会議所',
    });
    const { page, context, errors } = await open(`/decks/${DECK_ID}/?${query}`);
    await page.locator('.deck--live').waitFor();
    const expected = '講師：鈴木 一郎　2026年12月10日　主催：○○商工会議所';
    const line = page.locator('.slide-unit[aria-current="step"] [data-speaker-line]');
    expect(await line.textContent()).toBe(expected);
    expect(await line.isVisible()).toBe(true);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.locator('.presenter--live').waitFor();
    expect(await presenter.locator('[data-presenter-current] [data-speaker-line]').textContent()).toBe(
      expected,
    );
    expect(errors).toEqual([]);
  });

  it('participant handout: no answers or notes, his cover fields, and a print button', async () => {
    const { page, context, errors } = await site.newPage({ viewport: LAPTOP });
    await context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    const url = `${site.url}/decks/${DECK_ID}/participants/?speaker=鈴木&date=2026年12月10日&organiser=商工会議所`;
    const html = await (await page.request.get(url)).text();
    for (const hidden of ['slide-notes', 'quiz-answer', 'data-correct', '正解'])
      expect(html).not.toContain(hidden);
    await page.goto(url);
    expect(await page.locator('[data-cover-field="speaker"]').textContent()).toBe('鈴木');
    expect(await page.locator('[data-cover-field="date"]').textContent()).toBe('2026年12月10日');
    expect(await page.locator('[data-cover-field="organiser"]').textContent()).toBe('商工会議所');
    await page.getByRole('button', { name: '印刷する' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('PPTX: named after the deck title, sent as PPTX', async () => {
    const { page } = await open('/decks/');
    const link = page.locator(`.deck-index-item a[href="/decks/${DECK_ID}.pptx"]`).first();
    const name = await link.getAttribute('download');
    expect(name).toBe(pptxFileName(deck));
    expect(name).toMatch(/\.pptx$/);
    expect(name).toContain(deck.title.split(/\s+/)[0]);
    const download = await page.request.get(`${site.url}/decks/${DECK_ID}.pptx`);
    expect(download.status()).toBe(200);
    expect(
      Buffer.from(await download.body())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    // A static host sends the type and the name from _headers (the dev server's answer is tested in
    // decks/pptx-download.test.ts).
    expect(headersBlock(readFileSync(path.join(DIST, '_headers'), 'utf8'), `/decks/${DECK_ID}.pptx`)).toEqual(
      [`Content-Type: ${PPTX_CONTENT_TYPE}`, `Content-Disposition: ${pptxContentDisposition(deck)}`],
    );
  });
});
