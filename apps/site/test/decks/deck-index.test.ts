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
          `/decks/${deck.id}.pptx`,
        ]),
      );
      const pptx = await page.request.get(`${site.url}/decks/${deck.id}.pptx`);
      expect(pptx.status()).toBe(200);
    }
    expect(errors).toEqual([]);
  });
});
