import { describe, expect, test } from 'vitest';
import { positionIn } from '../src/check/context.ts';
import { findTagProblems } from '../src/check/lesson-tags.ts';

/** Problems as `line:column message`, lines counted from the body's first line. */
const problemsIn = (body: string) =>
  findTagProblems(body).map(({ offset, message }) => {
    const { line, column } = positionIn(body, offset, 1);
    return `${line}:${column} ${message}`;
  });

describe('bodies that use the two tags as the site expects pass', () => {
  test.each([
    ['an inline term', 'まず<Term id="ransomware">ランサムウェア</Term>を知ります。'],
    ['a one-line callout with a term', '<Callout type="tip">補足の<Term id="utm">UTM</Term>です。</Callout>'],
    [
      'a block callout with a title',
      '<Callout type="note" title="紙の見本">\n\n- 社長へ伝えます。\n\n</Callout>',
    ],
    ['a block callout in a list item', '- 項目\n\n  <Callout type="danger">\n\n  中身です。\n\n  </Callout>'],
    ['a term in a heading and a quote', '## <Term id="bcp">BCP</Term>とは\n\n> <Term id="a">語</Term>です。'],
    ['single-quoted attributes', "<Callout type='caution'>気をつけます。</Callout>"],
    ['tags inside code', '`<Foo>` と書きます。\n\n```\n<Slide minutes={3}>\n```'],
    ['autolinks and escaped brackets', '<https://www.ipa.go.jp/> と \\<Term> の説明です。'],
    ['a less-than sign in text', '3 < 5 で、a<b のときです。'],
  ])('%s', (_name, body) => {
    expect(problemsIn(body)).toEqual([]);
  });
});

describe('anything else is reported where it is', () => {
  test('an HTML tag is not allowed, opening or closing', () => {
    expect(problemsIn('大切な\n情報は<strong>宝物</strong>です。')).toEqual([
      '2:4 <strong> はレッスンで使えません。使えるのは <Term> と <Callout> だけです',
      '2:14 </strong> はレッスンで使えません。使えるのは <Term> と <Callout> だけです',
    ]);
  });

  test('tag names are case-sensitive, as the glossary checks read them', () => {
    expect(problemsIn('<term id="a">語</term>')[0]).toBe(
      '1:1 <term> はレッスンで使えません。使えるのは <Term> と <Callout> だけです',
    );
  });

  test('a self-closing JSX component and an HTML comment are not allowed', () => {
    expect(problemsIn('<Quiz id="q1" />\n\n<!-- メモ -->')).toEqual([
      '1:1 <Quiz> はレッスンで使えません。使えるのは <Term> と <Callout> だけです',
      '3:1 HTML のコメント <!-- --> はレッスンで使えません。使えるのは <Term> と <Callout> だけです',
    ]);
  });

  test('<Term> needs an id and takes nothing else', () => {
    expect(problemsIn('<Term>語</Term>と<Term id="a" class="x">語</Term>')).toEqual([
      '1:1 <Term> に id がありません。<Term id="用語集の id">語</Term> と書いてください',
      '1:16 <Term> に class は書けません。書けるのは id だけです',
    ]);
    expect(problemsIn('<Term id="">語</Term>')).toHaveLength(1);
  });

  test('<Callout> needs one of the four types', () => {
    expect(problemsIn('<Callout type="info">補足</Callout>\n\n<Callout>補足</Callout>')).toEqual([
      '1:1 <Callout> の type "info" は使えません。note、tip、caution、danger のどれかにしてください',
      '3:1 <Callout> に type がありません。type は note、tip、caution、danger のどれかにしてください',
    ]);
  });

  test('a tag Markdown cannot read (JSX braces, a stray quote) is reported, not shown as text', () => {
    expect(problemsIn('<Callout type={"tip"}>補足</Callout>')).toEqual([
      '1:1 <Callout がタグとして読めません。属性の値を " で囲み、> で閉じてください（例: <Term id="用語集の id">語</Term>）',
      '1:25 </Callout> に対応する <Callout> がありません',
    ]);
  });

  test('unbalanced tags: never closed, closed without opening, self-closed', () => {
    expect(problemsIn('<Term id="a">語です。\n\n語</Callout>です。\n\n<Term id="a" />')).toEqual([
      '1:1 <Term> が閉じていません。</Term> を書いてください',
      '3:2 </Callout> に対応する <Callout> がありません',
      '5:1 <Term ... /> の形は使えません。<Term ...> で始めて </Term> で閉じてください',
    ]);
  });

  test('a tag closed in another paragraph, or closed around an open term', () => {
    expect(problemsIn('<Term id="a">語\n\n続き</Term>')).toEqual([
      '3:3 </Term> が、1 行目の <Term> と別のかたまり（段落、リストの項目、引用）にあります',
    ]);
    expect(problemsIn('<Callout type="tip"><Term id="a">語</Callout>')).toEqual([
      '1:21 <Term> が閉じていません。</Term> を書いてください',
    ]);
  });

  test('terms and callouts do not nest inside a term, callouts not inside a callout', () => {
    expect(problemsIn('<Term id="a"><Term id="b">語</Term></Term>')[0]).toBe(
      '1:14 <Term> は <Term> の中に入れられません',
    );
    expect(problemsIn('<Callout type="tip">\n\n<Callout type="note">中</Callout>\n\n</Callout>')).toEqual([
      '3:1 <Callout> は <Callout> の中に入れられません',
    ]);
  });

  test('a callout is a block: not in the middle of a paragraph', () => {
    expect(problemsIn('前の文です。<Callout type="tip">補足</Callout>')).toEqual([
      '1:7 <Callout> は段落の途中に置けません。前後を空行で区切ってください',
    ]);
    expect(problemsIn('<Callout type="tip">補足</Callout>\n次の文です。')).toEqual([
      '1:23 </Callout> のあとに同じ段落の文章が続いています。</Callout> のあとに空行を入れてください',
    ]);
  });

  test('text in the same block as a tag line is raw HTML, so neither rendered nor linted', () => {
    expect(problemsIn('<Callout type="note">\n- 社長へ伝えます。\n</Callout>\n\n次の段落。')).toEqual([
      '2:1 この文章はタグと同じかたまりにあるので、Markdown として読まれず、文章のチェックも受けません。タグの行の前後に空行を入れてください',
    ]);
  });
});
