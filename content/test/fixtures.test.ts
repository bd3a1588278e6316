import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../src/check/run-check.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const fileOf = (name: string, relative: string) => `content/test/fixtures/${name}/${relative}`;

/** Each broken fixture is a tiny content root with exactly one thing wrong. */
const brokenCases: { name: string; file: string; line: number; column?: number; rule: string }[] = [
  { name: 'bad-yaml', file: 'quizzes/management.yaml', line: 5, column: 3, rule: 'yaml-syntax' },
  { name: 'unknown-key', file: 'lessons/management/sample.mdx', line: 8, column: 1, rule: 'schema' },
  { name: 'missing-field', file: 'lessons/management/sample.mdx', line: 2, rule: 'schema' },
  { name: 'answer-out-of-range', file: 'quizzes/management.yaml', line: 9, column: 3, rule: 'schema' },
  { name: 'label-too-long', file: 'quizzes/management.yaml', line: 9, column: 7, rule: 'schema' },
  { name: 'dangling-lesson', file: 'quizzes/management.yaml', line: 3, column: 3, rule: 'ref-lesson' },
  { name: 'duplicate-id', file: 'quizzes/management.yaml', line: 1, column: 3, rule: 'duplicate-id' },
  { name: 'choice-without-why', file: 'quizzes/management.yaml', line: 9, column: 7, rule: 'choice-why' },
  {
    name: 'term-not-explained',
    file: 'lessons/management/sample.mdx',
    line: 18,
    column: 1,
    rule: 'textlint/term-explained',
  },
  {
    name: 'unknown-jargon',
    file: 'lessons/management/sample.mdx',
    line: 18,
    column: 9,
    rule: 'textlint/no-unknown-jargon',
  },
  {
    name: 'topic-not-folder',
    file: 'lessons/management/sample.mdx',
    line: 4,
    column: 1,
    rule: 'topic-folder',
  },
  { name: 'deck-missing-question', file: 'decks/owner-seminar.mdx', line: 18, rule: 'ref-question' },
  {
    name: 'broken-lesson-link',
    file: 'lessons/management/sample.mdx',
    line: 18,
    column: 13,
    rule: 'ref-link',
  },
  {
    name: 'minutes-far-off',
    file: 'lessons/management/sample.mdx',
    line: 6,
    column: 1,
    rule: 'lesson-minutes',
  },
  { name: 'bad-frontmatter', file: 'lessons/management/sample.mdx', line: 1, rule: 'frontmatter' },
  {
    name: 'sentence-too-long',
    file: 'lessons/management/sample.mdx',
    line: 18,
    rule: 'textlint/sentence-length',
  },
  { name: 'postback-too-long', file: 'quizzes/management.yaml', line: 1, column: 3, rule: 'line-postback' },
  { name: 'unknown-term-id', file: 'lessons/management/sample.mdx', line: 18, column: 1, rule: 'ref-term' },
  { name: 'deck-minutes', file: 'decks/owner-seminar.mdx', line: 4, column: 1, rule: 'deck-minutes' },
  { name: 'glossary-bad-reading', file: 'glossary/management.yaml', line: 3, column: 3, rule: 'schema' },
  { name: 'bad-deck-mdx', file: 'decks/owner-seminar.mdx', line: 1, column: 1, rule: 'mdx-syntax' },
  { name: 'lesson-md', file: 'lessons/management/sample.md', line: 1, column: 1, rule: 'lesson-path' },
  // Lessons go through the MDX parser (src/mdx/): its syntax errors and what a lesson may not write.
  {
    name: 'callout-not-closed',
    file: 'lessons/management/sample.mdx',
    line: 17,
    column: 1,
    rule: 'mdx-syntax',
  },
  {
    name: 'lesson-tag-unknown',
    file: 'lessons/management/sample.mdx',
    line: 18,
    column: 13,
    rule: 'mdx-component',
  },
  {
    name: 'unknown-component',
    file: 'lessons/management/sample.mdx',
    line: 18,
    column: 13,
    rule: 'mdx-component',
  },
  { name: 'deck-term-without-id', file: 'decks/owner-seminar.mdx', line: 11, column: 13, rule: 'mdx-prop' },
  { name: 'term-without-id', file: 'lessons/management/sample.mdx', line: 18, column: 13, rule: 'mdx-prop' },
  {
    name: 'lesson-import',
    file: 'lessons/management/sample.mdx',
    line: 19,
    column: 1,
    rule: 'mdx-import-export',
  },
  {
    name: 'lesson-expression',
    file: 'lessons/management/sample.mdx',
    line: 18,
    column: 13,
    rule: 'mdx-expression',
  },
  { name: 'duplicate-term', file: 'glossary/management.yaml', line: 4, column: 13, rule: 'duplicate-term' },
  {
    name: 'no-today-section',
    file: 'lessons/management/sample.mdx',
    line: 21,
    column: 1,
    rule: 'lesson-today',
  },
  {
    name: 'exam-area-missing',
    file: 'quizzes/exam-practice/sample.yaml',
    line: 1,
    column: 3,
    rule: 'exam-area',
  },
  // Figures (content/figures/): what the checker catches in the figure files and their uses.
  { name: 'figure-no-source', file: 'figures/arrests.yaml', line: 1, column: 1, rule: 'figure-source' },
  { name: 'figure-not-a-number', file: 'figures/budget.yaml', line: 9, column: 19, rule: 'schema' },
  { name: 'figure-svg-no-title', file: 'figures/drawn.svg', line: 3, column: 1, rule: 'figure-svg' },
  { name: 'figure-missing', file: 'lessons/management/sample.mdx', line: 20, column: 1, rule: 'ref-figure' },
  {
    name: 'question-figure-missing',
    file: 'quizzes/management.yaml',
    line: 12,
    column: 3,
    rule: 'ref-figure',
  },
  {
    name: 'deck-figure-per-slide',
    file: 'decks/owner-seminar.mdx',
    line: 13,
    column: 1,
    rule: 'deck-figure-per-slide',
  },
];

