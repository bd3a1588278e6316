import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkCards } from '../lib/build-hand-off.ts';
import { startBuildThread } from './build-thread.ts';
import type { CardsDone, ToCardThread } from './link-cards-thread.ts';

/**
 * Writes the link cards (og:image PNGs) of a build. The og route hands every card over when Astro
 * collects its paths (src/pages/og/[...card].png.ts), before any page renders; a worker thread
 * (link-cards-thread.ts) draws and writes them beside the pages, so they never queue behind the
 * rendering thread. In dev the route draws each card when it is asked for.
 */
export function linkCardFiles(): AstroIntegration {
  let outDir = '';
  let thread: ReturnType<typeof startBuildThread<ToCardThread, CardsDone>> | undefined;
  return {
    name: 'mamoru-link-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const started = startBuildThread<ToCardThread, CardsDone>(
          new URL('./link-cards-thread.ts', import.meta.url),
        );
        thread = started;
        linkCards.receive((cards) => started.post({ cards, outDir }));
      },
      'astro:build:done': async ({ logger }) => {
        linkCards.receive(undefined);
        if (!thread) throw new Error('Link cards missing: astro:build:start did not run');
        const done = await thread.finish({ finish: true });
        logger.info(`drew ${done.cards} link cards`);
      },
    },
  };
}
