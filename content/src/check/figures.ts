import type { SourceMap } from '../load/source-info.ts';
import type { Problem } from '../problem.ts';
import type { ChartFigure, DiagramFigure, Figure } from '../schemas/figure.ts';
import type { Question } from '../schemas/question.ts';
import { positionIn } from './context.ts';

type Report = (problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;

/** How far a share chart's parts may stray from 100 (rounding in the published numbers). */
export const SHARE_TOLERANCE = 0.5;

/**
 * Rules the schema cannot express: a chart has a source, series match the categories, shares add
 * up to about 100, the takeaway is one sentence, the year is not after the source, arrows join
 * existing boxes, ids are unique. Each problem points at the file and line of the field.
 */
export function checkFigures(figures: readonly Figure[], sources: SourceMap, report: Report): void {
  const seen = new Set<string>();
  for (const figure of figures) {
    const info = sources.get(figure);
    const at = (path: readonly PropertyKey[]) => ({
      file: info?.file ?? `figures/${figure.id}.yaml`,
      ...(info?.locate(path) ?? { line: 1, column: 1 }),
    });
    const fail = (path: readonly PropertyKey[], rule: string, message: string) =>
      report({ ...at(path), rule, message: `図 ${figure.id}: ${message}` });

    if (seen.has(figure.id)) fail([], 'duplicate-id', `id "${figure.id}" が重複しています`);
    seen.add(figure.id);

    const sentences = figure.takeaway.split('。').filter((part) => part.trim() !== '');
    if (!figure.takeaway.trim().endsWith('。') || sentences.length !== 1) {
      fail(['takeaway'], 'figure-takeaway', 'takeaway は「。」で終わる1文にしてください');
    }
    if (figure.source && figure.asOf !== undefined && figure.asOf > figure.source.year) {
      fail(['asOf'], 'figure-year', `asOf (${figure.asOf}) が出典の年 (${figure.source.year}) より後です`);
    }
    if (figure.kind === 'chart') checkChart(figure, fail);
    else checkDiagram(figure, fail);
  }
}

type Fail = (path: readonly PropertyKey[], rule: string, message: string) => void;

function checkChart(figure: ChartFigure, fail: Fail): void {
  if (!figure.source) {
    fail(['kind'], 'figure-source', 'グラフには出典 (source: title, publisher, year) が必要です');
  }
  if (figure.asOf === undefined) {
    fail(['kind'], 'figure-year', 'グラフには数字の年 (asOf) が必要です');
  }
  figure.series.forEach((series, index) => {
    if (series.values.length !== figure.categories.length) {
      fail(
        ['series', index, 'values'],
        'figure-series-length',
        `系列「${series.name}」の値が ${series.values.length} 個ですが、categories は ${figure.categories.length} 個です`,
      );
    }
    series.values.forEach((value, valueIndex) => {
      if (!Number.isFinite(value) || (figure.chart !== 'line' && value < 0)) {
        fail(['series', index, 'values', valueIndex], 'figure-number', `値 ${value} はグラフにできません`);
      }
    });
  });
  const seriesCount = figure.series.length;
  if ((figure.chart === 'bar' || figure.chart === 'line') && seriesCount !== 1) {
    fail(['series'], 'figure-series-count', `${figure.chart} の系列は1つです (grouped-bar を使ってください)`);
  }
  if ((figure.chart === 'grouped-bar' || figure.chart === 'share') && seriesCount < 2) {
    fail(['series'], 'figure-series-count', `${figure.chart} には系列が2つ以上必要です`);
  }
  if (figure.chart === 'line' && figure.categories.length < 2) {
    fail(['categories'], 'figure-series-count', '折れ線 (line) には2つ以上の categories が必要です');
  }
  if (figure.chart === 'share') checkShares(figure, fail);
}

function checkShares(figure: ChartFigure, fail: Fail): void {
  if (figure.unit !== '%') fail(['unit'], 'figure-unit', '割合 (share) のグラフの unit は % です');
  figure.categories.forEach((category, index) => {
    const total = figure.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0);
    if (Math.abs(total - 100) > SHARE_TOLERANCE) {
      fail(
        ['categories', index],
        'figure-share-sum',
        `「${category}」の割合の合計が ${Number(total.toFixed(2))}% です (100% になるようにしてください)`,
      );
    }
  });
}

