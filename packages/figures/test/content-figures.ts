import { type ChartFigure, type DiagramFigure, type Figure, loadFigureFiles } from '@mamoru/content';

/** The real figures under content/figures (checked: loading throws on any problem). */
export const figures: Figure[] = await loadFigureFiles();
export const charts = figures.filter((figure): figure is ChartFigure => figure.kind === 'chart');
export const diagrams = figures.filter((figure): figure is DiagramFigure => figure.kind === 'diagram');

/** A small grouped-bar chart, a kind no content figure uses yet. */
export const groupedBar: ChartFigure = {
  id: 'grouped-sample',
  kind: 'chart',
  chart: 'grouped-bar',
  title: '見本 <グラフ> & "引用"',
  takeaway: '見本の数字です。',
  unit: '件',
  categories: ['A社', 'B社'],
  series: [
    { name: '2020年', values: [1200, 30] },
    { name: '2021年', values: [1500.5, 45] },
  ],
  asOf: 2021,
  source: { title: '見本', publisher: '見本の会', year: 2022 },
};
