import { describe, expect, it } from 'vitest';
import { handoutQuery, pagesOf, readHandoutOptions, slidesPerPage } from '../../src/runtime/index.ts';

describe('participant handout options', () => {
  it('reads the cover fields and slides per page from the query', () => {
    const options = readHandoutOptions(
      new URLSearchParams('speaker=鈴木 一郎&date=2026年12月10日&organiser=○○商工会議所&per-page=6'),
    );
    expect(options).toEqual({
      speaker: '鈴木 一郎',
      date: '2026年12月10日',
      organiser: '○○商工会議所',
      perPage: 6,
    });
  });

  it('falls back to 3 per page and trims long or spaced-out fields', () => {
    expect(slidesPerPage(null)).toBe(3);
    expect(slidesPerPage('5')).toBe(3);
    expect(slidesPerPage('2')).toBe(2);
    const options = readHandoutOptions(
      new URLSearchParams(`speaker=${'あ'.repeat(80)}&organiser=%20a%0A%20b%20`),
    );
    expect(options.speaker).toHaveLength(60);
    expect(options.organiser).toBe('a b');
  });

  it('writes a query that reads back to the same options', () => {
    const options = { speaker: '鈴木', date: '', organiser: '商工会', perPage: 4 } as const;
    const query = handoutQuery(options);
    expect(query).toBe('?speaker=%E9%88%B4%E6%9C%A8&organiser=%E5%95%86%E5%B7%A5%E4%BC%9A&per-page=4');
    expect(readHandoutOptions(new URLSearchParams(query))).toEqual(options);
    expect(handoutQuery({ speaker: '', date: '', organiser: '', perPage: 3 })).toBe('');
  });

  it('splits slides into pages, the last one holding the rest', () => {
    expect(pagesOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pagesOf([], 3)).toEqual([]);
  });
});
