import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveDir } from '@mamoru/browser-testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseGlobalHeaders } from '../../src/lib/global-headers.ts';

/** The built site: dist/, or SITE_DIST when a build was written elsewhere (astro build --outDir). */
export const DIST = process.env.SITE_DIST
  ? `${path.resolve(process.env.SITE_DIST)}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** Fails with a clear message when the site has not been built (turbo's test task builds first). */
export function requireBuiltSite(): void {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) {
    throw new Error(
      `The built site is missing in ${DIST}. Run "pnpm --filter @mamoru/site build" (or "pnpm turbo run test", which builds first).`,
    );
  }
}

/** The headers the site's _headers file sets for every path, so tests run under the real CSP. */
export function siteHeaders(): Record<string, string> {
  return parseGlobalHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
}

export interface BuiltSite {
  url: string;
  browser: Browser;
  /** A fresh page with the site's security headers applied and console errors collected. */
  newPage(
    options?: Parameters<Browser['newContext']>[0],
  ): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  close(): Promise<void>;
}

/** Serves dist/ on loopback and starts Debian chromium. */
export async function openBuiltSite(): Promise<BuiltSite> {
  requireBuiltSite();
  const server = await serveDir(DIST);
  const browser = await launchBrowser();
  const headers = siteHeaders();
  return {
    url: server.url,
    browser,
    async newPage(options) {
      const context = await browser.newContext(options);
      await context.route(`${server.url}/**`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, context, errors };
    },
    async close() {
      // A request still in a route handler (the favicon, fetched late) would reject once the
      // browser is gone; Playwright's way out is to drop the routes and ignore those in flight.
      await Promise.all(
        browser.contexts().map((context) => context.unrouteAll({ behavior: 'ignoreErrors' })),
      );
      await browser.close();
      await server.close();
    },
  };
}
