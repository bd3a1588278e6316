import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { receivePages } from '../lib/search-index-hand-off.ts';

/**
 * Builds the Pagefind search index into dist/pagefind/. Pages reach the index as the build
 * renders them (src/middleware.ts), so Pagefind's own process indexes while Astro renders.
 */
export function pagefindIndex(): AstroIntegration {
  let index: PagefindIndex | undefined;
  const added: Promise<{ errors: string[] }>[] = [];
  return {
    name: 'mamoru-pagefind',
    hooks: {
      'astro:build:start': async () => {
        const created = await createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        const open = index;
        receivePages((url, html) => {
          added.push(open.addHTMLFile({ url, content: html }));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receivePages(undefined);
        if (!index) throw new Error('Pagefind index missing: astro:build:start did not run');
        try {
          const errors = (await Promise.all(added)).flatMap((result) => result.errors);
          if (errors.length > 0) throw new Error(errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${fileURLToPath(dir)}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`indexed ${added.length} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
