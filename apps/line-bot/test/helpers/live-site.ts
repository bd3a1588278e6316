import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser, serveDir } from '@mamoru/browser-testing';
import type { Page } from 'playwright-core';
import { parseGlobalHeaders } from '../../../site/src/lib/global-headers.ts';
import { type LocalOptions, startLocal } from '../../src/local/start-local.ts';

export const SITE_DIR = fileURLToPath(new URL('../../../site/', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The operator settings the live site is built with (the privacy notice names them). */
export const OPERATOR = { OPERATOR_NAME: 'まもる商工会（試験用）', OPERATOR_CONTACT: 'privacy@example.jp' };

/**
 * The presenter view against a real bot: the site is built with LIVE_API_URL pointing at a port
 * chosen here, then the bot starts on that port with the built site as its SITE_URL (CORS), and
 * chromium opens the site with the headers of its `_headers` file (CSP included).
 */
export async function startLiveSite() {
  const botPort = await freePort();
  const outDir = mkdtempSync(join(tmpdir(), 'mamoru-site-live-'));
  await promisify(execFile)(
    'node',
    [join(SITE_DIR, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: SITE_DIR,
      // Built as an operator builds it for their bot: with the live origin and who runs it.
      env: { ...process.env, LIVE_API_URL: `http://127.0.0.1:${botPort}`, ...OPERATOR },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const site = await serveDir(outDir);
  const options: LocalOptions = { botPort, siteUrl: site.url, pollMs: 50 };
  const local = await startLocal(options);
  // Pages answered through Playwright's route (to add the site's headers) carry no address space,
  // so chromium counts them as public and blocks their calls to the bot on loopback (Local Network
  // Access). A real site and bot are both public, or both loopback under `npm start`.
  const browser = await launchBrowser({ args: ['--disable-features=LocalNetworkAccessChecks'] });
  const headers = parseGlobalHeaders(readFileSync(join(outDir, '_headers'), 'utf8'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await context.route(`${site.url}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  return {
    botPort,
    site,
    local,
    headers,
    context,
    async stop() {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await browser.close();
      await local.stop();
      await site.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export type LiveSite = Awaited<ReturnType<typeof startLiveSite>>;

/** The audience and presenter windows of a deck, with page errors collected. */
export async function openDeckWindows(live: LiveSite, deck: string) {
  const errors: string[] = [];
  const open = async (path: string, ready: string): Promise<Page> => {
    const page = await live.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${live.site.url}${path}`);
    await page.locator(ready).waitFor();
    return page;
  };
  const audience = await open(`/decks/${deck}/`, '.deck--live');
  const presenter = await open(`/decks/${deck}/presenter/`, '.presenter--live');
  return { audience, presenter, errors };
}

/** Starts a live session from the presenter view (entering the instructor key) and returns its join code. */
export async function startSession(live: LiveSite, presenter: Page, audience: Page): Promise<string> {
  await presenter.getByRole('button', { name: 'ライブを始める' }).click();
  await presenter.locator('[data-live-key-input]').fill(live.local.liveKey);
  await presenter.getByRole('button', { name: '保存して始める' }).click();
  await audience.locator('.live-join-qr').waitFor();
  return (await audience.locator('.live-join-code').textContent()) ?? '';
}

/** Goes to a slide by typing its number in the presenter view. */
export async function goToSlide(presenter: Page, slide: number): Promise<void> {
  await presenter.keyboard.type(String(slide));
  await presenter.keyboard.press('Enter');
}
