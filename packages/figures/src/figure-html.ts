import type { Figure } from '@mamoru/content';
import { figureDataTable } from './data-table.ts';
import { escapeMarkup } from './escape.ts';
import { sourceLine, titleWithYear } from './format.ts';
import type { RenderOptions } from './options.ts';
import { renderFigureSvg } from './render-svg.ts';

/**
 * The whole figure for a page: the SVG, the data table inside <details> (closed; a reader opens it
 * on request), and a caption with the year, source and note. The site's `<Figure id>` and the
 * deck slides insert this as it is, so every channel shows the same caption.
 */
export function renderFigureHtml(figure: Figure, options: RenderOptions = {}): string {
  const source = sourceLine(figure);
  const lines = [
    `<span class="figure-title">${escapeMarkup(titleWithYear(figure))}</span>`,
    ...(source ? [`<small class="figure-source">${escapeMarkup(source)}</small>`] : []),
    ...(figure.note ? [`<small class="figure-note">${escapeMarkup(figure.note)}</small>`] : []),
  ];
  const summary = figure.kind === 'chart' ? '数字を表で見る' : '内容を表で見る';
  const prefix = options.idPrefix ?? `fig-${figure.id}`;
  return [
    `<figure class="figure" id="${escapeMarkup(prefix)}">`,
    renderFigureSvg(figure, { ...options, idPrefix: `${prefix}-svg` }),
    `<details class="figure-table"><summary>${summary}</summary>${figureDataTable(figure)}</details>`,
    // Last: a <figcaption> must be the first or the last child of its <figure> (HTML, html-validate).
    `<figcaption>${lines.join('<br>')}</figcaption>`,
    '</figure>',
  ].join('\n');
}
