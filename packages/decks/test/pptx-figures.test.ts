import { type Content, type Deck, loadContent } from '@mamoru/content';
import { formatValue, titleWithYear } from '@mamoru/figures';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckForPptx } from '../src/index.ts';
import { writeDeckPptx } from '../src/pptx/index.ts';
import { type PptxParts, readPptx } from '../src/pptx/read-pptx.ts';

// The real decks and figures from content/: each deck's PPTX is written and read back as XML.
let content: Content;
beforeAll(async () => {
  content = await loadContent();
});

/** The PPTX slide number (answer slides included) of each deck slide. */
function pptxSlideNumbers(deck: Deck): number[] {
  let number = 0;
  return deck.slides.map((slide) => {
    number += 1;
    const at = number;
    if (slide.kind === 'quiz') number += 1;
    return at;
  });
}

function figureOf(body: string) {
  const id = /<Figure\s+id="([^"]+)"/.exec(body)?.[1];
  return id === undefined ? undefined : content.figures.find((figure) => figure.id === id);
}

describe.each(['owner-60', 'staff-30', 'incident-bcp-45', 'trade-secrets-45', 'big-events-30', 'sg-exam-45'])(
  'the PPTX of %s',
  (deckId) => {
    let deck: Deck;
    let pptx: PptxParts;
    beforeAll(async () => {
      const found = content.decks.find((candidate) => candidate.id === deckId);
      if (!found) throw new Error(`no deck ${deckId}`);
      deck = found;
      pptx = await readPptx(await writeDeckPptx(deckForPptx(deck, content.questions, content.figures)));
    });

    it('holds each chart as a native chart part with the figure numbers in its data, and no pictures', async () => {
      const numbers = pptxSlideNumbers(deck);
      let charts = 0;
      for (const slide of deck.slides) {
        const figure = figureOf(slide.body);
        const number = numbers[slide.index] ?? 0;
        const parts = await pptx.slideCharts(number);
        if (figure?.kind !== 'chart') {
          expect(parts, `slide ${number}`).toEqual([]);
          continue;
        }
        charts += 1;
        expect(parts).toHaveLength(1);
        const xml = parts[0] ?? '';
        const cells = [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);
        for (const series of figure.series) {
          expect(cells).toContain(series.name);
          for (const value of series.values) expect(cells).toContain(String(value));
        }
        for (const category of figure.categories) expect(cells).toContain(category);
        // The chart is titled with the year of its numbers, in the deck's font; the alt text is the takeaway.
        expect(xml).toContain(titleWithYear(figure));
        expect(xml).toContain('typeface="游ゴシック"');
        const slideXml = await pptx.slideXml(number);
        expect(slideXml).toContain('<p:graphicFrame>');
        expect(slideXml).toContain(`descr="${figure.takeaway}"`);
        expect((await pptx.slideText(number)).join('')).toContain(figure.source?.publisher ?? '?');
      }
      // Every deck carries at least one chart an instructor can restyle or refill with local numbers.
      expect(charts).toBeGreaterThan(0);
      expect(pptx.partNames.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(charts);
      expect(pptx.partNames.filter((name) => name.startsWith('ppt/media/'))).toEqual([]);
    });

    it('draws each diagram as native boxes with their words and arrows with heads, under a caption with its year', async () => {
      const numbers = pptxSlideNumbers(deck);
      for (const slide of deck.slides) {
        const figure = figureOf(slide.body);
        if (figure?.kind !== 'diagram') continue;
        const number = numbers[slide.index] ?? 0;
        const text = (await pptx.slideText(number)).join('\n');
        for (const node of figure.nodes) expect(text).toContain(node.label);
        expect(text).toContain(titleWithYear(figure));
        const xml = await pptx.slideXml(number);
        expect(xml).toContain('prstGeom prst="roundRect"');
        const arrows = figure.layout === 'steps' ? figure.nodes.length - 1 : (figure.edges ?? []).length;
        expect(xml.match(/<a:tailEnd type="triangle"\/>/g) ?? []).toHaveLength(arrows);
      }
    });

    it('keeps the slide text beside the figure', async () => {
      const numbers = pptxSlideNumbers(deck);
      for (const slide of deck.slides) {
        if (!figureOf(slide.body) || slide.title === undefined) continue;
        expect((await pptx.slideText(numbers[slide.index] ?? 0))[0]).toBe(slide.title);
      }
    });
  },
);

it('refuses a slide whose figure is not among the figures given', () => {
  const deck = content.decks.find((candidate) => candidate.id === 'owner-60');
  if (!deck) throw new Error('no owner-60');
  expect(() => deckForPptx(deck, content.questions, [])).toThrow(/slide 2: figure "budget-plans"/);
  expect(formatValue(9.5, '%')).toBe('9.5%');
});
