/**
 * The glossary on 田中さん's phone (usability report, finding 1.16): a filter box that understands
 * kana and width, a count said politely, folded lesson lists, 「ページの先頭へ」, and every entry
 * still there without JavaScript.
 */
import { AxeBuilder } from '@axe-core/playwright';
import {
  PHONE,
  scrollsSideways,
  setTextSize,
  smallTapTargets,
  TEXT_SIZES,
  type TextSize,
} from '@mamoru/browser-testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from './support/axe-tags.ts';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

/** Ids of the entries the reader can see. */
function visibleEntries(page: Page): Promise<string[]> {
  return page
    .locator('.glossary__entry')
    .evaluateAll((entries) => entries.filter((entry) => entry.checkVisibility()).map((entry) => entry.id));
}

describe.each(TEXT_SIZES)('田中さん filters the glossary on a phone, %s text', (size: TextSize) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  const open = async () => {
    const opened = await site.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await setTextSize(opened.context, opened.page, size);
    await opened.page.goto(`${site.url}/glossary/`);
    return opened;
  };

  it('narrows the list to 「ぱすわーど」 and 「身代金」, says the count politely, and 「消す」 restores all', async () => {
    const { page, errors } = await open();
    const total = await page.locator('.glossary__entry').count();
    expect((await visibleEntries(page)).length).toBe(total);
    const input = page.getByRole('searchbox', { name: 'ことばでしぼりこむ' });
    // The count is said in a polite live region (role="status"), the page's only one.
    const status = page.getByRole('status');
    expect(await status.count()).toBe(1);
    const statusText = () => status.textContent();

    await input.fill('ぱすわーど');
    const password = await visibleEntries(page);
    expect(password).toContain('password');
    expect(password).not.toContain('ipa');
    expect(password.length).toBeLessThan(total / 10);
    await expect
      .poll(statusText)
      .toBe(`「ぱすわーど」に合うことばは、${total}語のうち${password.length}語です。`);
    // Rows without a match, and their links in the 行 index, are gone too.
    const rowsShown = await page.locator('.glossary-row:visible').count();
    expect(await page.locator('.kana-index li:visible').count()).toBe(rowsShown);
    expect(rowsShown).toBeLessThan(await page.locator('.glossary-row').count());
    expect(await scrollsSideways(page)).toBe(false);

    await input.fill('身代金');
    await expect.poll(() => visibleEntries(page)).toContain('ransomware');
    await expect.poll(statusText).toMatch(/^「身代金」に合うことばは、\d+語のうち\d+語です。$/);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page, '.glossary-filter input, .glossary-filter button')).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await page.getByRole('button', { name: '消す' }).click();
    expect(await input.inputValue()).toBe('');
    expect((await visibleEntries(page)).length).toBe(total);
    expect(await page.locator('.kana-index li:visible').count()).toBe(
      await page.locator('.kana-index li').count(),
    );
    await expect.poll(statusText).toBe(`${total}語すべてを表示しています。`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-filter-input');
    expect(errors).toEqual([]);
  });

  it('offers the site search when no term matches, and a link to a hidden term shows all', async () => {
    const { page } = await open();
    await page.getByRole('searchbox', { name: 'ことばでしぼりこむ' }).fill('請求書');
    expect(await visibleEntries(page)).toEqual([]);
    await expect
      .poll(() => page.locator('#glossary-filter-status').textContent())
      .toBe('「請求書」に合うことばは、見つかりませんでした。');
    const search = page.getByRole('link', { name: 'サイト内検索で、レッスンの中から探す' });
    expect(await search.isVisible()).toBe(true);
    expect(decodeURIComponent((await search.getAttribute('href')) ?? '')).toBe('/search/?q=請求書');
    expect(await scrollsSideways(page)).toBe(false);

    // A link to a term the filter hides (a lesson popover's 「用語集で見る」) shows every term again.
    await page.evaluate(() => {
      location.hash = 'ipa';
    });
    await expect.poll(() => page.locator('#ipa').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'ことばでしぼりこむ' }).inputValue()).toBe('');
    expect((await visibleEntries(page)).length).toBe(await page.locator('.glossary__entry').count());
  });

  it("folds each term's lessons, and 「ページの先頭へ」 goes back to the top", async () => {
    const { page } = await open();
    const ipaLessons = page.locator('#ipa details.glossary__lessons');
    expect(await ipaLessons.getAttribute('open')).toBeNull();
    expect(await ipaLessons.locator('a').first().isVisible()).toBe(false);
    const summary = ipaLessons.locator('summary');
    const count = Number((await summary.textContent())?.match(/（(\d+)本）/)?.[1]);
    expect(count).toBeGreaterThan(10);
    await summary.click();
    expect(await ipaLessons.locator('a').count()).toBe(count);
    expect(await ipaLessons.locator('a').first().isVisible()).toBe(true);
    expect(await smallTapTargets(page, '.glossary__lessons summary, .glossary__lessons a')).toEqual([]);

    const rows = await page.locator('.glossary-row').count();
    const topLinks = page.getByRole('link', { name: 'ページの先頭へ' });
    expect(await topLinks.count()).toBe(rows);
    const last = topLinks.last();
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height);
    expect(await smallTapTargets(page, '.glossary__top a')).toEqual([]);
    await last.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(PHONE.height);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const title = await page.locator('h1').boundingBox();
    expect((title?.y ?? Infinity) + (title?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('the glossary without JavaScript', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('shows every entry and no filter box; the lesson lists still open', async () => {
    const { page } = await site.newPage({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${site.url}/glossary/`);
    const total = await page.locator('.glossary__entry').count();
    expect(total).toBeGreaterThan(100);
    expect((await visibleEntries(page)).length).toBe(total);
    expect(await page.locator('#glossary-filter').isVisible()).toBe(false);
    const lead = await page.locator('.lead').textContent();
    expect(lead).toContain(`全部で${total}語です。`);
    const ipaLessons = page.locator('#ipa details.glossary__lessons');
    await ipaLessons.locator('summary').click();
    expect(await ipaLessons.locator('a').first().isVisible()).toBe(true);
  });
});
