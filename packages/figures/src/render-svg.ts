import type { Figure } from '@mamoru/content';
import { escapeMarkup } from './escape.ts';
import { type RenderOptions, resolveOptions } from './options.ts';
import { drawChart } from './render-chart.ts';
import { drawDiagram } from './render-diagram.ts';

/**
 * A figure as accessible inline SVG: role="img", <title> from the title and <desc> from the
 * takeaway, text in the page's own font (font-family: inherit). No inline style (a page's CSP may
 * refuse it): the page's CSS scales it down on narrow screens (`.figure-svg { max-width: 100% }`).
 * Pure: the same figure and options always give the same string.
 */
export function renderFigureSvg(figure: Figure, options: RenderOptions = {}): string {
  const resolved = resolveOptions(figure.id, options);
  const drawing = figure.kind === 'chart' ? drawChart(figure, resolved) : drawDiagram(figure, resolved);
  const titleId = `${resolved.idPrefix}-title`;
  const descId = `${resolved.idPrefix}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="figure-svg" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}" font-family="inherit">`,
    `<title id="${titleId}">${escapeMarkup(figure.title)}</title>`,
    `<desc id="${descId}">${escapeMarkup(figure.takeaway)}</desc>`,
    drawing.body,
    '</svg>',
  ].join('\n');
}
