import { loadContent } from '@mamoru/content';
import { AUDIENCE_LABELS, TOPICS } from '@mamoru/content/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

/** Real queries a reader types, and the lesson that should come first. */
const QUERIES: [query: string, lessonId: string][] = [
  ['ランサムウェア', 'external-threats/malware-ransomware'],
  ['標的型攻撃メール', 'external-threats/deceptive-emails'],
  ['情報漏えい', 'personal-data/leak-report'],
  ['不正アクセス', 'external-threats/website-tampering'],
  ['営業秘密', 'trade-secrets/what-is-trade-secret'],
  ['マイナンバー', 'personal-data/my-number'],
  ['バックアップ', 'basic-measures/backup'],
  ['誤送信', 'internal-threats/misdelivery'],
  ['情報セキュリティマネジメント試験', 'people/sg-exam'],
  ['事業継続計画', 'bcp/cyber-in-bcp'],
  ['デジタルフォレンジック', 'incident-response/keep-evidence'],
  ['水飲み場型攻撃', 'external-threats/website-tampering'],
];

/**
 * What 田中さん typed (usability report, finding 1.5), and what must come first. 困ったときは
 * comes first for emergency words.
 */
const PERSONA_QUERIES: [query: string, first: string, alsoListed?: string][] = [
  ['身代金', '/help/', '/lessons/external-threats/malware-ransomware/'],
  ['ランサム', '/lessons/external-threats/malware-ransomware/'],
  ['ぱすわーど', '/lessons/basic-measures/passwords-and-access/'],
  ['ばっくあっぷ', '/lessons/basic-measures/backup/'],
  ['ＵＳＢ', '/lessons/basic-measures/bring-in-out/'],
  ['セキュリティアクション', '/lessons/guidelines/self-check-and-security-action/'],
  ['困ったときは', '/help/'],
  // Our check is now かんたん点検; 自社診断 is IPA's sheet, which the lesson explains.
  ['自社診断', '/lessons/guidelines/self-check-and-security-action/'],
  ['ウイルス', '/help/'],
];

async function resultPaths(page: Page): Promise<string[]> {
  // A wait, not a speed check: a search loads and reads up to 20 result fragments, which on a
  // machine shared with every other suite can take longer than the default 15 s.
  await expect
    .poll(() => page.locator('#search-status').textContent(), { timeout: 60_000 })
    .toMatch(/件見つかりました|見つかりませんでした/);
  return page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-status').evaluate((status) => {
    status.textContent = '';
  });
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  return resultPaths(page);
}

describe('search', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('is reachable from every page and loads Pagefind only once a search starts', async () => {
    const { page, errors } = await site.newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto(`${site.url}/lessons/basic-measures/backup/`);
    expect(pagefindRequests).toEqual([]);
    await page.getByRole('searchbox', { name: 'サイト内を検索' }).fill('ランサムウェア');
    await page.getByRole('search').getByRole('button', { name: '検索' }).click();
    await page.waitForURL(/\/search\/\?q=/);
    expect((await resultPaths(page))[0]).toBe('/lessons/external-threats/malware-ransomware/');
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it.each(QUERIES)('puts the right lesson first for %s', async (query, lessonId) => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/search/`);
    const paths = await searchFor(page, query);
    expect(paths[0], `results for ${query}: ${paths.join(', ')}`).toBe(`/lessons/${lessonId}/`);
    expect(errors).toEqual([]);
  });

  it.each(PERSONA_QUERIES)('finds what a reader types: %s', async (query, first, alsoListed) => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/search/`);
    const paths = await searchFor(page, query);
    expect(paths[0], `results for ${query}: ${paths.join(', ')}`).toBe(first);
    if (alsoListed) expect(paths).toContain(alsoListed);
    expect(errors).toEqual([]);
  });

  it('lists no page that only shares a single character with the query (身代金 → 身につく)', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/search/`);
    const paths = await searchFor(page, '身代金');
    expect(paths).not.toContain('/lessons/info-sharing/drills/');
    expect(paths).not.toContain('/lessons/people/sg-exam/');
    const excerpts = await page
      .locator('#search-results li:not(.search-results__pinned) p')
      .allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.every((text) => text.includes('ランサムウェア') || text.includes('身代金'))).toBe(true);
  });

  it('narrows results with the topic and audience filters', async () => {
    const { lessons } = await loadContent();
    const byPath = new Map(lessons.map((lesson) => [lesson.path, lesson]));
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/search/`);

    const all = await searchFor(page, 'パスワード');
    const topic = TOPICS.find((candidate) => candidate.id === 'basic-measures');
    await page.locator('#search-status').evaluate((status) => {
      status.textContent = '';
    });
    await page.getByLabel('テーマでしぼる').selectOption(topic?.title ?? '');
    const byTopic = await resultPaths(page);
    expect(byTopic.length).toBeGreaterThan(0);
    expect(byTopic.length).toBeLessThan(all.length);
    expect(byTopic.every((path) => byPath.get(path)?.topic === 'basic-measures')).toBe(true);

    await page.locator('#search-status').evaluate((status) => {
      status.textContent = '';
    });
    await page.getByLabel('テーマでしぼる').selectOption('');
    await page.getByLabel('対象でしぼる').selectOption(AUDIENCE_LABELS.owner);
    const forOwners = await resultPaths(page);
    expect(forOwners.length).toBeGreaterThan(0);
    expect(forOwners.length).toBeLessThan(all.length);
    expect(forOwners.every((path) => byPath.get(path)?.audience.includes('owner'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('audience')).toBe(AUDIENCE_LABELS.owner);
    expect(errors).toEqual([]);
  });
});
