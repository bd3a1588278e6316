/**
 * How lesson figures show: on the smallest phone (360 px wide) and on A4 paper. Every topic has at
 * least one lesson with a figure (issue 15), so each check covers every topic's figures.
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { lessonPath, loadContent, TOPIC_IDS } from '@mamoru/content';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, DIST, openBuiltSite, requireBuiltSite } from './support/built-site.ts';

const run = promisify(execFile);
/** The smallest phone we design for. */
const SMALL_PHONE = { width: 360, height: 740 };

interface LessonWithFigures {
  path: string;
  topic: string;
  figureIds: string[];
}

/** Built lessons and the figures their HTML holds. */
async function lessonsWithFigures(): Promise<LessonWithFigures[]> {
  requireBuiltSite();
  const { lessons } = await loadContent();
  return lessons
    .map((lesson) => {
      const html = readFileSync(path.join(DIST, lesson.path, 'index.html'), 'utf8');
      const figureIds = [...html.matchAll(/<figure class="figure" id="fig-([^"]+)">/g)].map(
        (match) => match[1] ?? '',
      );
      return { path: lessonPath(lesson.id), topic: lesson.topic, figureIds };
    })
    .filter((lesson) => lesson.figureIds.length > 0);
}

/** Opens every figure's data table, as a reader who taps 「数字を表で見る」 does. */
function openDataTables(page: Page): Promise<void> {
  return page.locator('.figure-table').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
}

describe('figures in lessons', () => {
  let lessons: LessonWithFigures[];
  let site: BuiltSite;
  beforeAll(async () => {
    lessons = await lessonsWithFigures();
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('every topic has at least one built lesson with a figure', () => {
    const topicsWithFigures = new Set(lessons.map((lesson) => lesson.topic));
    expect(TOPIC_IDS.filter((topic) => !topicsWithFigures.has(topic))).toEqual([]);
  });

  it('fit a 360 px phone with the data table open: drawn at their shown width, no sideways scroll', async () => {
    const { page, errors } = await site.newPage({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });
    const problems: string[] = [];
    for (const lesson of lessons) {
      await page.goto(`${site.url}${lesson.path}`);
      await openDataTables(page);
      const sizes = await page.locator('.figure').evaluateAll((figures) =>
        figures.map((figure) => {
          const box = figure.getBoundingClientRect();
          const svg = figure.querySelector('svg');
          const table = figure.querySelector('table');
          return {
            id: figure.id,
            figureRight: box.right,
            drawnWidth: Number(svg?.getAttribute('width')),
            shownWidth: svg?.getBoundingClientRect().width ?? 0,
            tableRight: table?.getBoundingClientRect().right ?? Infinity,
            tableShown: table ? table.getBoundingClientRect().height > 0 : false,
          };
        }),
      );
      expect(sizes.map((size) => size.id).sort()).toEqual(lesson.figureIds.map((id) => `fig-${id}`).sort());
      for (const size of sizes) {
        const where = `${lesson.path} ${size.id}`;
        // Scaled down, the 14 px labels would shrink below the size the figure was drawn for.
        if (Math.abs(size.shownWidth - size.drawnWidth) > 0.5)
          problems.push(`${where}: drawn ${size.drawnWidth} px wide, shown at ${size.shownWidth} px`);
        if (!size.tableShown) problems.push(`${where}: the opened data table does not show`);
        if (size.tableRight > size.figureRight + 0.5)
          problems.push(`${where}: the data table sticks out (${size.tableRight} > ${size.figureRight})`);
      }
      const scrollsSideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      if (scrollsSideways) problems.push(`${lesson.path}: scrolls sideways`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('print on A4 whole: table open, the figure kept on one page, every label and value printed', async () => {
    // A4 less the print stylesheet's margins (18 mm 16 mm): 178 x 261 mm, in CSS px.
    const { page, errors } = await site.newPage({ viewport: { width: 673, height: 986 } });
    await page.emulateMedia({ media: 'print' });
    const printed = new Set<string>();
    const problems: string[] = [];
    for (const lesson of lessons) {
      await page.goto(`${site.url}${lesson.path}`);
      const figures = await page.locator('.figure').evaluateAll((all) =>
        all.map((figure) => {
          const box = figure.getBoundingClientRect();
          return {
            id: figure.id,
            keptWhole: getComputedStyle(figure).breakInside === 'avoid',
            height: box.height,
            width: box.width,
            svgWidth: figure.querySelector('svg')?.getBoundingClientRect().width ?? Infinity,
            tableShown: (figure.querySelector('table')?.getBoundingClientRect().height ?? 0) > 0,
            // What the drawing and the table write: labels and values.
            words: [...figure.querySelectorAll('svg text, table td, table th')].map(
              (text) => text.textContent ?? '',
            ),
          };
        }),
      );
      for (const figure of figures) {
        const where = `${lesson.path} ${figure.id}`;
        if (!figure.tableShown) problems.push(`${where}: the data table is closed in print`);
        // break-inside: avoid keeps a figure that fits on one page from being cut between two.
        if (!figure.keptWhole) problems.push(`${where}: may break across pages`);
        if (figure.height > 986) problems.push(`${where}: ${figure.height} px is taller than a page`);
        if (figure.svgWidth > figure.width + 0.5)
          problems.push(`${where}: the drawing is wider than the page`);
      }
      // Print each figure once (some are in several lessons): its words must all be in the PDF.
      const unprinted = figures.filter((figure) => !printed.has(figure.id));
      if (unprinted.length === 0) continue;
      const text = squeeze(await pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
      for (const figure of unprinted) {
        printed.add(figure.id);
        // pdftotext may read a label's number and unit apart: look for each run on its own.
        const missing = figure.words
          .flatMap((words) => squeeze(words).match(/\d[\d,.]*|[^\d]+/g) ?? [])
          .filter((run) => !text.includes(run));
        if (missing.length > 0)
          problems.push(`${lesson.path} ${figure.id}: not printed: ${missing.join(' / ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** The text of a PDF in the order it was drawn (pdftotext -raw keeps a table cell's lines together). */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lesson-print-')), 'lesson.pdf');
  writeFileSync(file, pdf);
  const { stdout } = await run('pdftotext', ['-raw', file, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