describe('broken content is rejected with the right file, line and rule', () => {
  test.each(brokenCases)('$name -> $rule at $file:$line', async ({ name, file, line, column, rule }) => {
    const report = await checkContent({ root: fixture(name), requireEveryTopic: false });
    expect(report.ok).toBe(false);
    const expectedFile = fileOf(name, file);
    const [first] = report.errors;
    expect(first).toMatchObject({
      file: expectedFile,
      line,
      rule,
      ...(column === undefined ? {} : { column }),
    });
    expect(first?.message.length).toBeGreaterThan(0);
    // The fixture has one thing wrong: nothing else is reported (a YAML error may yield several lines).
    for (const error of report.errors)
      expect({ file: error.file, rule: error.rule }).toEqual({ file: expectedFile, rule });
  });
});

test('a share chart whose parts do not add up to 100 and a short series are both reported', async () => {
  const report = await checkContent({ root: fixture('figure-bad-shares'), requireEveryTopic: false });
  const file = fileOf('figure-bad-shares', 'figures/devices.yaml');
  expect(report.errors.map(({ file: where, line, rule }) => ({ where, line, rule }))).toEqual([
    { where: file, line: 6, rule: 'figure-share-sum' },
    { where: file, line: 6, rule: 'figure-share-sum' },
    { where: file, line: 11, rule: 'figure-series-length' },
  ]);
  expect(report.counts.figures).toBe(1);
});

test('the valid fixture set passes every rule, topic coverage included', async () => {
  const report = await checkContent({ root: fixture('valid') });
  expect(report.errors).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.counts).toMatchObject({ lessons: 14, questions: 2, glossary: 1, decks: 1 });
  expect(report.counts.byTopic.management).toEqual({ lessons: 1, questions: 2, figures: [] });
  expect(report.counts.byDeck).toEqual({ 'owner-seminar': { figures: [] } });
  expect(report.readability).toHaveLength(14);
});

test('a topic without lessons is an error', async () => {
  const report = await checkContent({ root: fixture('topic-empty') });
  expect(report.errors.map((error) => error.rule)).toEqual(new Array(13).fill('topic-empty'));
  expect(report.errors).toContainEqual(
    expect.objectContaining({ file: 'content/test/fixtures/topic-empty/lessons/bcp/', rule: 'topic-empty' }),
  );
});

test('all problems are reported: several broken files at once', async () => {
  const roots = ['unknown-key', 'dangling-lesson'];
  const reports = await Promise.all(
    roots.map((name) => checkContent({ root: fixture(name), requireEveryTopic: false })),
  );
  expect(reports.map((report) => report.errors.length)).toEqual([1, 1]);
  const bad = await checkContent({ root: fixture('bad-yaml'), requireEveryTopic: false });
  expect(bad.errors.length).toBeGreaterThanOrEqual(1);
  expect(bad.counts.lessons).toBe(1);
});

test('a glossary plain with other jargon is a warning, not an error', async () => {
  const report = await checkContent({ root: fixture('glossary-plain-jargon'), requireEveryTopic: false });
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([
    {
      file: 'content/test/fixtures/glossary-plain-jargon/glossary/management.yaml',
      line: 5,
      column: 3,
      rule: 'glossary-plain-jargon',
      message: 'ransomware の plain に、ほかの専門用語らしい語があります: ビットコイン、マルウェア',
    },
  ]);
});
