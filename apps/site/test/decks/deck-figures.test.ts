import { AxeBuilder } from '@axe-core/playwright';
import { type Content, loadContent } from '@mamoru/content';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';
import { keepToolbarAwake } from './awake-toolbar.ts';

const FIGURE_TAG = /<Figure\s+id="([^"]+)"/;

/** Slide numbers (1-based) and figure ids of the slides that place a figure, from the deck's MDX. */
function figureSlides(content: Content, deckId: string): { number: number; id: string }[] {
  const deck = content.decks.find((candidate) => candidate.id === deckId);
  return (deck?.slides ?? []).flatMap((slide) => {
    const id = FIGURE_TAG.exec(slide.body)?.[1];
    return id === undefined ? [] : [{ number: slide.index + 1, id }];
  });
}

/** What a slide's figure shows in the window: its accessible parts and its smallest text, in px. */
async function figureOnSlide(page: Page, number: number) {
  return page.evaluate((index) => {
    const unit = document.querySelectorAll<HTMLElement>('.slide-unit')[index];
    const figure = unit?.querySelector<HTMLElement>('.slide-inner > figure.figure');
    const svg = figure?.querySelector<SVGSVGElement>('svg[role="img"]');
    if (!unit || !figure || !svg) return undefined;
    const text = (id: string | null) => (id ? (document.getElementById(id)?.textContent ?? '') : '');
    const slideBox = unit.querySelector('.slide')?.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    // The drawing's font-size attribute times the drawing's scale on screen.
    const scale = svg.getScreenCTM()?.a ?? 0;
    const sizes = [...svg.querySelectorAll('text')]
      .map(
        (element) =>
          Number.parseFloat(
            element.getAttribute('font-size') ??
              element.closest('[font-size]')?.getAttribute('font-size') ??
              '0',
          ) * scale,
      )
      .filter((size) => size > 0);
    return {
      title: text(svg.getAttribute('aria-labelledby')),
      desc: text(svg.getAttribute('aria-describedby')),
      tableRows: figure.querySelectorAll('.figure-table table tr').length,
      caption: figure.querySelector('figcaption')?.textContent ?? '',
      inside:
        slideBox !== undefined &&
        box.left >= slideBox.left - 1 &&
        box.right <= slideBox.right + 1 &&
        box.top >= slideBox.top - 1 &&
        box.bottom <= slideBox.bottom + 1,
      slideWidth: slideBox?.width ?? 0,
      /** The smallest text's size as shown, in px. */
      smallestText: Math.min(...sizes),
    };
  }, number - 1);
}

describe('figures on slides', () => {
  let site: BuiltSite;
  let content: Content;
  beforeAll(async () => {
    [site, content] = await Promise.all([openBuiltSite(), loadContent()]);
  });
  afterAll(() => site?.close());

  it('every deck shows at least 3 figures, each with its title, takeaway, data table and source, inside its slide', async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    const smallest: Record<string, number> = {};
    for (const deck of content.decks) {
      const placed = figureSlides(content, deck.id);
      expect(placed.length, deck.id).toBeGreaterThanOrEqual(3);
      await page.goto(`${site.url}/decks/${deck.id}/`);
      await page.locator('.deck--live').waitFor();
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('[id]')].map((element) => element.id),
      );
      expect(ids.length, `${deck.id}: ids are unique`).toBe(new Set(ids).size);
      for (const { number, id } of placed) {
        await page.goto(`${site.url}/decks/${deck.id}/#${number}`);
        await page.waitForFunction((n) => location.hash === `#${n}`, number);
        const figure = content.figures.find((candidate) => candidate.id === id);
        const shown = await figureOnSlide(page, number);
        expect(shown, `${deck.id} slide ${number}`).toMatchObject({
          title: figure?.title,
          desc: figure?.takeaway,
          inside: true,
        });
        expect(shown?.tableRows).toBeGreaterThan(1);
        if (figure?.source) expect(shown?.caption).toContain(figure.source.publisher);
        if (figure?.asOf !== undefined) expect(shown?.caption).toContain(`${figure.asOf}年`);
        smallest[`${deck.id}#${number} ${id}`] = Math.round(
          ((shown?.smallestText ?? 0) * 1280) / (shown?.slideWidth || 1),
        );
      }
    }
    // The smallest text of each figure (a step's detail, an axis label) on a 1280-px-wide slide: 19-36 px
    // on 2026-12-05, a box's main text about a sixth larger. Printed for the record.
    console.log(smallest);
    expect(Math.min(...Object.values(smallest))).toBeGreaterThanOrEqual(18);
    expect(errors).toEqual([]);
  });

  it("in the overview, a click on a slide's figure (an SVG element) opens that slide", async () => {
    const deck = content.decks.find((candidate) => candidate.id === 'owner-60') ?? content.decks[0];
    const [first] = figureSlides(content, deck?.id ?? '');
    const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/decks/${deck?.id}/`);
    await page.locator('.deck--live').waitFor();
    await page.keyboard.press('o');
    await page.locator('.deck--overview').waitFor();
    const unit = page.locator('.slide-unit').nth((first?.number ?? 1) - 1);
    await unit.locator('svg[role="img"] text').first().click({ force: true });
    await page.waitForFunction(() => !document.querySelector('.deck--overview'));
    expect(await page.evaluate(() => location.hash)).toBe(`#${first?.number}`);
    expect(errors).toEqual([]);
  });

  it('a figure slide passes axe, in the slide view and the presenter view', async () => {
    const deck = content.decks.find((candidate) => candidate.id === 'owner-60') ?? content.decks[0];
    const [first] = figureSlides(content, deck?.id ?? '');
    for (const view of ['', 'presenter/']) {
      const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${site.url}/decks/${deck?.id}/${view}#${first?.number}`);
      await page.locator('.deck--live, .presenter--live').first().waitFor();
      if (view === '') await keepToolbarAwake(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
    }
  });
});
