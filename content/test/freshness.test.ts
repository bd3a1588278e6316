import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshnessConfig } from '../freshness.config.ts';
import { checkFreshness, monthsBefore } from '../src/check/freshness.ts';
import { checkContent } from '../src/check/run-check.ts';
import { collectContent } from '../src/load/collect.ts';
import type { Problem } from '../src/problem.ts';

const root = path.join(import.meta.dirname, 'fixtures', 'stale-review');
const file = (relative: string) => `content/test/fixtures/stale-review/${relative}`;
const today = new Date('2026-12-04');

/** The freshness problems of the fixture for a given period and day. */
async function freshness(maxAgeMonths: number, on: Date): Promise<Omit<Problem, 'severity'>[]> {
  const collected = await collectContent(root);
  const found: Omit<Problem, 'severity'>[] = [];
  checkFreshness(
    { ...collected, report: ({ severity: _severity, ...problem }) => found.push(problem) },
    { ...freshnessConfig, maxAgeMonths },
    on,
  );
  return found;
}

describe('freshness: a checked date older than the configured period is a warning', () => {
  test('content:check warns on the stale lesson and on the question with its own stale date', async () => {
    const report = await checkContent({ root, requireEveryTopic: false, today });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.warnings.filter((warning) => warning.rule === 'freshness')).toEqual([
      {
        file: file('lessons/management/sample.mdx'),
        line: 14,
        column: 1,
        rule: 'freshness',
        message:
          '確認日 2025-10-01 から12か月以上たっています（日付を持たない問題1問もこの日付です）。窓口・制度・版・件数・料金などを確かめ直し、reviewed を更新してください',
      },
      {
        file: file('quizzes/management.yaml'),
        line: 23,
        column: 3,
        rule: 'freshness',
        message:
          '確認日 2025-06-30 から12か月以上たっています。窓口・制度・版・件数・料金などを確かめ直し、reviewed を更新してください',
      },
    ]);
  });

  test('the period comes from the config, and a date on the cutoff day is still fresh', async () => {
    expect((await freshness(24, today)).map((p) => p.file)).toEqual([]);
    expect((await freshness(15, today)).map((p) => p.file)).toEqual([file('quizzes/management.yaml')]);
    // 2026-11-27 (budget lesson) is exactly one month before 2026-12-27: not yet stale, a day later it is.
    const onCutoff = await freshness(1, new Date('2026-12-27'));
    expect(onCutoff.map((p) => p.file)).not.toContain(file('lessons/management/budget.mdx'));
    const dayAfter = await freshness(1, new Date('2026-12-28'));
    expect(dayAfter.map((p) => p.file)).toContain(file('lessons/management/budget.mdx'));
  });

  test('months are calendar months', () => {
    expect(monthsBefore(new Date('2026-12-04'), 12).toISOString().slice(0, 10)).toBe('2025-12-04');
    expect(monthsBefore(new Date('2026-03-31'), 1).toISOString().slice(0, 10)).toBe('2026-03-03');
  });
});
