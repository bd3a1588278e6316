/**
 * Phone-sized screenshots of the built site for the docs: home, a lesson and search.
 * Usage: pnpm --filter @mamoru/site screenshots (after a build). Writes docs/screenshots/*.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveDir } from '@mamoru/browser-testing';

// SITE_DIST: a build written elsewhere (astro build --outDir ...); dist/ by default.
const dist = process.env.SITE_DIST
  ? `${path.resolve(process.env.SITE_DIST)}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));
const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const shots: {
  name: string;
  path: string;
  prepare?: (page: import('playwright-core').Page) => Promise<void>;
}[] = [
  { name: 'site-home', path: '/' },
  { name: 'site-lesson', path: '/lessons/external-threats/malware-ransomware/' },
  {
    name: 'site-search',
    path: '/search/?q=%E3%83%A9%E3%83%B3%E3%82%B5%E3%83%A0%E3%82%A6%E3%82%A7%E3%82%A2',
    prepare: async (page) => {
      await page.locator('#search-results li').first().waitFor();
    },
  },
];

await mkdir(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ ...PHONE, colorScheme: 'light' });
  const page = await context.newPage();
  for (const shot of shots) {
    await page.goto(`${server.url}${shot.path}`);
    await shot.prepare?.(page);
    await page.screenshot({ path: `${out}${shot.name}.png` });
    console.log(`wrote docs/screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
