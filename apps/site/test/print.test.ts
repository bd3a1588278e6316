import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

describe('printing a lesson', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('gives clean A4 pages: no navigation, links written out', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/lessons/external-threats/malware-ransomware/`);
    await page.emulateMedia({ media: 'print' });

    for (const selector of ['.site-header', '.site-footer', '.track-nav', '.breadcrumb', '.search-form']) {
      expect(await page.locator(selector).first().isVisible(), `${selector} is hidden in print`).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.takeaways').isVisible()).toBe(true);
    expect(await page.locator('.print-url').textContent()).toContain(
      '/lessons/external-threats/malware-ransomware/',
    );

    // A link inside the lesson body prints its full address after the text.
    const written = await page
      .locator('.lesson__body a[href^="/lessons/"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(written).toMatch(/^" \(https?:\/\/[^"]+\/lessons\/[^"]+\)"$/);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    const pageSizes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [
      Math.round(Number(match[1])),
      Math.round(Number(match[2])),
    ]);
    expect(pageSizes.length).toBeGreaterThan(0);
    // A4 is 595 x 842 points.
    expect(pageSizes.every(([width, height]) => width === 595 && height === 842)).toBe(true);
    expect(errors).toEqual([]);
  });
});