function checkDiagram(figure: DiagramFigure, fail: Fail): void {
  const ids = new Set<string>();
  figure.nodes.forEach((node, index) => {
    if (ids.has(node.id)) fail(['nodes', index, 'id'], 'figure-ref', `箱の id "${node.id}" が重複しています`);
    ids.add(node.id);
  });
  if (figure.layout === 'steps' && figure.edges !== undefined) {
    fail(['edges'], 'figure-ref', 'steps の図には edges を書きません (順番どおりに矢印が付きます)');
  }
  if (figure.layout === 'flow' && (figure.edges ?? []).length === 0) {
    fail(['layout'], 'figure-ref', 'flow の図には edges (矢印) が必要です');
  }
  (figure.edges ?? []).forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(edge[end])) {
        fail(['edges', index, end], 'figure-ref', `矢印の ${end} "${edge[end]}" という箱はありません`);
      }
    }
  });
  const cells = new Set<string>();
  figure.nodes.forEach((node, index) => {
    const cell = `${node.row ?? index + 1}:${node.column ?? 1}`;
    if (cells.has(cell)) fail(['nodes', index], 'figure-ref', `箱 "${node.id}" が別の箱と同じ位置にあります`);
    cells.add(cell);
  });
}

/**
 * `<Figure id="...">` in lesson and deck bodies must name an existing figure. Bodies come from the
 * caller (the lesson loader is being rewritten, so this takes plain text and a start line).
 */
export function checkFigureReferences(
  bodies: readonly { file: string; body: string; startLine: number }[],
  figureIds: ReadonlySet<string>,
  report: Report,
): void {
  for (const { file, body, startLine } of bodies) {
    for (const match of body.matchAll(FIGURE_TAG)) {
      const id = match[1] ?? '';
      if (figureIds.has(id)) continue;
      report({
        file,
        ...positionIn(body, match.index, startLine),
        rule: 'ref-figure',
        message: `<Figure id="${id}"> の図 (content/figures/${id}.yaml) がありません`,
      });
    }
  }
}

/**
 * A question's `figure` must name an existing figure that the question's own lesson places: the bot
 * links the picture to that lesson's figure (`#fig-<id>`), where its data table is. Reported at the
 * `figure` field's line.
 */
export function checkQuestionFigures(
  questions: readonly Question[],
  figureIds: ReadonlySet<string>,
  lessonBodies: ReadonlyMap<string, string>,
  sources: SourceMap,
  report: Report,
): void {
  for (const question of questions) {
    const id = question.figure;
    if (id === undefined) continue;
    const info = sources.get(question);
    const at = { file: info?.file ?? '', ...(info?.locate(['figure']) ?? { line: 1, column: 1 }) };
    if (!figureIds.has(id)) {
      report({
        ...at,
        rule: 'ref-figure',
        message: `問題 ${question.id} の figure "${id}" の図 (content/figures/${id}.yaml) がありません`,
      });
    } else if (!figureIdsIn(lessonBodies.get(question.lesson) ?? '').includes(id)) {
      report({
        ...at,
        rule: 'question-figure-lesson',
        message: `問題 ${question.id} の図 "${id}" は、レッスン ${question.lesson} に <Figure id="${id}" /> がありません (ボットの図はレッスンの図につながります)`,
      });
    }
  }
}

const FIGURE_TAG = /<Figure\s+id=["']([^"']*)["']/g;

/** The figure ids a lesson or deck body places, each once, in order of first use. */
export function figureIdsIn(body: string): string[] {
  return [...new Set([...body.matchAll(FIGURE_TAG)].map((match) => match[1] ?? ''))];
}
