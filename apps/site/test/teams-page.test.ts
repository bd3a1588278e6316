import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from './support/axe-tags.ts';
import { type BuiltSite, DIST, openBuiltSite, requireBuiltSite } from './support/built-site.ts';

// 「社員研修にまもるを使う」: for owners. The LINE plans are facts that change, so the page must say
// where they come from and when they were checked.
let html: string;
let text: string;
beforeAll(() => {
  requireBuiltSite();
  html = readFileSync(path.join(DIST, 'teams', 'index.html'), 'utf8');
  text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
});

describe('the teams page for owners', () => {
  it('says how to start, with the printable QR invite and the words to send', () => {
    expect(text).toContain('社員研修にまもるを使う');
    for (const part of [
      '「チームを作る」',
      'QRコード付きの招待を印刷',
      '「同意して参加」',
      '「チームの様子」',
      '「招待コードを変える」',
    ])
      expect(text).toContain(part);
  });

  it('says what the owner sees and never sees, and links the privacy notice', () => {
    expect(text).toContain('社長に見えること');
    expect(text).toContain('どの問題で、どの答えを選んだか');
    expect(text).toContain('一人ひとりの正解率');
    expect(text).toContain('3人以上が答えたテーマだけ');
    expect(text).toContain('「チームを抜ける」');
    expect(html).toContain('href="/privacy/"');
  });

  it("states LINE's plans with their source and the date they were checked", () => {
    const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
      (m[1] ?? '')
        .replace(/<wbr[^>]*>/g, '')
        .replace(/<[^>]+>/g, '|')
        .replace(/\|+/g, '|')
        .replace(/^\||\|$/g, ''),
    );
    expect(rows.slice(1)).toEqual([
      'コミュニケーションプラン|0円|200通',
      'ライトプラン|5,000円|5,000通',
      'スタンダードプラン|15,000円|30,000通',
    ]);
    expect(text).toContain('税別');
    expect(text).toContain('スタンダードプランは、追加の料金で送れます');
    expect(text).toContain('返事は、何通でも数に入りません');
    expect(html).toContain('href="https://www.lycbiz.com/jp/service/line-official-account/plan/"');
    expect(text).toContain('2026年12月5日に確認しました');
  });

  it('is linked from the home page', () => {
    expect(readFileSync(path.join(DIST, 'index.html'), 'utf8')).toContain('href="/teams/"');
  });
});

describe('the teams page in chromium', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('fits a 390 px phone, plans table included, and has no axe violations', async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/teams/`);
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(390);
    // The plans table fits without sideways scrolling (owners over 60 on phones).
    const table = await page.locator('.table-scroll').evaluate((box) => [box.scrollWidth, box.clientWidth]);
    expect(table[0]).toBeLessThanOrEqual(table[1] ?? 0);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
