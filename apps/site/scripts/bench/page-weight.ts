import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  path: string;
  /** Gzip bytes of what the page loads before the reader does anything. */
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  jsFiles: string[];
}

/** Loads a page in chromium and sums the gzip size of its HTML, CSS and JavaScript responses. */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const weight: PageWeight = { path, htmlGzip: 0, cssGzip: 0, jsGzip: 0, jsFiles: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!['document', 'stylesheet', 'script'].includes(type)) return;
    pending.push(
      response.body().then((body) => {
        const size = gzipSync(body).length;
        if (type === 'document') weight.htmlGzip += size;
        if (type === 'stylesheet') weight.cssGzip += size;
        if (type === 'script') {
          weight.jsGzip += size;
          weight.jsFiles.push(new URL(response.url()).pathname);
        }
      }),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}
