import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, '..');

/** Runs the checker CLI as a child process; resolves with exit code and both streams. */
async function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/check.ts', ...args], {
      cwd: packageDir,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('--json prints exactly one JSON object of the documented shape, and exits 1 on errors', async () => {
  const { code, stdout, stderr } = await check(['--json', '--root', 'test/fixtures/unknown-jargon']);
  expect(code).toBe(1);
  const report = JSON.parse(stdout);
  expect(Object.keys(report)).toEqual(['ok', 'counts', 'errors', 'warnings', 'readability']);
  expect(report.ok).toBe(false);
  expect(Object.keys(report.counts)).toEqual([
    'lessons',
    'decks',
    'questions',
    'glossary',
    'figures',
    'byTopic',
    'byDeck',
  ]);
  expect(report.counts.byTopic.management).toEqual({ lessons: 1, questions: 0, figures: [] });
  expect(report.errors).toContainEqual({
    file: 'content/test/fixtures/unknown-jargon/lessons/management/sample.mdx',
    line: 18,
    column: 9,
    rule: 'textlint/no-unknown-jargon',
    message: expect.stringContaining('ファイアウォール'),
  });
  expect(Object.keys(report.readability[0]).sort()).toEqual([
    'id',
    'jreadability',
    'longestSentence',
    'sentences',
    'tateishi',
  ]);
  expect(stderr).toContain('loaded 1 lessons');
});

test('plain output is path:line:column  rule-id  message; a valid root exits 0', async () => {
  const broken = await check(['--root', 'test/fixtures/minutes-far-off']);
  expect(broken.code).toBe(1);
  expect(broken.stdout).toMatch(
    /^content\/test\/fixtures\/minutes-far-off\/lessons\/management\/sample\.mdx:6:1 {2}lesson-minutes {2}minutes: 9/m,
  );
  const valid = await check(['--root', 'test/fixtures/valid']);
  expect(valid.code).toBe(0);
  expect(valid.stdout).toBe('');
});

test('--json lists the figures of each deck once, in slide order (fixture deck-figures)', async () => {
  const { stdout } = await check(['--json', '--root', 'test/fixtures/deck-figures']);
  const report = JSON.parse(stdout);
  expect(report.counts.figures).toBe(2);
  expect(report.counts.byDeck).toEqual({ 'owner-seminar': { figures: ['budget-plans', 'first-hour'] } });
  // The fixture has one lesson, so only the topics without lessons are reported; its figures are fine.
  expect(new Set(report.errors.map((error: { rule: string }) => error.rule))).toEqual(
    new Set(['topic-empty']),
  );
});
