import { expect, test } from 'vitest';
import { slideWithFigure } from '../src/components/deck/slide-layout.ts';

const figure = '<figure class="figure" id="slide-fig-1-x"><svg></svg><figcaption>図</figcaption></figure>';

test('a slide without a figure is left as it is', () => {
  expect(slideWithFigure('<h2>題</h2><ul><li>一</li></ul>')).toEqual({
    html: '<h2>題</h2><ul><li>一</li></ul>',
    layout: 'text',
  });
});

test('a title and a figure: the figure takes the rest of the slide', () => {
  expect(slideWithFigure(`<h2>題</h2>\n${figure}\n`)).toEqual({
    html: `<h2>題</h2>${figure}`,
    layout: 'figure-alone',
  });
});

test('text as well: the text goes into a column of its own, left of the figure', () => {
  expect(slideWithFigure(`<h2 id="t">題</h2>\n<ul><li>一</li></ul>\n${figure}`)).toEqual({
    html: `<h2 id="t">題</h2><div class="slide-text"><ul><li>一</li></ul></div>${figure}`,
    layout: 'figure-beside',
  });
});
