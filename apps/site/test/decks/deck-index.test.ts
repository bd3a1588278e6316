import { loadContent } from '@mamoru/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';

describe('decks index', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('lists every deck with its slide view, presenter view, handout and PPTX', async () => {
    const { decks } = await loadContent();
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/decks/`);
    expect(await page.locator('.deck-index-item').count()).toBe(decks.length);
    for (const deck of decks) {
      const item = page.locator('.deck-index-item', { hasText: deck.title });
      const links = await item
        .locator('a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(
        expect.arrayContaining([
          `/decks/${deck.id}/`,
          `/decks/${deck.id}/presenter/`,
          `/decks/${deck.id}/handout/`,
          `/decks/${deck.id}/participants/`,
          `/decks/${deck.id}.pptx`,
        ]),
      );
      expect(await item.getByRole('link', { name: '配布資料（参加者用）' }).count()).toBe(1);
      expect(await item.getByRole('link', { name: '講師用の台本（答えとメモつき）' }).count()).toBe(1);
      const pptx = await page.request.get(`${site.url}/decks/${deck.id}.pptx`);
      expect(pptx.status()).toBe(200);
    }
    expect(errors).toEqual([]);
  });

  it("names each deck once: the list's title is the title on the deck's first slide", async () => {
    const { decks } = await loadContent();
    const { page } = await site.newPage();
    await page.goto(`${site.url}/decks/`);
    const listed = await page
      .locator('.deck-index-item h2 a')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent?.trim()]));
    expect(listed).toHaveLength(decks.length);
    for (const [href, title] of listed) {
      await page.goto(`${site.url}${href}`);
      const firstSlideTitle = await page
        .locator('.slide-unit')
        .first()
        .locator('h1, h2')
        .first()
        .textContent();
      expect(firstSlideTitle?.trim(), href ?? '').toBe(title);
    }
  });

  it('puts the 60-minute owner deck first and explains the quiz step, B and the two handouts', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/decks/`);
    expect(await page.locator('.deck-index-item h2 a').first().getAttribute('href')).toBe('/decks/owner-60/');
    const usage = (await page.locator('main').textContent()) ?? '';
    expect(usage).toContain('クイズのスライドでは、→ を1回押すと答えと解説が出ます');
    expect(usage).toContain('B で画面を黒くし');
    expect(usage).toContain('スライドをクリックしても進みます');
    expect(usage).toContain('「3a」、答えを出すと「3b」');
    expect(usage).toContain('?speaker=');
    expect(usage).toContain('参加者には配らないでください');
    expect(usage).not.toContain('配布資料（講師メモつき）');
  });
});
