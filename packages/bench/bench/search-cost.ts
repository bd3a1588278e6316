import { launchBrowser, serveDir } from '@mamoru/browser-testing';

/** Everyday queries and compound security words (Pagefind segments Japanese at query time). */
export const QUERIES = ['パスワード', 'バックアップ', '標的型攻撃', '情報漏えい', '不正アクセス'] as const;

export interface SearchCost {
  site: string;
  lessons: number;
  first: { ms: number; bytes: number; results: number };
  five: { ms: number; bytes: number };
}

/**
 * Section 3: Pagefind in Debian chromium on a built site. The first query includes loading
 * pagefind.js, the wasm and the index chunks; each query loads its first five results' fragments.
 * Bytes are response bodies fetched under /pagefind/.
 */
export async function searchCost(dist: string, site: string, lessons: number): Promise<SearchCost> {
  const server = await serveDir(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      void request.sizes().then((sizes) => {
        bytes += sizes.responseBodySize;
      });
    });
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const query = (q: string) =>
      page.evaluate(async (text) => {
        const started = performance.now();
        // Runs in the page: its own origin serves /pagefind/.
        const origin = (globalThis as unknown as { location: { origin: string } }).location.origin;
        const pagefind = await import(`${origin}/pagefind/pagefind.js`);
        const search = await pagefind.search(text);
        await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
        return { ms: performance.now() - started, results: search.results.length as number };
      }, q);
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      return bytes;
    };
    const first = await query(QUERIES[0]);
    const firstBytes = await settle();
    let ms = first.ms;
    for (const q of QUERIES.slice(1)) ms += (await query(q)).ms;
    const fiveBytes = await settle();
    const cost = {
      site,
      lessons,
      first: { ms: Math.round(first.ms), bytes: firstBytes, results: first.results },
      five: { ms: Math.round(ms), bytes: fiveBytes },
    };
    console.log(
      `search ${site}: first ${cost.first.ms} ms ${cost.first.bytes} B; five ${cost.five.ms} ms ${cost.five.bytes} B`,
    );
    return cost;
  } finally {
    await browser.close();
    await server.close();
  }
}
