import { loadContent } from '@mamoru/content';
import { describe, expect, it } from 'vitest';
import { filterStatus, glossaryMatcher } from '../src/scripts/glossary-filter/match.ts';

/** The terms of the real glossary that a typed query keeps, by id. */
async function kept(query: string): Promise<string[]> {
  const { glossary } = await loadContent();
  const matches = glossaryMatcher(query);
  return glossary
    .filter((term) => !matches || matches([term.term, term.reading, ...term.aliases]))
    .map((term) => term.id);
}

describe('glossaryMatcher', () => {
  it('keeps every entry while nothing (or only spaces) is typed', () => {
    expect(glossaryMatcher('')).toBeNull();
    expect(glossaryMatcher('　 ')).toBeNull();
  });

  it('finds a katakana term typed in hiragana, full-width or half-width', async () => {
    for (const typed of ['ぱすわーど', 'パスワード', 'ﾊﾟｽﾜｰﾄﾞ', '　ぱすわーど ']) {
      expect(await kept(typed)).toContain('password');
    }
    const all = (await loadContent()).glossary.length;
    expect((await kept('ぱすわーど')).length).toBeLessThan(all / 10);
  });

  it('compares latin letters without case or width (ＩＰＡ, ipa)', async () => {
    expect(await kept('ＩＰＡ')).toContain('ipa');
    expect(await kept('ipa')).toContain('ipa');
  });

  it('matches readings and aliases, and the search aliases (身代金 → ランサムウェア)', async () => {
    expect(await kept('あいぴー')).toContain('ipa');
    expect(await kept('情報処理推進機構')).toEqual(['ipa']);
    expect(await kept('身代金')).toContain('ransomware');
  });

  it('keeps nothing for a word no entry has', async () => {
    expect(await kept('かきくけこさしすせそ')).toEqual([]);
  });
});

describe('filterStatus', () => {
  it('says how many terms are shown, and what was typed', () => {
    expect(filterStatus('', 168, 168)).toBe('168語すべてを表示しています。');
    expect(filterStatus('ﾊﾟｽ', 3, 168)).toBe('「パス」に合うことばは、168語のうち3語です。');
    expect(filterStatus('zzz', 0, 168)).toBe('「zzz」に合うことばは、見つかりませんでした。');
  });
});
