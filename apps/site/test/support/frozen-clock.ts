import type { BrowserContext } from 'playwright-core';

/**
 * Installs Playwright's fake clock and holds it still, so only `clock.runFor` moves the page's time.
 * `clock.install` alone lets time flow on, and on a busy machine a page can pass a timer's delay (the
 * slide view's idle toolbar, say) before the test has looked. Call it before the page loads.
 */
export async function freezeClock(context: BrowserContext, start = new Date('2026-12-01T10:00:00+09:00')) {
  await context.clock.install({ time: start });
  await context.clock.pauseAt(start.getTime() + 10_000);
}
