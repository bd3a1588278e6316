import { expect, test } from 'vitest';
import type { CheckContext } from '../src/check/context.ts';
import { checkReadability } from '../src/check/readability.ts';
import type { Problem } from '../src/problem.ts';
import { measureReadability } from '../src/readability/measure.ts';
import { splitSentences } from '../src/readability/sentences.ts';
import type { Lesson } from '../src/types.ts';

const easy = [
  'パソコンの中のデータは、ある日きえることがあります。',
  'だから、べつの場所に写しをとっておきます。',
  '- 毎週、金曜日にとります。',
].join('\n');
const hard =
  '情報資産管理台帳整備及び脆弱性対策実施状況確認手順書策定は経営者責任範囲内重要事項であり、早急対応要求事項該当案件として組織横断的推進体制確立が必要不可欠である。';

test('sentences split after 。？！ and at line ends, list markers dropped', () => {
  expect(splitSentences('一つめです。二つめですか？\n・三つめ\n\n')).toEqual([
    '一つめです。',
    '二つめですか？',
    '三つめ',
  ]);
});

test('plain Japanese scores higher (easier) than dense kango on both scales', async () => {
  const plain = await measureReadability('a/easy', easy);
  const dense = await measureReadability('a/hard', hard);
  expect(plain.jreadability).toBeGreaterThan(dense.jreadability + 2);
  expect(plain.tateishi).toBeGreaterThan(dense.tateishi + 20);
  expect(plain).toMatchObject({ sentences: 3, longestSentence: 26 });
  expect(dense.sentences).toBe(1);
});

/** A check context over one lesson that collects what the check reports. */
function collectingContext(lesson: Lesson): { context: CheckContext; problems: Problem[] } {
  const problems: Problem[] = [];
  const context = {
    content: { lessons: [lesson] },
    sources: new WeakMap(),
    report: (problem: Problem) => problems.push(problem),
  } as unknown as CheckContext;
  return { context, problems };
}

test('a lesson under a floor is a warning, or an error once the config says so', async () => {
  const lesson = { id: 'a/hard', file: 'content/lessons/a/hard.md' } as Lesson;
  const score = await measureReadability('a/hard', hard);
  for (const severity of ['warning', 'error'] as const) {
    const { context, problems } = collectingContext(lesson);
    checkReadability(context, [score], {
      jreadabilityFloor: 2.3,
      tateishiFloor: 55,
      minSentences: 1,
      severity,
    });
    expect(problems.map((problem) => [problem.rule, problem.severity])).toEqual([
      ['readability-jreadability', severity],
      ['readability-tateishi', severity],
    ]);
  }
});

test('a lesson with fewer sentences than the minimum is not judged', async () => {
  const lesson = { id: 'a/hard', file: 'content/lessons/a/hard.md' } as Lesson;
  const score = await measureReadability('a/hard', hard);
  const { context, problems } = collectingContext(lesson);
  const floors = { jreadabilityFloor: 2.3, tateishiFloor: 55, severity: 'error' as const };
  checkReadability(context, [score], { ...floors, minSentences: score.sentences + 1 });
  expect(problems).toEqual([]);
  checkReadability(context, [score], { ...floors, minSentences: score.sentences });
  expect(problems).toHaveLength(2);
});
