import type { ChartFigure, DiagramFigure, Figure } from '@mamoru/content';
import { escapeMarkup } from './escape.ts';
import { formatValue, sourceLine } from './format.ts';

/**
 * The figure's data as a real HTML table, for screen readers and for anyone who would rather read
 * the numbers (the site shows it inside <details>). Charts: one row per category, one column per
 * series. Diagrams: one row per box, with where its arrows lead.
 */
export function figureDataTable(figure: Figure): string {
  return figure.kind === 'chart' ? chartTable(figure) : diagramTable(figure);
}

function caption(figure: Figure, extra: string): string {
  const year = figure.asOf === undefined ? '' : `${figure.asOf}年`;
  const notes = [extra, year].filter((part) => part !== '').join('、');
  const source = sourceLine(figure);
  return `<caption>${escapeMarkup(figure.title)}${notes ? `（${escapeMarkup(notes)}）` : ''}${
    source ? `<br><small>${escapeMarkup(source)}</small>` : ''
  }</caption>`;
}

function chartTable(figure: ChartFigure): string {
  const head = [figure.categoryTitle ?? '項目', ...figure.series.map((series) => series.name)]
    .map((name) => `<th scope="col">${escapeMarkup(name)}</th>`)
    .join('');
  const rows = figure.categories.map((category, index) => {
    const cells = figure.series
      .map((series) => {
        const value = series.values[index];
        return `<td>${value === undefined ? '' : escapeMarkup(formatValue(value, figure.unit))}</td>`;
      })
      .join('');
    return `<tr><th scope="row">${escapeMarkup(category)}</th>${cells}</tr>`;
  });
  return [
    '<table class="figure-data">',
    caption(figure, `単位：${figure.unit}`),
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('');
}

function diagramTable(figure: DiagramFigure): string {
  const steps = figure.layout === 'steps';
  const labelOf = new Map(figure.nodes.map((node) => [node.id, node.label]));
  const edges = figure.edges ?? [];
  const rows = figure.nodes.map((node, index) => {
    const next = steps
      ? (figure.nodes[index + 1]?.label ?? '')
      : edges
          .filter((edge) => edge.from === node.id)
          .map((edge) => `${labelOf.get(edge.to) ?? edge.to}${edge.label ? `（${edge.label}）` : ''}`)
          .join('、');
    const head = steps ? `${index + 1}. ${node.label}` : node.label;
    return `<tr><th scope="row">${escapeMarkup(head)}</th><td>${escapeMarkup(node.detail ?? '')}</td><td>${escapeMarkup(next)}</td></tr>`;
  });
  return [
    '<table class="figure-data">',
    caption(figure, ''),
    `<thead><tr><th scope="col">${steps ? '順番' : '箱'}</th><th scope="col">説明</th><th scope="col">次へ</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('');
}
