import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../src/check/run-check.ts';

const root = path.join(import.meta.dirname, 'fixtures', 'variant-spelling');

test('a variant spelling in a lesson or in quiz text is an error, with its file, line and the spelling to use', async () => {
  const report = await checkContent({ root, requireEveryTopic: false, today: new Date('2026-12-04') });
  expect(report.warnings).toEqual([]);
  expect(report.errors).toEqual([
    {
      file: 'content/test/fixtures/variant-spelling/lessons/management/sample.mdx',
      line: 18,
      column: 48,
      rule: 'textlint/one-spelling',
      message: '「ウィルス」は「ウイルス」と書きます（1つの語は1つの書き方にそろえます）',
    },
    {
      file: 'content/test/fixtures/variant-spelling/quizzes/management.yaml',
      line: 10,
      column: 3,
      rule: 'one-spelling',
      message: '「ウィルス」は「ウイルス」と書きます（1つの語は1つの書き方にそろえます）',
    },
  ]);
});
