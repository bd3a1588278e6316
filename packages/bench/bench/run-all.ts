/**
 * `pnpm bench` (through turbo, after the content and site benches): bot load, live seminar latency, site builds, search
 * cost; reads the content-check and site-budget results of the other benches; writes
 * docs/benchmarks.md and docs/benchmarks/results.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { config } from '../src/config.ts';
import { liveBench } from '../src/live/live-bench.ts';
import { REPO } from '../src/site/site-copy.ts';
import { botLoadSection } from './bot-load.ts';
import { benchmarksMarkdown, siteBuildNote } from './markdown.ts';
import {
  type ContentCheck,
  evaluateTargets,
  type Results,
  type SiteBudgets,
  summarizeLoad,
} from './report.ts';
import { type SearchCost, searchCost } from './search-cost.ts';
import { siteBuildSection } from './site-build.ts';

const out = join(REPO, 'docs/benchmarks');
const readJson = <T>(file: string): T | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;

const loadAverageAtStart = os.loadavg();
const botLoad = await botLoadSection(config.benchDurationS);
const live = await liveBench();
const site = await siteBuildSection(config.siteSizes);
const search: SearchCost[] = [];
try {
  for (const kept of site.kept) {
    const lessons = site.rows.find((r) => r.generated === kept.generated)?.lessons ?? 0;
    search.push(
      await searchCost(
        kept.dist,
        kept.generated === 0 ? 'real site' : `${kept.generated} generated lessons`,
        lessons,
      ),
    );
  }
} finally {
  await site.remove();
}
const skipped = [100, 1000, 3000].filter((n) => !config.siteSizes.includes(n));
const partial: Omit<Results, 'targets'> = {
  measuredAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
  },
  siteBuild: {
    rows: site.rows,
    failures: site.failures,
    note: siteBuildNote,
  },
  siteBudgets: readJson<SiteBudgets>(join(out, 'site-budgets.json')),
  search,
  botLoad: {
    ...botLoad,
    // Every request's latency is pooled into the summary, not saved.
    results: botLoad.results.map(({ latencies, ...run }) => run),
    summary: summarizeLoad(botLoad.results),
  },
  contentCheck: readJson<ContentCheck>(join(out, 'content-check.json')),
  live,
};
const results: Results = { ...partial, targets: evaluateTargets(partial) };
await mkdir(out, { recursive: true });
await writeFile(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(out, 'live.json'), `${JSON.stringify(live, null, 2)}\n`);
await writeFile(
  join(REPO, 'docs/benchmarks.md'),
  benchmarksMarkdown(results, {
    siteSizesSkipped:
      skipped.length > 0
        ? `Not run this time: ${skipped.join(', ')} generated lessons (BENCH_SITE_SIZES=${config.siteSizes.join(',')}).`
        : undefined,
  }),
);
console.log('wrote docs/benchmarks.md and docs/benchmarks/results.json');
for (const t of results.targets)
  console.log(
    `${t.name}: ${t.measured} -> ${t.met === undefined ? 'not measured' : t.met ? 'met' : 'NOT met'}`,
  );
