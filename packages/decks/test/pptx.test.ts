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

  it('has one slide per deck slide', () => {
    expect(deck.slides).toHaveLength(5);
    expect(pptx.slideCount).toBe(deck.slides.length);
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

  it('names a Japanese font and tags the text as Japanese', async () => {
    const xml = await pptx.slideXml(2);
    expect(xml).toContain(`<a:ea typeface="${PPTX_FONT}"`);
    expect(xml).toContain('lang="ja-JP"');
  });

  it('puts the speaker notes in the notes pane, one paragraph per line', async () => {
    expect(await pptx.notesText(1)).toEqual(['あいさつをします。', '今日の流れを話します。']);
    expect(await pptx.notesText(5)).toEqual(['質問を受けます。']);
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

  it('lists every right answer of a multiple-answer question, and the longer choice wording', async () => {
    expect(await pptx.slideText(4)).toContain('1. お金：調べる費用や、お客様への補償');
    expect((await pptx.notesText(4))[0]).toBe('正解：1 お金、2 信用');
  });

  it('is a zip whose core properties carry the deck title', async () => {
    expect(Buffer.from(file.subarray(0, 2)).toString('latin1')).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const core = await (await JSZip.loadAsync(file)).file('docProps/core.xml')?.async('string');
    expect(core).toContain('テスト用の研修資料');
  });
});
