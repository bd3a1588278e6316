import type { Figure } from '@mamoru/content';
import { figureDataTable } from './data-table.ts';
import { escapeMarkup } from './escape.ts';
import { sourceLine, titleWithYear } from './format.ts';
import type { RenderOptions } from './options.ts';
import { renderFigureSvg } from './render-svg.ts';

export interface FigureHtmlOptions extends RenderOptions {
  /**
   * How the data table comes with the picture: `details` (default; a reader opens it on request) or
   * `visually-hidden` (slides: a projected slide has no room for a button, a screen reader still
   * reads the table; the page's CSS defines `.visually-hidden`).
   */
  dataTable?: 'details' | 'visually-hidden';
}

/**
 * The whole figure for a page: the SVG, the data table inside <details> (closed; a reader opens it
 * on request), and a caption with the year, source and note. The site's `<Figure id>` and the
 * deck slides insert this as it is, so every channel shows the same caption.
 */
export function renderFigureHtml(figure: Figure, options: FigureHtmlOptions = {}): string {
  const source = sourceLine(figure);
  const lines = [
    `<span class="figure-title">${escapeMarkup(titleWithYear(figure))}</span>`,
    ...(source ? [`<small class="figure-source">${escapeMarkup(source)}</small>`] : []),
    ...(figure.note ? [`<small class="figure-note">${escapeMarkup(figure.note)}</small>`] : []),
  ];
  const summary = figure.kind === 'chart' ? '数字を表で見る' : '内容を表で見る';
  const prefix = options.idPrefix ?? `fig-${figure.id}`;
  const { dataTable = 'details', ...renderOptions } = options;
  return [
    `<figure class="figure" id="${escapeMarkup(prefix)}">`,
    renderFigureSvg(figure, { ...renderOptions, idPrefix: `${prefix}-svg` }),
    dataTable === 'details'
      ? `<details class="figure-table"><summary>${summary}</summary>${figureDataTable(figure)}</details>`
      : `<div class="figure-table visually-hidden">${figureDataTable(figure)}</div>`,
    // Last: a <figcaption> must be the first or the last child of its <figure> (HTML, html-validate).
    `<figcaption>${lines.join('<br>')}</figcaption>`,
    '</figure>',
  ].join('\n');
}
