import { loadContent } from '@mamoru/content';
import { describe, expect, it } from 'vitest';
import { SEARCH_ALIASES } from '../src/lib/search-words.ts';
import { normaliseQuery, planSearch, toKatakana, wordsFound } from '../src/scripts/search/query.ts';
import { nextToRead, withOpened } from '../src/scripts/track-progress/progress.ts';

describe('planSearch', () => {
  it('normalises full-width letters and spaces (NFKC)', () => {
    expect(normaliseQuery('　ＵＳＢ　 メモリ ')).toBe('USB メモリ');
    expect(planSearch('ＵＳＢ').searches).toEqual(['USB']);
  });

  it('searches a kana-only query in katakana first, and as typed', () => {
    expect(toKatakana('ぱすわーど')).toBe('パスワード');
    expect(planSearch('ばっくあっぷ').searches).toEqual(['バックアップ', 'ばっくあっぷ']);
    // Kanji in the query: left as typed.
    expect(planSearch('お金').searches).toEqual(['お金']);
  });

  it('adds the aliases of words the lessons do not use', () => {
    expect(planSearch('身代金').searches).toEqual(['身代金', 'ランサムウェア']);
    expect(planSearch('セキュリティアクション').searches).toEqual([
      'セキュリティアクション',
      'SECURITY ACTION',
    ]);
    expect(planSearch('SECURITY ACTION').words).toEqual(['SECURITY', 'ACTION']);
  });

  it('marks emergency words, also typed in hiragana', () => {
    for (const query of [
      '身代金',
      'ウイルス',
      'ういるす',
      'お金を払えと出た',
      '乗っ取られた',
      'パソコンが感染',
    ]) {
      expect(planSearch(query).emergency, query).toBe(true);
    }
    for (const query of ['パスワード', 'ランサムウェア', '情報漏えい', 'USB']) {
      expect(planSearch(query).emergency, query).toBe(false);
    }
  });
});

describe('wordsFound', () => {
  it('counts whole words only: a page with 身 but not 身代金 does not count', () => {
    expect(wordsFound('仕事が身につく訓練', ['身代金'])).toBe(0);
    expect(wordsFound('ランサムウェアは身代金を求めます', ['身代金', 'ランサムウェア'])).toBe(2);
    expect(wordsFound('ＵＳＢメモリ', ['usb'])).toBe(1);
  });
});

describe('track progress', () => {
  const track = ['a', 'b', 'c', 'd'];

  it('continues after the last lesson opened, skipping read ones', () => {
    expect(nextToRead(track, { read: [] })).toBeUndefined();
    expect(nextToRead(track, { read: ['a'] })).toBe('b');
    expect(nextToRead(track, { read: ['c', 'a', 'b'] })).toBe('d');
    expect(nextToRead(track, { read: ['a', 'd'] })).toBe('b');
    expect(nextToRead(track, { read: ['a', 'b', 'c', 'd'] })).toBeUndefined();
  });

  it('moves a lesson opened again to the end', () => {
    expect(withOpened({ read: ['a', 'b'] }, 'a')).toEqual({ read: ['b', 'a'] });
  });
});

describe('the search aliases (src/lib/search-words.ts)', () => {
  // Words of the site's own pages, not of a lesson.
  const PAGE_WORDS = new Set(['かんたん点検']);

  it('point only to words the lessons really use', async () => {
    const { lessons } = await loadContent();
    const text = lessons.map((lesson) => `${lesson.title}\n${lesson.body}`.normalize('NFKC')).join('\n');
    const missing = Object.values(SEARCH_ALIASES)
      .flat()
      .filter((word) => !PAGE_WORDS.has(word) && !text.includes(word));
    expect(missing).toEqual([]);
  });
});
