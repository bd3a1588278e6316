import { AxeBuilder } from '@axe-core/playwright';
import { type DeckPosition, nextPosition, previousPosition } from '@mamoru/decks/runtime';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';
import { freezeClock } from '../support/frozen-clock.ts';
import { keepToolbarAwake } from './awake-toolbar.ts';
import { type DeckUnderTest, deckUnderTest } from './deck-under-test.ts';

/** Where the slide view is: the shown slide (from the DOM), its step and the URL hash. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const units = [...document.querySelectorAll<HTMLElement>('.slide-unit')];
    const visible = units.filter((unit) => !unit.hidden);
    const current = units.findIndex((unit) => unit.getAttribute('aria-current') === 'step');
    return {
      index: current,
      step: Number(units[current]?.dataset.step ?? -1),
      visible: visible.length,
      hash: location.hash,
    };
  });
}

describe('slide view', () => {
  let site: BuiltSite;
  let subject: DeckUnderTest;
  beforeAll(async () => {
    [site, subject] = await Promise.all([openBuiltSite(), deckUnderTest()]);
  });
  afterAll(() => site?.close());

  async function openDeck(hash = '') {
    const opened = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await opened.page.goto(`${site.url}/decks/${subject.deck.id}/${hash}`);
    await opened.page.locator('.deck--live').waitFor();
    return opened;
  }

  it('moves with the keys clickers send, Home and End, and the URL follows the slide', async () => {
    const { page, errors } = await openDeck();
    const { stepCounts } = subject;
    const last = stepCounts.length - 1;
    expect(await shown(page)).toEqual({ index: 0, step: 0, visible: 1, hash: '#1' });

    let expected: DeckPosition = { index: 0, step: 0 };
    for (const key of ['ArrowRight', 'Space', 'PageDown']) {
      await page.keyboard.press(key);
      expected = nextPosition(expected, stepCounts);
      expect(await shown(page)).toEqual({ ...expected, visible: 1, hash: `#${expected.index + 1}` });
    }
    for (const key of ['PageUp', 'ArrowLeft']) {
      await page.keyboard.press(key);
      expected = previousPosition(expected, stepCounts);
      expect(await shown(page)).toEqual({ ...expected, visible: 1, hash: `#${expected.index + 1}` });
    }
    await page.keyboard.press('End');
    expect(await shown(page)).toMatchObject({ index: last, hash: `#${last + 1}` });
    await page.keyboard.press('ArrowRight');
    expect((await shown(page)).index).toBe(last);
    await page.keyboard.press('Home');
    expect(await shown(page)).toMatchObject({ index: 0, step: 0, hash: '#1' });
    expect(await page.locator('[data-deck-counter]').textContent()).toBe(`1 / ${stepCounts.length}`);
    expect(errors).toEqual([]);
  });

  it('opens the slide a URL names, and follows an edited hash', async () => {
    const { page } = await openDeck('#3');
    expect(await shown(page)).toMatchObject({ index: 2, hash: '#3' });
    await page.evaluate(() => {
      location.hash = '#2';
    });
    await expect.poll(async () => (await shown(page)).index).toBe(1);
  });

  it('jumps to a slide by number and Enter', async () => {
    const { page } = await openDeck();
    const target = subject.stepCounts.length;
    await page.keyboard.type(String(target));
    await expect.poll(() => page.locator('[data-deck-typed]').textContent()).toContain(String(target));
    await page.keyboard.press('Enter');
    expect(await shown(page)).toMatchObject({ index: target - 1, hash: `#${target}` });
    expect(await page.locator('[data-deck-typed]').isHidden()).toBe(true);
    // A number that names no slide leaves the deck where it is.
    await page.keyboard.type('999');
    await page.keyboard.press('Enter');
    expect((await shown(page)).index).toBe(target - 1);
  });

  it('reveals a quiz answer and its explanation with the next key', async () => {
    const { deck, content, quizIndex } = subject;
    const question = content.questions.find((candidate) => candidate.id === deck.slides[quizIndex]?.question);
    const { page } = await openDeck(`#${quizIndex + 1}`);
    const quiz = page.locator('.slide-unit[aria-current="step"]');
    expect(await quiz.getAttribute('data-question-id')).toBe(question?.id);
    expect(await quiz.locator('.quiz-prompt').textContent()).toBe(question?.prompt);
    expect(await quiz.locator('.quiz-choice').count()).toBe(question?.choices.length);
    expect(await quiz.locator('.quiz-answer').isVisible()).toBe(false);
    // The counter tells the two steps apart: 「3a / 22」 before the answer, 「3b / 22」 with it.
    const counter = page.locator('[data-deck-counter]');
    const total = subject.stepCounts.length;
    expect(await counter.textContent()).toBe(`${quizIndex + 1}a / ${total}`);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toMatchObject({ index: quizIndex, step: 1 });
    expect(await counter.textContent()).toBe(`${quizIndex + 1}b / ${total}`);
    expect(await quiz.locator('.quiz-answer').isVisible()).toBe(true);
    expect(await quiz.locator('.quiz-explanation').textContent()).toBe(question?.explanation);
    const marked = await quiz
      .locator('.quiz-choice-mark')
      .evaluateAll((marks) => marks.filter((mark) => (mark as HTMLElement).offsetParent !== null).length);
    expect(marked).toBe(question?.answer.length);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toMatchObject({ index: quizIndex + 1, step: 0 });
    expect(await counter.textContent()).toMatch(new RegExp(`^${quizIndex + 2}[ab]? / ${total}$`));
    await page.keyboard.press('ArrowLeft');
    expect(await counter.textContent()).toBe(`${quizIndex + 1}b / ${total}`);
  });

  it('shows every slide in the overview (o) and goes to the one picked', async () => {
    const { page } = await openDeck();
    const total = subject.stepCounts.length;
    await page.keyboard.press('o');
    expect(await page.locator('.deck--overview').count()).toBe(1);
    expect((await shown(page)).visible).toBe(total);
    // Thumbnails in rows, not one long column.
    const tops = await page
      .locator('.slide-unit')
      .evaluateAll((units) => units.slice(0, 2).map((unit) => Math.round(unit.getBoundingClientRect().top)));
    expect(tops[0]).toBe(tops[1]);
    await page.locator('.slide-unit').nth(2).click();
    expect(await page.locator('.deck--overview').count()).toBe(0);
    expect(await shown(page)).toMatchObject({ index: 2, visible: 1, hash: '#3' });
    // Keyboard only: o, move with the arrows, Enter on the focused thumbnail.
    await page.keyboard.press('o');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await page.locator('.deck--overview').count()).toBe(0);
    expect(await shown(page)).toMatchObject({ index: 1, visible: 1 });
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    expect(await page.locator('.deck--overview').count()).toBe(0);
  });

  it('opens the presenter view on the current slide (p) and blacks out the screen (b)', async () => {
    const { page, context } = await openDeck('#2');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForURL(`**/decks/${subject.deck.id}/presenter/#2`);
    await presenter.locator('.presenter--live').waitFor();
    await page.bringToFront();
    const blackout = page.locator('[data-deck-blackout]');
    expect(await blackout.isVisible()).toBe(false);
    await page.keyboard.press('b');
    expect(await blackout.isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await blackout.isVisible()).toBe(false);
  });

  it('hides the toolbar and the pointer when the mouse rests, and shows them when it moves', async () => {
    const { page, context } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await freezeClock(context);
    await page.goto(`${site.url}/decks/${subject.deck.id}/`);
    await page.locator('.deck--live').waitFor();
    const idle = () => page.locator('.deck--idle').count();
    expect(await idle()).toBe(0);
    await context.clock.runFor(3_500);
    expect(await idle()).toBe(1);
    // Not in full screen, and still the toolbar is gone from the projected picture.
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    const toolbar = page.locator('.deck-toolbar');
    await expect.poll(() => toolbar.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await page.mouse.move(400, 300);
    expect(await idle()).toBe(0);
    await expect.poll(() => toolbar.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await context.clock.runFor(3_500);
    expect(await idle()).toBe(1);
    // Keyboard focus on a toolbar button shows the toolbar.
    await page.getByRole('button', { name: '次へ' }).focus();
    expect(await idle()).toBe(0);
  });

  it('turns to the next step on a mouse click on the slide, but not on a toolbar button or a finger tap', async () => {
    const { stepCounts } = subject;
    const { page, errors } = await openDeck();
    await page.locator('.slide-unit[aria-current="step"]').click();
    let expected = nextPosition({ index: 0, step: 0 }, stepCounts);
    expect(await shown(page)).toMatchObject(expected);
    // Beside the slide, on the dark stage, a click turns too (as in PowerPoint).
    await page.mouse.click(3, 300);
    expected = nextPosition(expected, stepCounts);
    expect(await shown(page)).toMatchObject(expected);
    // The toolbar's 次へ moves one step, not one for the button and one for the click.
    await page.getByRole('button', { name: '次へ' }).click();
    expected = nextPosition(expected, stepCounts);
    expect(await shown(page)).toMatchObject(expected);
    await page.getByRole('button', { name: '前へ' }).click();
    expected = previousPosition(expected, stepCounts);
    expect(await shown(page)).toMatchObject(expected);
    expect(errors).toEqual([]);

    // On a touch screen a tap only brings the toolbar back; a swipe turns the page.
    const touch = await site.newPage({ viewport: { width: 1280, height: 720 }, hasTouch: true });
    await touch.page.goto(`${site.url}/decks/${subject.deck.id}/`);
    await touch.page.locator('.deck--live').waitFor();
    await touch.page.tap('.slide-unit[aria-current="step"]');
    expect(await shown(touch.page)).toMatchObject({ index: 0, step: 0 });
  });

  it('shows the speaker line from the URL on the first slide, as text, and passes it to the other views', async () => {
    const { page: plain } = await openDeck();
    expect(await plain.locator('[data-speaker-line]').count()).toBe(0);

    const speaker = '<b>鈴木</b><img src=x onerror="alert(1)">';
    const query = new URLSearchParams({ speaker, date: '2026年12月10日', organiser: '○○商工会議所' });
    const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/decks/${subject.deck.id}/?${query}`);
    await page.locator('.deck--live').waitFor();
    const expectedLine = `講師：${speaker}　2026年12月10日　主催：○○商工会議所`;
    const line = page.locator('.slide-unit[aria-current="step"] [data-speaker-line]');
    expect(await line.textContent()).toBe(expectedLine);
    // Text only: the markup in the URL made no element.
    expect(await line.locator('*').count()).toBe(0);
    expect(await page.locator('[data-speaker-line]').count()).toBe(1);
    // Inside the slide's box, under the title.
    const fits = await line.evaluate((element) => {
      const slide = element.closest('.slide')?.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return !!slide && box.height > 0 && box.bottom <= slide.bottom && box.top >= slide.top;
    });
    expect(fits).toBe(true);

    // P: the presenter view shows the same first slide.
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.locator('.presenter--live').waitFor();
    expect(
      await presenter
        .locator('[data-presenter-current] .slide-unit[aria-current] [data-speaker-line]')
        .textContent(),
    ).toBe(expectedLine);
    // The presenter's 「スライド画面を開く」 opens the audience window with it.
    const slidesHref = await presenter.getByRole('link', { name: 'スライド画面を開く' }).getAttribute('href');
    expect(new URL(slidesHref ?? '', site.url).searchParams.get('speaker')).toBe(speaker);

    // The participant handout's cover gets the same fields.
    await page.getByRole('link', { name: '配布資料' }).click();
    await page.waitForURL(`**/decks/${subject.deck.id}/participants/?*`);
    await expect.poll(() => page.locator('[data-cover-field="speaker"]').textContent()).toBe(speaker);
    expect(await page.locator('[data-cover-field="organiser"]').textContent()).toBe('○○商工会議所');
    // And back: 「スライドで見る」 keeps them.
    await page.getByRole('link', { name: 'スライドで見る' }).click();
    await page.waitForURL(`**/decks/${subject.deck.id}/?*`);
    await page.locator('.deck--live').waitFor();
    expect(await line.textContent()).toBe(expectedLine);
    expect(errors).toEqual([]);
  });

  it('turns the page on a horizontal swipe', async () => {
    const { page } = await openDeck();
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ([startX = 0, endX = 0]) => {
          const target = document.querySelector('[data-deck-viewport]') as HTMLElement;
          const init = { pointerType: 'touch', pointerId: 7, clientY: 300, bubbles: true };
          target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: startX }));
          target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: endX }));
        },
        [fromX, toX],
      );
    await swipe(900, 300);
    expect((await shown(page)).index).toBe(1);
    await swipe(300, 900);
    expect((await shown(page)).index).toBe(0);
    await swipe(500, 480);
    expect((await shown(page)).index).toBe(0);
  });

  it('loads only files of the site, and no web fonts, so it works offline', async () => {
    const { page, context } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    for (const view of ['', 'presenter/', 'handout/']) {
      await page.goto(`${site.url}/decks/${subject.deck.id}/${view}`, { waitUntil: 'networkidle' });
    }
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(requested.filter((url) => /\.(woff2?|ttf|otf)$/.test(url))).toEqual([]);
  });

  it('links the PPTX, both handouts, and passes axe', async () => {
    const { page } = await openDeck();
    await keepToolbarAwake(page);
    expect(await page.locator(`a[href="/decks/${subject.deck.id}.pptx"]`).count()).toBe(1);
    expect(await page.getByRole('link', { name: '配布資料' }).getAttribute('href')).toBe(
      `/decks/${subject.deck.id}/participants/`,
    );
    expect(await page.getByRole('link', { name: '講師用台本' }).getAttribute('href')).toBe(
      `/decks/${subject.deck.id}/handout/`,
    );
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  });
});
