import { loadContent } from '@mamoru/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';
import { goToSlide, notesState } from './presenter-view.ts';

// The deck 鈴木さん rehearsed: 22 slides, the longest notes of the four.
const DECK_ID = 'owner-60';

describe('presenter notes', () => {
  let site: BuiltSite;
  let slideCount = 0;
  beforeAll(async () => {
    site = await openBuiltSite();
    const deck = (await loadContent()).decks.find((candidate) => candidate.id === DECK_ID);
    if (!deck) throw new Error(`content/decks/${DECK_ID}.mdx is gone; point this test at the longest deck`);
    slideCount = deck.slides.length;
  });
  afterAll(() => site?.close());

  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1366, 768],
  ] as const) {
    it(`at ${width}x${height}: every slide's notes fit, or show 「↓続きあり」, in a panel from the times to the bottom`, async () => {
      const { page, errors } = await site.newPage({ viewport: { width, height } });
      await page.goto(`${site.url}/decks/${DECK_ID}/presenter/`);
      await page.locator('.presenter--live').waitFor();
      for (let number = 1; number <= slideCount; number++) {
        await goToSlide(page, number);
        const state = await notesState(page);
        expect(state.text, `slide ${number}`).not.toBe('');
        expect(state.height, `slide ${number}`).toBeGreaterThan(height * 0.6);
        if (state.fits) expect(state.cue, `slide ${number} fits but shows the cue`).toBe(false);
        else {
          expect(state.cue, `slide ${number} runs past the panel without the cue`).toBe(true);
          expect(state.cueText).toBe('↓続きあり');
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('scrolls with ↓ while the notes have focus, and the cue goes at the end', async () => {
    const { page } = await site.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.url}/decks/${DECK_ID}/presenter/`);
    await page.locator('.presenter--live').waitFor();
    await page.getByRole('button', { name: '講師メモの文字を大きく' }).click();
    await page.getByRole('button', { name: '講師メモの文字を大きく' }).click();
    expect((await notesState(page)).cue).toBe(true);
    await page.locator('[data-presenter-notes]').focus();
    for (let press = 0; press < 60 && (await notesState(page)).cue; press++)
      await page.keyboard.press('ArrowDown');
    expect((await notesState(page)).cue).toBe(false);
    // ↓ scrolled the notes; it did not turn the slide.
    expect(await page.locator('[data-deck-counter]').textContent()).toMatch(/^1 \//);
  });

  it('A− and A+ change the text size, and the browser keeps it', async () => {
    const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/decks/${DECK_ID}/presenter/`);
    await page.locator('.presenter--live').waitFor();
    const start = (await notesState(page)).fontSize;
    expect(start).toBeGreaterThanOrEqual(24);
    await page.getByRole('button', { name: '講師メモの文字を大きく' }).click();
    const larger = (await notesState(page)).fontSize;
    expect(larger).toBeGreaterThan(start);
    await page.reload();
    await page.locator('.presenter--live').waitFor();
    expect((await notesState(page)).fontSize).toBeCloseTo(larger, 1);
    const smaller = page.getByRole('button', { name: '講師メモの文字を小さく' });
    for (let press = 0; press < 10 && (await smaller.isEnabled()); press++) await smaller.click();
    expect(await smaller.isDisabled()).toBe(true);
    expect((await notesState(page)).fontSize).toBeLessThan(start);
  });

  it('asks before リセット clears a running timer', async () => {
    const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/decks/${DECK_ID}/presenter/`);
    await page.locator('.presenter--live').waitFor();
    await page.getByRole('button', { name: '開始' }).click();
    const dialogs: string[] = [];
    let answer = false;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });
    await page.getByRole('button', { name: 'リセット' }).click();
    expect(dialogs).toEqual(['経過時間を 00:00 に戻しますか？']);
    expect(await page.locator('[data-timer-toggle]').textContent()).toBe('一時停止');
    answer = true;
    await page.getByRole('button', { name: 'リセット' }).click();
    expect(dialogs).toHaveLength(2);
    await expect.poll(() => page.locator('[data-timer-toggle]').textContent()).toBe('開始');
    expect(await page.locator('[data-timer-elapsed]').textContent()).toBe('00:00');
  });
});
