import type { Content, Deck } from '@mamoru/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckForPptx, paragraphsFromPlainText } from '../src/index.ts';
import { PPTX_FONT, writeDeckPptx } from '../src/pptx/index.ts';
import { type PptxParts, readPptx } from '../src/pptx/read-pptx.ts';
import { loadFixtureContent } from './fixture-content.ts';

describe('paragraphsFromPlainText', () => {
  it('drops the title line and turns list lines into nested bullets', () => {
    expect(paragraphsFromPlainText('まとめ\n\n・一つ目\n  ・下の段\nふつうの文', 'まとめ')).toEqual([
      { text: '一つ目', bullet: true, level: 0 },
      { text: '下の段', bullet: true, level: 1 },
      { text: 'ふつうの文', bullet: false, level: 0 },
    ]);
  });
});

describe('deckForPptx', () => {
  it('refuses a quiz slide whose question is missing from the bank', async () => {
    const content = await loadFixtureContent();
    const deck = content.decks[0] as Deck;
    expect(() => deckForPptx(deck, [])).toThrow(/fixture-mgmt-001/);
  });
});

describe('writeDeckPptx on the fixture deck', () => {
  let content: Content;
  let deck: Deck;
  let pptx: PptxParts;
  let file: Uint8Array;

  beforeAll(async () => {
    content = await loadFixtureContent();
    deck = content.decks[0] as Deck;
    file = await writeDeckPptx(deckForPptx(deck, content.questions));
    pptx = await readPptx(file);
  });

  it('has one slide per deck slide, and an answer slide after each quiz', () => {
    expect(deck.slides).toHaveLength(5);
    expect(deck.slides.filter((slide) => slide.kind === 'quiz')).toHaveLength(2);
    expect(pptx.slideCount).toBe(7);
  });

  it('keeps the slide text as editable text boxes', async () => {
    expect(await pptx.slideText(1)).toEqual([
      'テスト用の研修資料',
      '今日は3つのことを話します。',
      '事故のこと',
    ]);
    // The title slide centres its lines, without bullets.
    expect(await pptx.slideXml(1)).not.toContain('<a:buChar');
    const second = await pptx.slideText(2);
    expect(second).toEqual([
      'パスワードの決め方',
      '長くて覚えやすい言葉にします',
      '使い回しはしません',
      '会社と家で分けます',
      '紙に書いて 画面に貼らない',
    ]);
    const xml = await pptx.slideXml(2);
    expect(xml).toContain('<a:buChar');
    expect(xml).toContain('lvl="1"');
    expect(xml).not.toContain('<p:pic>');
  });

  it('names 游ゴシック, a font PowerPoint on Windows and Mac has, on every run and in the theme', async () => {
    expect(PPTX_FONT).toBe('游ゴシック');
    for (let number = 1; number <= pptx.slideCount; number++) {
      const xml = await pptx.slideXml(number);
      expect(xml).toContain(`<a:ea typeface="${PPTX_FONT}"`);
      expect(xml).not.toContain('Noto');
      expect(xml).toContain('lang="ja-JP"');
    }
    const { default: JSZip } = await import('jszip');
    const theme = await (await JSZip.loadAsync(file)).file('ppt/theme/theme1.xml')?.async('string');
    expect(theme?.match(/<a:ea typeface="游ゴシック"\/>/g)).toHaveLength(2);
    expect(theme?.match(/<a:latin typeface="游ゴシック"\/>/g)).toHaveLength(2);
    expect(theme).toContain('<a:font script="Jpan" typeface="游ゴシック"/>');
  });

  it('puts the speaker notes in the notes pane, one paragraph per line', async () => {
    expect(await pptx.notesText(1)).toEqual(['あいさつをします。', '今日の流れを話します。']);
    expect(await pptx.notesText(7)).toEqual(['質問を受けます。']);
  });

  it('shows a quiz question and its choices, and keeps the answer for the notes', async () => {
    const slide = await pptx.slideText(3);
    expect(slide).toEqual([
      'クイズ',
      '会社の情報セキュリティの予算を決めるのはだれですか。',
      '1つ選んでください',
      '1. 経営者',
      '2. パートの事務員',
      '3. 取引先',
    ]);
    expect(slide.join('')).not.toContain('正解');
    expect(await pptx.notesText(3)).toEqual([
      '正解：1 経営者',
      '解説：予算や体制を決めるのは経営者です。だから経営者が動かないと対策は進みません。',
      '答えを見せる前に、手を挙げてもらいます。',
    ]);
  });

  it('follows the quiz with an answer slide: the right choice marked, the answer and the explanation', async () => {
    expect(await pptx.slideText(4)).toEqual([
      'クイズの答え',
      '会社の情報セキュリティの予算を決めるのはだれですか。',
      '1. 経営者　← 正解',
      '2. パートの事務員',
      '3. 取引先',
      '正解：1 経営者',
      '解説：予算や体制を決めるのは経営者です。だから経営者が動かないと対策は進みません。',
    ]);
    const xml = await pptx.slideXml(4);
    // The right choice in green and bold, as the web deck shows it.
    expect(xml).toMatch(
      /<a:rPr[^>]*b="1"[^>]*>(?:(?!<\/a:rPr>).)*1D6B36(?:(?!<\/a:r>).)*1\. 経営者　← 正解/s,
    );
    expect(await pptx.notesText(4)).toEqual(['正解：1 経営者']);
  });

  it('lists every right answer of a multiple-answer question, and the longer choice wording', async () => {
    expect(await pptx.slideText(5)).toContain('1. お金：調べる費用や、お客様への補償');
    expect((await pptx.notesText(5))[0]).toBe('正解：1 お金、2 信用');
    const answer = await pptx.slideText(6);
    expect(answer.filter((line) => line.endsWith('← 正解'))).toHaveLength(2);
    expect(answer).toContain('正解：1 お金、2 信用');
  });

  it('is a zip whose core properties carry the deck title', async () => {
    expect(Buffer.from(file.subarray(0, 2)).toString('latin1')).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const core = await (await JSZip.loadAsync(file)).file('docProps/core.xml')?.async('string');
    expect(core).toContain('テスト用の研修資料');
  });
});
