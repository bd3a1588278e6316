import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { loadFigureFiles, loadGlossary, loadLessonFiles } from '@mamoru/content';
import { renderLessonHtml } from '@mamoru/content/mdx';
import { renderFigureHtml } from '@mamoru/figures';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * The lessons collection: each lesson's MDX is rendered to HTML once, at content sync, with the
 * shared components (@mamoru/content/mdx), and kept in Astro's data store, so `render(entry)` works
 * as for Markdown. Going through @astrojs/mdx would make every lesson a JavaScript module for Vite
 * to bundle, which doubled the build at 1,000 lessons. Every sync renders every lesson again
 * (a fraction of a millisecond each): a digest of the text and glossary alone would miss a change
 * in the renderer's own code. Lessons are read and checked by @mamoru/content (as loadContent()
 * reads them), and each entry keeps the whole lesson, so the pages' siteContent() takes them from
 * here instead of reading every front matter again.
 */
export function lessonLoader(options: { contentRoot: string }): Loader {
  return {
    name: 'mamoru-lessons',
    async load(context) {
      await syncLessons(context, options.contentRoot);
      context.watcher?.on('all', (_event, changed) => {
        const relative = path.relative(path.resolve(options.contentRoot), changed);
        if (/^(lessons[\\/].*\.mdx|(glossary|figures)[\\/].*\.yaml)$/.test(relative)) {
          syncLessons(context, options.contentRoot).catch((error: unknown) =>
            context.logger.error(String(error)),
          );
        }
      });
    },
  };
}

async function syncLessons(context: LoaderContext, contentRoot: string): Promise<void> {
  const { store, parseData, generateDigest, logger, config } = context;
  const root = path.resolve(contentRoot);
  const glossaryTerms = await loadGlossary({ root });
  const glossary = new Map(glossaryTerms.map((term) => [term.id, term]));
  // <Figure id> becomes the figure's inline SVG, caption and data table: HTML made here, no JavaScript.
  // Each figure is drawn once per sync, however many lessons show it.
  const figures = new Map((await loadFigureFiles(root)).map((figure) => [figure.id, figure]));
  const drawn = new Map<string, string | undefined>();
  const figureHtml = (id: string) => {
    if (!drawn.has(id)) {
      const figure = figures.get(id);
      drawn.set(id, figure && renderFigureHtml(figure, { width: FIGURE_WIDTH }));
    }
    return drawn.get(id);
  };
  const seen = new Set<string>();
  for (const { lesson, absolutePath, bodyStartLine } of await loadLessonFiles({ root })) {
    seen.add(lesson.id);
    const filePath = path.relative(fileURLToPath(config.root), absolutePath);
    const data = await parseData({ id: lesson.id, data: lesson, filePath });
    const { id, slug: _slug, file: _file, body, path: _path, ...frontmatter } = lesson;
    const astro = { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
    const html = render(filePath, bodyStartLine, () =>
      renderLessonHtml(body, {
        glossary,
        figureHtml,
        hastPlugins: [satteriHeadingIdsPlugin()],
        data: { astro },
        warn: (message) => logger.warn(`${filePath}: ${message}`),
      }),
    );
    // The store keeps an entry whose digest it has seen: digest what is stored, HTML included.
    const digest = generateDigest(`${JSON.stringify(lesson)}\n${html}`);
    store.set({
      id,
      data,
      filePath,
      digest,
      rendered: { html, metadata: { headings: astro.headings, frontmatter } },
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

/**
 * Figures are drawn as wide as a lesson's column on a 360 px phone (360 minus main's 1rem = 18 px
 * padding each side), so their 14 px text shows at its true size there; wider screens show them at
 * that size, centred (test/lesson-figure-display.test.ts checks both).
 */
const FIGURE_WIDTH = 324;

/** MDX that does not parse stops the build at its file line (`pnpm content:check` says the same). */
function render(filePath: string, bodyStartLine: number, run: () => string): string {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    const where = at ? `${Number(at[1]) + bodyStartLine - 1}:${at[2]}` : '1:1';
    throw new Error(`${filePath}:${where} ${at ? message.slice(at[0].length) : message}`, { cause: error });
  }
}
