import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '@mamoru/content';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from './support/built-site.ts';

describe('every lesson page says when its content was checked', () => {
  it('shows 「この内容の確認日：YYYY年M月D日」 from the lesson’s reviewed date', async () => {
    requireBuiltSite();
    const { lessons } = await loadContent();
    for (const lesson of lessons) {
      const html = readFileSync(path.join(DIST, 'lessons', lesson.id, 'index.html'), 'utf8');
      const day = lesson.reviewed;
      const expected = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
      const iso = day.toISOString().slice(0, 10);
      expect(html, lesson.id).toMatch(
        new RegExp(`この内容の確認日：\\s*<time datetime="${iso}"[^>]*>${expected}</time>`),
      );
    }
  });
});
