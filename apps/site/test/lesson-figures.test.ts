import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLessonHtml } from '@mamoru/content/mdx';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from './support/built-site.ts';

const LESSONS = fileURLToPath(new URL('../../../content/lessons/', import.meta.url));
const FIGURE_TAG = /<Figure\s+id="([^"]+)"/g;

describe('<Figure id> in a lesson body', () => {
  it('inserts the HTML the caller gives for the id, not inside a paragraph', () => {
    const html = renderLessonHtml('前の段落。\n\n<Figure id="sample" />\n\n後の段落。\n', {
      glossary: new Map(),
      figureHtml: (id) =>
        id === 'sample' ? '<figure class="figure"><svg role="img"></svg></figure>' : undefined,
    });
    expect(html).toContain('<figure class="figure"><svg role="img"></svg></figure>');
    expect(html).not.toMatch(/<p>\s*<figure/);
  });

  it('leaves an unknown figure out with a warning (the checker reports it as ref-figure)', () => {
    const warnings: string[] = [];
    const html = renderLessonHtml('<Figure id="nothing" />\n', {
      glossary: new Map(),
      figureHtml: () => undefined,
      warn: (message) => warnings.push(message),
    });
    expect(html).not.toContain('figure');
    expect(warnings).toEqual(['<Figure id="nothing"> names no figure']);
  });
});

describe('every built lesson that places a figure', () => {
  const placed: { lesson: string; ids: string[] }[] = [];
  beforeAll(async () => {
    requireBuiltSite();
    for await (const relative of glob('**/*.mdx', { cwd: LESSONS })) {
      const text = await readFile(path.join(LESSONS, relative), 'utf8');
      const ids = [...text.matchAll(FIGURE_TAG)].map((match) => match[1] ?? '');
      if (ids.length > 0) placed.push({ lesson: relative.replace(/\.mdx$/, ''), ids });
    }
  });

  it('has an inline SVG with role="img", a title, a description and the data table, and no script', async () => {
    expect(placed.length).toBeGreaterThan(0);
    for (const { lesson, ids } of placed) {
      const html = await readFile(path.join(DIST, 'lessons', lesson, 'index.html'), 'utf8');
      for (const id of ids) {
        const figure = new RegExp(`<figure class="figure" id="fig-${id}">([\\s\\S]*?)</figure>`).exec(
          html,
        )?.[1];
        expect(figure, `${lesson}: ${id}`).toBeDefined();
        expect(figure).toMatch(/<svg [^>]*role="img"/);
        expect(figure).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
        expect(figure).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
        expect(figure).toMatch(/<details class="figure-table"><summary>[^<]+<\/summary><table/);
        // The site's CSP (style-src 'self') refuses inline style attributes.
        expect(figure, `${lesson}: ${id}`).not.toMatch(/\sstyle=/);
      }
      expect(html, lesson).not.toContain('<script');
    }
  });
});
