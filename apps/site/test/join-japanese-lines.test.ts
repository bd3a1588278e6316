import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinJapaneseLines } from '../src/lib/join-japanese-lines.ts';
import { builtHtmlFiles } from './support/pages.ts';

describe('joinJapaneseLines', () => {
  it('removes a line break between two Japanese characters and nothing else', () => {
    expect(joinJapaneseLines('<p>会社の情報を守ります。\n  社長が決めます。</p>')).toBe(
      '<p>会社の情報を守ります。社長が決めます。</p>',
    );
    expect(joinJapaneseLines('<p>USB memory\nを使わない</p>')).toBe('<p>USB memory\nを使わない</p>');
    expect(joinJapaneseLines('<p>English\ntext</p>')).toBe('<p>English\ntext</p>');
  });

  it('drops a space between Japanese text and a glossary term', () => {
    const term = '<button type="button" class="term">UTM</button><span>説明<button>閉じる</button></span>';
    expect(joinJapaneseLines(`入口に ${term.replace('</span>', '')}</span> を置く`)).toBe(
      `入口に${term}を置く`,
    );
  });
});

describe('built lesson pages (joined by the middleware as they were rendered)', () => {
  const lessons = builtHtmlFiles().filter(([sitePath]) => sitePath.startsWith('/lessons/'));
  it.each(lessons)('%s has no line break between Japanese characters in its text', (_sitePath, file) => {
    const html = readFileSync(file, 'utf8');
    const body = html.slice(html.indexOf('<main'));
    expect(body).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff][ \t]*\n[ \t]*[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
