import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { figureImages } from './src/integrations/figure-images.ts';
import { linkCardFiles } from './src/integrations/link-cards.ts';
import { liveApiCsp } from './src/integrations/live-csp.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { readSiteEnv } from './src/lib/env.ts';

const env = readSiteEnv(process.env);
// The content package finds its files from its own location, which bundling changes: pass it in.
const contentRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), env.CONTENT_ROOT);

export default defineConfig({
  site: env.SITE_URL,
  trailingSlash: 'always',
  // Concurrency lets a page waiting for its file to be written overlap with pages that render.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Lessons are MDX rendered to HTML at content sync (src/lib/lesson-loader.ts); @astrojs/mdx
  // compiles the decks, whose slides are Astro components.
  integrations: [
    mdx(),
    // Deck views (slides, presenter, handout) and the live-seminar results page are noindex.
    sitemap({ filter: (page) => !/\/decks\/[^/]+\//.test(page) && !/\/live\//.test(page) }),
    linkCardFiles(),
    figureImages(contentRoot),
    pagefindIndex(),
    liveApiCsp(env.LIVE_API_URL),
  ],
  vite: {
    define: {
      'import.meta.env.MAMORU_CONTENT_ROOT': JSON.stringify(contentRoot),
    },
    // External files only: the Content-Security-Policy allows no inline script or style.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Content collections trip this harmless warning once per MDX deck (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
