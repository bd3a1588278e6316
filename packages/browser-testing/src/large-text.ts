// No DOM globals here (document, getComputedStyle): the packages that import this typecheck without
// the DOM library, so the page's objects are reached through the elements Playwright passes in.
import type { BrowserContext, Page } from 'playwright-core';

/** The phone the usability report used (田中さん on the site, 佐藤さん in LINE). */
export const PHONE = { width: 390, height: 844 };

export type TextSize = 'normal' | 'double';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'double'];

/**
 * Doubles the browser's default font size (16 px → 32 px), as a reader's large-text setting does:
 * rem, em and em-based media queries all follow it, unlike a zoom or injected CSS.
 */
export async function setTextSize(context: BrowserContext, page: Page, size: TextSize): Promise<void> {
  if (size === 'normal') return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** True when the page scrolls sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.locator('html').evaluate((html) => html.scrollWidth > html.clientWidth);
}

/** Visible tap targets under `selector` smaller than 44 x 44 CSS px, described for a message. */
export function smallTapTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          element.ownerDocument.defaultView?.getComputedStyle(element).visibility !== 'hidden'
        );
      })
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(
        ({ element, box }) =>
          `${element.textContent?.trim()} (${Math.round(box.width)}x${Math.round(box.height)})`,
      ),
  );
}
