import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lintTexts } from '../src/check/textlint.ts';
import type { GlossaryTerm } from '../src/schemas/glossary.ts';

const temp = await mkdtemp(path.join(os.tmpdir(), 'mamoru-ext-cache-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

const glossary: GlossaryTerm[] = [
  {
    id: 'ransomware',
    term: 'ランサムウェア',
    reading: 'らんさむうぇあ',
    aliases: [],
    plain: 'データを使えなくして、お金を求めるウイルスです。',
    topic: 'external-threats',
  },
];
/** A lesson file: three lines of front matter and a blank line, so the body starts on line 5. */
const lessonText = (...body: string[]) => ['---', 'title: 例', '---', '', ...body, ''].join('\n');
const longSentence = `${'お客さまの名前と住所と電話番号を、'.repeat(5)}紙に書いて、かぎのかかる引き出しにしまいます。`;

const lint = async (file: string, text: string) =>
  (await lintTexts([{ file, text }], glossary)).map(({ line, rule }) => ({ line, rule }));

describe("an MDX lesson is linted through textlint's MDX plugin", () => {
  test('the word inside <Term> is text: a long kanji run there is found', async () => {
    const text = lessonText('<Term id="ransomware">情報漏洩対策規程</Term>を作ります。');
    expect(await lint('lessons/a/b.mdx', text)).toContainEqual({
      line: 5,
      rule: 'textlint/max-kanji-continuous-len',
    });
  });

  test('text in a one-line and in a block <Callout> is linted', async () => {
    const text = lessonText(
      `<Callout type="tip">${longSentence}</Callout>`,
      '',
      '<Callout type="note">',
      '',
      longSentence,
      '',
      '</Callout>',
    );
    const found = await lint('lessons/a/b.mdx', text);
    expect(found).toContainEqual({ line: 5, rule: 'textlint/sentence-length' });
    expect(found).toContainEqual({ line: 9, rule: 'textlint/sentence-length' });
  });

  test('a term first wrapped in <Term> is explained; a bare first use is not', async () => {
    const wrapped = lessonText('<Term id="ransomware">ランサムウェア</Term>に気をつけます。');
    expect(await lint('lessons/a/b.mdx', wrapped)).toEqual([]);
    const bare = lessonText('ランサムウェアに気をつけます。');
    expect(await lint('lessons/a/b.mdx', bare)).toEqual([{ line: 5, rule: 'textlint/term-explained' }]);
  });
});

describe('MDX that does not parse', () => {
  // Braces are a (here broken) JavaScript expression in MDX.
  const braced = lessonText('料金は{1+}円です。');

  test('is one mdx-syntax problem, for a lesson as for a deck', async () => {
    expect(await lint('lessons/a/b.mdx', braced)).toEqual([{ line: 1, rule: 'mdx-syntax' }]);
    expect(await lint('decks/c.mdx', braced)).toEqual([{ line: 1, rule: 'mdx-syntax' }]);
  });

  test('the textlint cache gives the same answer again', async () => {
    const cacheFile = path.join(temp, 'cache.json');
    const run = (file: string) => lintTexts([{ file, text: braced }], glossary, { cacheFile });
    expect((await run('decks/c.mdx')).map((problem) => problem.rule)).toEqual(['mdx-syntax']);
    expect((await run('decks/c.mdx')).map((problem) => problem.rule)).toEqual(['mdx-syntax']);
  });
});
