import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Rests the pointer on the slide view's toolbar, which keeps it from fading, and waits until it is
 * fully shown. An axe run on a busy machine can outlast the idle delay, and a toolbar caught half
 * faded reads as low contrast. (A frozen clock would do it too, but axe needs the page's timers.)
 */
export async function keepToolbarAwake(page: Page): Promise<void> {
  const toolbar = page.locator('.deck-toolbar');
  await toolbar.hover();
  await expect.poll(() => toolbar.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
}
