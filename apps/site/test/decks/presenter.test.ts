import { AxeBuilder } from '@axe-core/playwright';
import { formatDuration, plannedSlots } from '@mamoru/decks/runtime';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';
import { freezeClock } from '../support/frozen-clock.ts';
import { type DeckUnderTest, deckUnderTest } from './deck-under-test.ts';

function position(page: Page) {
  return page.evaluate(() => {
    const units = [...document.querySelectorAll<HTMLElement>('[data-deck-slides] .slide-unit')];
    const index = units.findIndex((unit) => unit.getAttribute('aria-current') === 'step');
    return { index, step: Number(units[index]?.dataset.step ?? -1) };
  });
}

describe('presenter view', () => {
  let site: BuiltSite;
  let subject: DeckUnderTest;
  beforeAll(async () => {
    [site, subject] = await Promise.all([openBuiltSite(), deckUnderTest()]);
  });
  afterAll(() => site?.close());

  it('stays in step with the audience window, whichever one moves', async () => {
    const { deck, quizIndex } = subject;
    const {
      page: audience,
      context,
      errors,
    } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await audience.goto(`${site.url}/decks/${deck.id}/`);
    await audience.locator('.deck--live').waitFor();
    await audience.keyboard.press('ArrowRight');

    const presenter = await context.newPage();
    await presenter.goto(`${site.url}/decks/${deck.id}/presenter/`);
    await presenter.locator('.presenter--live').waitFor();
    // The presenter window opened on its own URL and asked where the talk is.
    await expect.poll(() => position(presenter)).toEqual({ index: 1, step: 0 });

    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => position(audience)).toEqual({ index: 2, step: 0 });
    await expect.poll(() => audience.evaluate(() => location.hash)).toBe('#3');

    await audience.keyboard.press('ArrowLeft');
    await expect.poll(() => position(presenter)).toEqual({ index: 1, step: 0 });

    // Revealing a quiz answer in the presenter view reveals it on the projector.
    await presenter.keyboard.type(String(quizIndex + 1));
    await presenter.keyboard.press('Enter');
    await presenter.getByRole('button', { name: '次へ' }).click();
    await expect.poll(() => position(audience)).toEqual({ index: quizIndex, step: 1 });
    expect(await audience.locator('.slide-unit[aria-current] .quiz-answer').isVisible()).toBe(true);
    // Both counters show the reveal step (「3b」), so the presenter knows → moves on next.
    const revealed = `${quizIndex + 1}b / ${deck.slides.length}`;
    expect(await presenter.locator('[data-deck-counter]').textContent()).toBe(revealed);
    expect(await audience.locator('[data-deck-counter]').textContent()).toBe(revealed);
    expect(errors).toEqual([]);
  });

  it('shows the notes in large type and the next slide', async () => {
    const { deck } = subject;
    const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/decks/${deck.id}/presenter/#2`);
    await page.locator('.presenter--live').waitFor();
    const notes = ((await page.locator('[data-presenter-notes]').textContent()) ?? '').replace(/\s+/g, '');
    const firstNotesLine = (deck.slides[1]?.notes.split('\n')[0] ?? '').replace(/\s+/g, '');
    expect(firstNotesLine).not.toBe('');
    expect(notes).toContain(firstNotesLine);
    const fontSize = await page
      .locator('[data-presenter-notes]')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    const nextSlide = deck.slides[2];
    const nextText = nextSlide?.title ?? '';
    if (nextSlide?.kind === 'quiz')
      expect(await page.locator('[data-presenter-next] .quiz-prompt').count()).toBe(1);
    else expect(await page.locator('[data-presenter-next]').textContent()).toContain(nextText);
    expect(await page.locator('[data-presenter-next-label]').textContent()).toBe('次：スライド 3');
  });

  it('runs the timer against the planned duration and slide times, with a clock', async () => {
    const { deck } = subject;
    const { page, context } = await site.newPage({
      viewport: { width: 1280, height: 720 },
      timezoneId: 'Asia/Tokyo',
    });
    // Frozen before the page loads, at 10:00 Tokyo time: from here only runFor moves time.
    await freezeClock(context, new Date('2026-12-01T10:00:00+09:00'));
    await page.goto(`${site.url}/decks/${deck.id}/presenter/`);
    await page.locator('.presenter--live').waitFor();
    const text = (selector: string) => page.locator(selector).textContent();
    expect(await text('[data-timer-elapsed]')).toBe('00:00');
    expect(await text('[data-clock]')).toBe('10:00');
    expect(await text('[data-timer-pace]')).toBe('開始前');

    await page.getByRole('button', { name: '開始' }).click();
    await context.clock.runFor(65_100);
    expect(await text('[data-timer-elapsed]')).toBe('01:05');
    expect(await text('[data-timer-left]')).toBe(formatDuration(deck.durationMinutes * 60_000 - 65_000));
    expect(await text('[data-clock]')).toBe('10:01');

    // Stay on the first slide past its planned end: the view says how far behind.
    const firstSlot = plannedSlots(deck.slides.map((slide) => slide.minutes))[0];
    const pastEnd = (firstSlot?.endMs ?? 0) + 30_000 - 65_000;
    await context.clock.runFor(pastEnd);
    expect(await text('[data-timer-pace]')).toBe('予定より 00:30 遅れ');

    await page.getByRole('button', { name: '一時停止' }).click();
    const paused = await text('[data-timer-elapsed]');
    await context.clock.runFor(120_000);
    expect(await text('[data-timer-elapsed]')).toBe(paused);
  });

  it('shows a tally that a live mode posts for a quiz', async () => {
    const { deck, quizIndex, content } = subject;
    const question = content.questions.find((candidate) => candidate.id === deck.slides[quizIndex]?.question);
    const counts = question?.choices.map((_, index) => index + 1) ?? [];
    const { page: audience, context } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await audience.goto(`${site.url}/decks/${deck.id}/#${quizIndex + 1}`);
    await audience.locator('.deck--live').waitFor();
    const sender = await context.newPage();
    await sender.goto(`${site.url}/decks/`);
    await sender.evaluate(
      ([deckId, questionId, tally]) => {
        const channel = new BroadcastChannel(`mamoru-deck:${deckId}`);
        channel.postMessage({ type: 'tally', deckId, sender: 'line-live', questionId, counts: tally });
        channel.close();
      },
      [deck.id, question?.id ?? '', counts] as const,
    );
    const tallies = audience.locator('.slide-unit[aria-current] [data-quiz-tally] .quiz-tally-count');
    await expect.poll(() => tallies.allTextContents()).toEqual(counts.map((count) => `${count}人`));
  });

  it('passes axe', async () => {
    const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/decks/${subject.deck.id}/presenter/`);
    await page.locator('.presenter--live').waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  });
});
