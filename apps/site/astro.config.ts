import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { japaneseLineJoins } from './src/integrations/join-japanese-lines.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { readSiteEnv } from './src/lib/env.ts';

const env = readSiteEnv(process.env);
// The content package finds its files from its own location, which bundling changes: pass it in.
const contentRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), env.CONTENT_ROOT);

export default defineConfig({
  site: env.SITE_URL,
  trailingSlash: 'always',
  // Concurrency lets link cards rasterise and compress on libuv's thread pool while pages render.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Order matters: lines are joined before Pagefind indexes the pages.
  integrations: [mdx(), sitemap(), japaneseLineJoins(), pagefindIndex()],
  vite: {
    define: {
      'import.meta.env.MAMORU_CONTENT_ROOT': JSON.stringify(contentRoot),
      'import.meta.env.MAMORU_CARD_WORKER': JSON.stringify(
        fileURLToPath(new URL('./src/lib/og/card-worker.ts', import.meta.url)),
      ),
    },
    // External files only: the Content-Security-Policy allows no inline script or style.
    build: { assetsInlineLimit: 0 },
  },
});
