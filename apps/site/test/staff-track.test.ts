import { loadContent, trackLessons } from '@mamoru/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

describe('the staff track', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('leads a reader from home to the last lesson, and every lesson shows its takeaways', async () => {
    const expected = trackLessons(await loadContent(), 'staff');
    expect(expected.length).toBeGreaterThan(1);
    const { page, errors } = await site.newPage();

    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: /従業員の方/ }).click();
    await page.getByRole('link', { name: '1本目から読む' }).click();

    const visited: string[] = [];
    for (let step = 0; step < expected.length + 1; step++) {
      visited.push(new URL(page.url()).pathname);
      const takeaways = page.locator('.takeaways li');
      expect(await takeaways.count(), `takeaways on ${page.url()}`).toBeGreaterThan(0);
      await expect.poll(() => takeaways.first().isVisible()).toBe(true);
      const next = page.locator('.track-nav__track[data-track="staff"] a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
    }

    expect(visited).toEqual(expected.map((lesson) => lesson.path));
    await expect
      .poll(() => page.locator('.track-nav__track[data-track="staff"] .track-nav__done').textContent())
      .toContain('ここまで');
    expect(errors).toEqual([]);
  });
});
