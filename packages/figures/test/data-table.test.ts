import { describe, expect, test } from 'vitest';
import { figureDataTable, formatValue } from '../src/index.ts';
import { charts, diagrams } from './content-figures.ts';

describe('figureDataTable', () => {
  test.each(charts.map((figure) => [figure.id, figure] as const))(
    '%s: a table with every number, its unit, the year and the source',
    (_id, figure) => {
      const table = figureDataTable(figure);
      expect(table).toMatch(/^<table class="figure-data"><caption>/);
      expect(table).toContain(`単位：${figure.unit}`);
      expect(table).toContain(`${figure.asOf}年`);
      expect(table).toContain(`出典：`);
      expect(table).toContain(figure.source!.publisher);
      for (const series of figure.series) {
        expect(table).toContain(`<th scope="col">${series.name}</th>`);
        for (const value of series.values)
          expect(table).toContain(`<td>${formatValue(value, figure.unit)}</td>`);
      }
      for (const category of figure.categories) expect(table).toContain(`<th scope="row">${category}</th>`);
      expect(table.match(/<tr>/g)).toHaveLength(figure.categories.length + 1);
    },
  );

  test.each(diagrams.map((figure) => [figure.id, figure] as const))('%s: one row per box', (_id, figure) => {
    const table = figureDataTable(figure);
    for (const node of figure.nodes) expect(table).toContain(node.label);
    expect(table.match(/<tr>/g)).toHaveLength(figure.nodes.length + 1);
  });

  test('the seed numbers read as a person would say them', () => {
    const arrests = charts.find((figure) => figure.id === 'tokyo-cybercrime-arrests')!;
    const table = figureDataTable(arrests);
    expect(table).toContain('<th scope="row">2010年</th><td>631件</td>');
    expect(table).toContain('<th scope="row">2014年</th><td>1,180件</td>');
  });
});
