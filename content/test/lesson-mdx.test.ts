import { describe, expect, test } from 'vitest';
import { checkLessonBody } from '../src/mdx/check-lesson-mdx.ts';
import { findMdxProblems } from '../src/mdx/lesson-mdx-problems.ts';
import { parseMdx } from '../src/mdx/parse-mdx.ts';

/** Problems as `line:column rule message`, lines counted from the body's first line. */
const problemsIn = (body: string) =>
  checkLessonBody(body).map(({ line, column, rule, message }) => `${line}:${column} ${rule} ${message}`);

describe('bodies that use the shared components as the site expects pass', () => {
  test.each([
    ['an inline term', 'まず<Term id="ransomware">ランサムウェア</Term>を知ります。'],
    ['a one-line callout with a term', '<Callout type="tip">補足の<Term id="utm">UTM</Term>です。</Callout>'],
    [
      'a block callout with a title',
      '<Callout type="note" title="紙の見本">\n\n- 社長へ伝えます。\n\n</Callout>',
    ],
    ['a block callout without blank lines', '<Callout type="note">\n- 社長へ伝えます。\n</Callout>'],
    ['a block callout in a list item', '- 項目\n\n  <Callout type="danger">\n\n  中身です。\n\n  </Callout>'],
    [
      'a term in a heading, a quote and a list',
      '## <Term id="bcp">BCP</Term>とは\n\n> <Term id="a">語</Term>です。\n\n- <Term id="a">語</Term>',
    ],
    ['single-quoted attributes', "<Callout type='caution'>気をつけます。</Callout>"],
    ['tags and braces inside code', '`<Foo>` と `{x}` と書きます。\n\n```\n<Slide minutes={3}>\n```'],
    ['escaped brackets and braces', '\\<Term> と \\{ の説明です。'],
    ['a less-than sign before a space or digit', '3 < 5 で、a < b のときです。'],
  ])('%s', (_name, body) => {
    expect(problemsIn(body)).toEqual([]);
  });
});

