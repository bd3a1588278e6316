/**
 * Site budgets: page weight (HTML/CSS/JS gzip, as loaded before any interaction) per page type,
 * and Lighthouse mobile scores on home, a lesson, the largest lesson with a figure, the glossary and
 * a quiz page.
 * Usage: pnpm --filter @mamoru/site bench (after a build). Writes docs/benchmarks/site-budgets.json.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '@mamoru/browser-testing';
import { lighthouseScores } from './bench/lighthouse-run.ts';
import { measurePage, type PageWeight } from './bench/page-weight.ts';
import { serveLikeAHost } from './bench/static-host.ts';

// SITE_DIST: a build written elsewhere (astro build --outDir ...); dist/ by default.
const dist = process.env.SITE_DIST
  ? `${path.resolve(process.env.SITE_DIST)}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));
const outFile = fileURLToPath(new URL('../../../docs/benchmarks/site-budgets.json', import.meta.url));
const BUDGET = { lesson: { htmlGzip: 10 * 1024, cssGzip: 10 * 1024, jsGzip: 0 }, lighthouse: 100 };

async function lessonPaths(): Promise<string[]> {
  const topics = await readdir(`${dist}lessons`);
  const paths = await Promise.all(
    topics.map(async (topic) =>
      (await readdir(`${dist}lessons/${topic}`)).map((slug) => `/lessons/${topic}/${slug}/`),
    ),
  );
  return paths.flat().sort();
}

/** Lessons that place a figure (inline SVG, caption and data table: the heaviest lessons). */
async function lessonsWithFigures(lessons: string[]): Promise<string[]> {
  const withFigure = await Promise.all(
    lessons.map(async (lesson) =>
      (await readFile(`${dist}${lesson.slice(1)}index.html`, 'utf8')).includes('<figure class="figure"'),
    ),
  );
  return lessons.filter((_, index) => withFigure[index]);
}

const host = await serveLikeAHost(dist);
const browser = await launchBrowser();
try {
  const lessons = await lessonPaths();
  const figureLessons = await lessonsWithFigures(lessons);
  if (figureLessons.length === 0) throw new Error(`No lesson in ${dist} has a figure`);
  const pageTypes: Record<string, string[]> = {
    home: ['/'],
    lesson: lessons,
    // Also in `lesson`: measured apart so the figures' own weight shows (issue 15).
    'lesson with figure': figureLessons,
    glossary: ['/glossary/'],
    search: ['/search/'],
    quiz: ['/quiz/management/'],
    'self-check': ['/self-check/'],
  };
  const weights: Record<string, { pages: number; max: PageWeight; median: PageWeight }> = {};
  for (const [type, paths] of Object.entries(pageTypes)) {
    const measured: PageWeight[] = [];
    for (const path of paths) measured.push(await measurePage(browser, host.url, path));
    measured.sort((a, b) => a.htmlGzip - b.htmlGzip);
    const max = measured.reduce((a, b) =>
      b.htmlGzip + b.cssGzip + b.jsGzip > a.htmlGzip + a.cssGzip + a.jsGzip ? b : a,
    );
    weights[type] = { pages: measured.length, max, median: measured[Math.floor(measured.length / 2)] ?? max };
    console.log(
      `${type}: max html ${max.htmlGzip} B, css ${max.cssGzip} B, js ${max.jsGzip} B (${measured.length} pages)`,
    );
  }

  const lighthousePages = {
    home: '/',
    lesson: '/lessons/external-threats/malware-ransomware/',
    'lesson with figure': weights['lesson with figure']?.max.path ?? figureLessons[0],
    glossary: '/glossary/',
    quiz: '/quiz/management/',
  };
  const scores: Record<string, Awaited<ReturnType<typeof lighthouseScores>>> = {};
  for (const [name, path] of Object.entries(lighthousePages)) {
    scores[name] = await lighthouseScores(`${host.url}${path}`);
    console.log(`lighthouse ${name}:`, scores[name]);
  }

  // The lesson type holds the lessons with figures too: its largest page is the one to budget.
  const lessonMax = weights.lesson?.max;
  const withinBudget = {
    lessonHtml: (lessonMax?.htmlGzip ?? Infinity) <= BUDGET.lesson.htmlGzip,
    lessonCss: (lessonMax?.cssGzip ?? Infinity) <= BUDGET.lesson.cssGzip,
    lessonJs: (lessonMax?.jsGzip ?? Infinity) === BUDGET.lesson.jsGzip,
    lighthouse: Object.values(scores).every(
      (s) => s.performance === 100 && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100,
    ),
  };
  await mkdir(fileURLToPath(new URL('.', `file://${outFile}`)), { recursive: true });
  const report = {
    measuredAt: new Date().toISOString(),
    budget: BUDGET,
    withinBudget,
    weights,
    lighthouse: scores,
  };
  await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log('within budget:', withinBudget, `\nwrote ${outFile}`);
} finally {
  await browser.close();
  await host.close();
}
