import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFigureDrawings } from '../src/check/figure-drawings.ts';
import { checkFigureReferences, checkFigures, checkQuestionFigures } from '../src/check/figures.ts';
import { loadFigures } from '../src/load/load-figures.ts';
import { PACKAGE_DIR } from '../src/load/locations.ts';
import type { SourceMap } from '../src/load/source-info.ts';
import type { Problem } from '../src/problem.ts';
import type { Figure } from '../src/schemas/figure.ts';
import { type Question, questionSchema } from '../src/schemas/question.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

/** Loads and checks the figures under `root`, as content:check will. */
async function loadAndCheck(root: string): Promise<{ figures: Figure[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const sources: SourceMap = new WeakMap();
  const figures = await loadFigures(root, sources, problems);
  checkFigures(figures, sources, (problem) => problems.push({ severity: 'error', ...problem }));
  return { figures, problems };
}

describe('the content figures', () => {
  test('all load and pass every figure rule', async () => {
    const { figures, problems } = await loadAndCheck(PACKAGE_DIR);
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThanOrEqual(14);
  });

  test('every chart carries its source and the year of its numbers', async () => {
    const { figures } = await loadAndCheck(PACKAGE_DIR);
    const charts = figures.filter((figure) => figure.kind === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      expect(chart.source?.publisher, chart.id).toMatch(/\S/);
      expect(chart.asOf, chart.id).toBeLessThanOrEqual(chart.source?.year ?? 0);
    }
  });

  test('the seed numbers are stored as numbers', async () => {
    const { figures } = await loadAndCheck(PACKAGE_DIR);
    const byId = new Map(figures.map((figure) => [figure.id, figure]));
    const values = (id: string) => {
      const figure = byId.get(id);
      return figure?.kind === 'chart' ? figure.series.map((series) => series.values) : undefined;
    };
    expect(values('budget-plans')).toEqual([[9.5, 27]]);
    expect(values('tokyo-cybercrime-arrests')).toEqual([[631, 1180]]);
    expect(values('security-workforce')).toEqual([[26.5, 16, 8, 24]]);
    expect(values('device-restrictions')?.[0]).toEqual([31.6]);
    expect(values('trade-secret-survey')?.[0]).toEqual([81.1, 17.2]);
  });
});

describe('broken figures are reported with file, line and field', () => {
  test('a chart without a source', async () => {
    const { figures, problems } = await loadAndCheck(fixture('figure-no-source'));
    expect(figures).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/test/fixtures/figure-no-source/figures/arrests.yaml',
        line: 1,
        column: 1,
        rule: 'figure-source',
      }),
    ]);
  });

  test('a number that is not a number', async () => {
    const { figures, problems } = await loadAndCheck(fixture('figure-not-a-number'));
    expect(figures).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/test/fixtures/figure-not-a-number/figures/budget.yaml',
        line: 9,
        column: 19,
        rule: 'schema',
      }),
    ]);
    expect(problems[0]?.message).toContain('series.0.values.1');
  });

  test('series shorter than the categories, and shares that do not add up to 100', async () => {
    const { problems } = await loadAndCheck(fixture('figure-bad-shares'));
    const file = 'content/test/fixtures/figure-bad-shares/figures/devices.yaml';
    expect(problems.map(({ file: where, line, rule }) => ({ where, line, rule }))).toEqual([
      { where: file, line: 11, rule: 'figure-series-length' },
      { where: file, line: 6, rule: 'figure-share-sum' },
      { where: file, line: 6, rule: 'figure-share-sum' },
    ]);
    expect(problems[1]?.message).toContain('91.6%');
  });
});

describe('checkFigureDrawings', () => {
  test('a drawn diagram without a title is reported at its <svg> line', async () => {
    const problems: Omit<Problem, 'severity'>[] = [];
    await checkFigureDrawings(fixture('figure-svg-no-title'), (problem) => problems.push(problem));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/test/fixtures/figure-svg-no-title/figures/drawn.svg',
        line: 3,
        column: 1,
        rule: 'figure-svg',
      }),
    ]);
    expect(problems[0]?.message).toContain('<title>');
  });

  test('the content has no drawing that breaks the rules', async () => {
    const problems: Omit<Problem, 'severity'>[] = [];
    await checkFigureDrawings(PACKAGE_DIR, (problem) => problems.push(problem));
    expect(problems).toEqual([]);
  });
});

describe('checkFigureReferences', () => {
  test('names the line and column of a <Figure> whose id has no file', () => {
    const problems: Omit<Problem, 'severity'>[] = [];
    checkFigureReferences(
      [
        {
          file: 'lessons/a/b.mdx',
          body: '前の行\n図です <Figure id="nope" />\n<Figure id="ok" />',
          startLine: 10,
        },
      ],
      new Set(['ok']),
      (problem) => problems.push(problem),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'lessons/a/b.mdx', line: 11, column: 5, rule: 'ref-figure' }),
    ]);
  });
});

describe('checkQuestionFigures', () => {
  const question = (id: string, figure: string): Question =>
    questionSchema.parse({
      id,
      topic: 'management',
      lesson: 'management/sample',
      type: 'truefalse',
      prompt: '小さな店もねらわれます。',
      choices: [{ label: '正しい' }, { label: 'まちがい' }],
      answer: [0],
      explanation: '小さな店でもカード情報がもれた例があります。',
      difficulty: 1,
      figure,
    });

  test('a figure that exists and that the question’s lesson places passes; others are named', () => {
    const questions = [question('q-1', 'placed'), question('q-2', 'nope'), question('q-3', 'elsewhere')];
    const sources: SourceMap = new WeakMap();
    questions.forEach((q, index) => {
      sources.set(q, {
        file: 'quizzes/management.yaml',
        absolutePath: '/content/quizzes/management.yaml',
        locate: () => ({ line: 10 * (index + 1), column: 3 }),
      });
    });
    const problems: Omit<Problem, 'severity'>[] = [];
    checkQuestionFigures(
      questions,
      new Set(['placed', 'elsewhere']),
      new Map([['management/sample', '本文\n<Figure id="placed" />\n']]),
      sources,
      (problem) => problems.push(problem),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'quizzes/management.yaml', line: 20, column: 3, rule: 'ref-figure' }),
      expect.objectContaining({
        file: 'quizzes/management.yaml',
        line: 30,
        column: 3,
        rule: 'question-figure-lesson',
      }),
    ]);
  });
});