describe('anything else is reported where it is, by rule', () => {
  test("MDX syntax errors are MDX's own, with line and column", () => {
    expect(problemsIn('一行目\n<Term id="a">閉じない')).toEqual([
      '2:1 mdx-syntax MDX として読めません: Expected a closing tag for `<Term>` (2:1) before the end of `paragraph` (mdx-jsx:unexpected-character)',
    ]);
    expect(problemsIn('<!-- メモ -->')[0]).toMatch(
      /^1:1 mdx-syntax MDX として読めません: Unexpected character `!`/,
    );
    // MDX has no autolinks: a link is [text](url).
    expect(problemsIn('<https://www.ipa.go.jp/>')[0]).toMatch(/^1:1 mdx-syntax .*use `\[text\]\(url\)`/);
  });

  test("the syntax error lines are the file's when the body starts later", () => {
    expect(checkLessonBody('\n<Callout type="tip">', 16)).toMatchObject([
      { line: 17, column: 1, rule: 'mdx-syntax' },
    ]);
    expect(checkLessonBody('\n<Callout type="tip">', 16)[0]?.message).toContain('(17:1)');
  });

  test('an HTML tag or another component is not allowed (names are case-sensitive)', () => {
    expect(
      problemsIn(
        '大切な\n情報は<strong>宝物</strong>です。\n\n<Quiz id="q1" />\n\n<term id="a">語</term>\n\n<>x</>',
      ),
    ).toEqual([
      '2:4 mdx-component <strong> はレッスンで使えません。使えるのは <Term> と <Callout> と <Figure> だけです',
      '4:1 mdx-component <Quiz> はレッスンで使えません。使えるのは <Term> と <Callout> と <Figure> だけです',
      '6:1 mdx-component <term> はレッスンで使えません。使えるのは <Term> と <Callout> と <Figure> だけです',
      '8:1 mdx-component <>（名前のないタグ） はレッスンで使えません。使えるのは <Term> と <Callout> と <Figure> だけです',
    ]);
  });

  test('import, export and expressions are JavaScript: not in a lesson', () => {
    expect(
      problemsIn("import X from './x.astro';\n\nexport const a = 1;\n\n{1 + 1}\n\n文{'字'}です。"),
    ).toEqual([
      '1:1 mdx-import-export import や export はレッスンで使えません。<Term> と <Callout> と <Figure> は import しなくても使えます',
      '3:1 mdx-import-export import や export はレッスンで使えません。<Term> と <Callout> と <Figure> は import しなくても使えます',
      '5:1 mdx-expression { } はレッスンで使えません（MDX では JavaScript の式になります）。文字として書くときは \\{ と書いてください',
      '7:2 mdx-expression { } はレッスンで使えません（MDX では JavaScript の式になります）。文字として書くときは \\{ と書いてください',
    ]);
  });

  test('props are checked against the component map', () => {
    expect(problemsIn('<Term>語</Term>と<Term id="a" lang="en">語</Term>と<Term id="A_1">語</Term>')).toEqual(
      [
        '1:1 mdx-prop <Term> に id がありません。<Term id="用語集の id">語</Term> のように書いてください',
        '1:16 mdx-prop <Term> に lang は書けません。書けるのは id だけです',
        '1:48 mdx-prop <Term> の id "A_1" は、英小文字・数字・ハイフンだけで書いてください',
      ],
    );
    expect(problemsIn('<Callout>x</Callout>\n\n<Callout type="info">x</Callout>')).toEqual([
      '1:1 mdx-prop <Callout> に type がありません。<Callout type="tip" title="任意の見出し">…</Callout> のように書いてください',
      '3:1 mdx-prop <Callout> の type "info" は使えません。note、tip、caution、danger のどれかにしてください',
    ]);
  });

  test('a prop written as an expression or a spread is an expression', () => {
    expect(problemsIn('<Term id={"a"}>語</Term>と<Term {...p}>語</Term>')).toEqual([
      '1:1 mdx-expression <Term> の id に {…} は書けません。値は " で囲んでください（例: <Term id="用語集の id">語</Term>）',
      '1:1 mdx-prop <Term> に id がありません。<Term id="用語集の id">語</Term> のように書いてください',
      '1:25 mdx-expression <Term> に {…} は書けません。属性は name="値" の形で書いてください',
      '1:25 mdx-prop <Term> に id がありません。<Term id="用語集の id">語</Term> のように書いてください',
    ]);
  });

  test('placement and nesting follow the map', () => {
    expect(problemsIn('文の途中の<Callout type="tip">補足</Callout>です。')).toEqual([
      '1:6 mdx-component <Callout> は段落の途中に置けません。開くタグと閉じるタグを、前後と空行で区切った行に書いてください',
    ]);
    expect(problemsIn('<Term id="a"><Term id="b">語</Term></Term>と<Term id="c"> </Term>')).toEqual([
      '1:14 mdx-component <Term> は <Term> の中に入れられません',
      '1:43 mdx-component <Term> の中に語を書いてください（例: <Term id="用語集の id">語</Term>）',
    ]);
    expect(problemsIn('<Callout type="tip">\n\n<Callout type="note">x</Callout>\n\n</Callout>')).toEqual([
      '3:1 mdx-component <Callout> は <Callout> の中に入れられません',
    ]);
  });
});

test("in a deck, the deck's own components and JavaScript are left to the deck format", () => {
  const { tree } = parseMdx(
    'import x from "y";\n\n<Slide minutes={3}>\n<Term id="a">語</Term>と<Term>語</Term>\n\n<Notes>{1}</Notes>\n</Slide>',
  );
  if (!tree) throw new Error('the deck body should parse');
  const problems = findMdxProblems(tree, { hostComponents: ['Slide', 'QuizSlide', 'Notes'] });
  expect(problems.map(({ line, column, rule }) => `${line}:${column} ${rule}`)).toEqual(['4:23 mdx-prop']);
});
