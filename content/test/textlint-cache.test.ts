import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../src/check/run-check.ts';

const temp = await mkdtemp(path.join(os.tmpdir(), 'mamoru-cache-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

test('the textlint cache returns the same findings and re-lints changed text or glossary', async () => {
  const root = path.join(temp, 'root');
  await cp(path.join(import.meta.dirname, 'fixtures', 'term-not-explained'), root, { recursive: true });
  const cacheFile = path.join(temp, 'cache.json');
  const run = () => checkContent({ root, requireEveryTopic: false, textlintCacheFile: cacheFile });

  const first = await run();
  expect(first.errors.map((error) => error.rule)).toEqual(['textlint/term-explained']);
  expect(JSON.parse(await readFile(cacheFile, 'utf8')).entries).not.toEqual({});
  expect((await run()).errors).toEqual(first.errors);

  // Explaining the term in the text: the changed file is linted again.
  const lesson = path.join(root, 'lessons/management/sample.mdx');
  const text = await readFile(lesson, 'utf8');
  await writeFile(lesson, text.replace('ランサムウェアは', '<Term id="ransomware">ランサムウェア</Term>は'));
  expect((await run()).errors).toEqual([]);

  // Back to the bare word, but the term leaves the glossary: the glossary is part of the key, so
  // the cached term-explained finding is not reused and the word is now unknown jargon instead.
  await writeFile(lesson, text);
  await writeFile(path.join(root, 'glossary/management.yaml'), '[]\n');
  expect((await run()).errors.map((error) => error.rule)).toEqual(['textlint/no-unknown-jargon']);
});
