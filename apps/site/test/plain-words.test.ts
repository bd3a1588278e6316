/**
 * Jargon a 64-year-old owner may not know (usability report, finding 1.11) is explained where a
 * page names it: lesson titles lead with plain words and give the term second, in （）, and the home
 * page says what IPA is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '@mamoru/content';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from './support/built-site.ts';

/** The terms the report found in titles without an explanation. */
const REPORTED_TERMS = [
  'デジタルフォレンジック',
  '水飲み場型攻撃',
  'SECURITY ACTION',
  '情報処理安全確保支援士',
  'ランサムウェア',
  '踏み台',
];

describe('plain words first', () => {
  it('lesson titles give a reported term only second, in （）, after plain words', async () => {
    const { lessons } = await loadContent();
    const titles = lessons.map((lesson) => lesson.title);
    const naming = titles.filter((title) => REPORTED_TERMS.some((term) => title.includes(term)));
    expect(naming.length).toBeGreaterThan(0);
    for (const title of naming) {
      const plain = title.replace(/（[^）]*）/gu, '');
      expect(plain.length, title).toBeGreaterThan(0);
      for (const term of REPORTED_TERMS) expect(plain, title).not.toContain(term);
    }
  });

  it('the home page says what IPA is where it names it', () => {
    requireBuiltSite();
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const main = (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '').replace(/<[^>]+>/g, '');
    const first = main.indexOf('IPA');
    expect(first).toBeGreaterThan(-1);
    expect(main.slice(first)).toMatch(/^IPA（情報処理推進機構）/);
  });
});
