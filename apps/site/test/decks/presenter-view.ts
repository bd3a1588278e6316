import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How the notes panel shows now: everything, or part with the 「↓続きあり」 cue. */
export function notesState(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[data-presenter-notes]');
    const more = document.querySelector<HTMLElement>('[data-notes-more]');
    if (!panel || !more) throw new Error('presenter notes panel or cue missing');
    return {
      fits: panel.scrollHeight <= panel.clientHeight + 1,
      cue: !more.hidden && more.getBoundingClientRect().height > 0,
      cueText: more.textContent?.trim(),
      height: panel.getBoundingClientRect().height,
      text: panel.textContent?.trim() ?? '',
      fontSize: Number.parseFloat(getComputedStyle(panel).fontSize),
    };
  });
}

/**
 * Types a slide number and Enter, as a presenter does, and waits until the counter shows it (a quiz
 * slide's counter carries its step: 「3a / 22」).
 */
export async function goToSlide(page: Page, number: number) {
  await page.keyboard.type(String(number));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('[data-deck-counter]').textContent())
    .toMatch(new RegExp(`^${number}a? /`));
}
