import type { LiveBench } from '../src/live/live-bench.ts';
import { percentile } from '../src/load/paced-load.ts';
import type { LoadResult } from '../src/load/run-load.ts';
import type { BotLoadSection } from './bot-load.ts';
import type { SearchCost } from './search-cost.ts';
import type { SiteBuildRow } from './site-build.ts';

export interface SiteBudgets {
  measuredAt?: string;
  budget?: { lesson?: { htmlGzip: number; cssGzip: number; jsGzip: number }; lighthouse?: number };
  withinBudget?: Record<string, boolean>;
  weights?: Record<string, { pages: number; max: Record<string, number>; median: Record<string, number> }>;
  lighthouse?: Record<string, Record<string, number>>;
}

export interface ContentCheck {
  date?: string;
  results?: {
    name: string;
    lessons: number;
    checkSeconds: number;
    checkCpuSeconds?: number;
    loadSeconds: number;
    errors: number;
  }[];
}

export interface Results {
  measuredAt: string;
  machine: {
    node: string;
    cpu: string;
    cpus: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  siteBuild: { rows: SiteBuildRow[]; failures?: { generated: number; error: string }[]; note: string };
  siteBudgets: SiteBudgets | undefined;
  search: SearchCost[];
  botLoad: BotLoadSection & { summary: LoadSummary[] };
  contentCheck: ContentCheck | undefined;
  /** Live seminar latency (docs/benchmarks/live.json); absent in runs before it was part of run-all. */
  live?: LiveBench | undefined;
  targets: Target[];
}

export interface LoadSummary {
  target: string;
  mode: 'max' | 'rate';
  rps: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  /** Throughput relative to the bare server in the same mode. */
  ofBare: number;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | undefined;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * Per target and mode: mean throughput over the rounds and the ratio to the bare server. Latency
 * percentiles are over every request of every round pooled (rate mode), as a p99 "over 20 s at
 * 500 requests/s" means (a 10 s round's p99 rests on its 50 slowest requests, so one pause can
 * decide it). Max mode: the mean of autocannon's per-run percentiles.
 */
export function summarizeLoad(results: readonly LoadResult[]): LoadSummary[] {
  const groups = new Map<string, LoadResult[]>();
  for (const r of results)
    groups.set(`${r.mode}|${r.target}`, [...(groups.get(`${r.mode}|${r.target}`) ?? []), r]);
  const rows = [...groups.values()].map((list) => ({
    target: list[0]?.target ?? '',
    mode: list[0]?.mode ?? 'max',
    rps: Math.round(mean(list.map((r) => r.rps))),
    ...pooledPercentiles(list),
    peakRssMb: Math.max(...list.map((r) => r.peakRssMb)),
    ofBare: 0,
  }));
  for (const row of rows) {
    const bare = rows.find((r) => r.mode === row.mode && r.target.startsWith('bare'));
    row.ofBare = bare ? Number((row.rps / bare.rps).toFixed(2)) : 0;
  }
  return rows;
}

function pooledPercentiles(list: readonly LoadResult[]): { p50: number; p99: number } {
  const round1 = (ms: number) => Number(ms.toFixed(1));
  if (list.some((r) => !r.latencies))
    return { p50: round1(mean(list.map((r) => r.p50))), p99: round1(mean(list.map((r) => r.p99))) };
  const pooled = list.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  return { p50: round1(percentile(pooled, 0.5)), p99: round1(percentile(pooled, 0.99)) };
}

export function evaluateTargets(results: Omit<Results, 'targets'>): Target[] {
  const sqliteMax = results.botLoad.summary.find((r) => r.mode === 'max' && r.target === 'bot, SQLite');
  const sqliteRate = results.botLoad.summary.find((r) => r.mode === 'rate' && r.target === 'bot, SQLite');
  const at1000 = results.siteBuild.rows.find((r) => r.generated === 1000);
  const budgets = results.siteBudgets?.withinBudget;
  const lessonKeys = ['lessonHtml', 'lessonCss', 'lessonJs'];
  const live = (results.live?.runs ?? []).map((run) => ({
    name: `Live: webhook 200 to presenter stream, ${run.participants} on ${run.storage}${run.instances > 1 ? ` x${run.instances}` : ''}`,
    goal: `p95 <= ${results.live?.goalP95Ms ?? 1000} ms`,
    measured: `p95 ${run.webhook200ToStream.p95} ms (p50 ${run.webhook200ToStream.p50} ms)`,
    met:
      run.webhook200ToStream.p95 <= (results.live?.goalP95Ms ?? 1000) &&
      run.stored.answered === run.participants &&
      run.finalShown.answered === run.participants,
  }));
  return [
    ...live,
    {
      name: 'Bot throughput (SQLite)',
      goal: '>= 60% of the bare server',
      measured: sqliteMax
        ? `${Math.round(sqliteMax.ofBare * 100)}% (${sqliteMax.rps} vs bare)`
        : 'not measured',
      met: sqliteMax ? sqliteMax.ofBare >= 0.6 : undefined,
    },
    {
      name: 'Bot p99 at 500 req/s (SQLite)',
      goal: '<= 20 ms',
      measured: sqliteRate ? `${sqliteRate.p99} ms (${sqliteRate.rps} req/s served)` : 'not measured',
      met: sqliteRate ? sqliteRate.p99 <= 20 && sqliteRate.rps >= 475 : undefined,
    },
    {
      name: 'Site build at 1,000 lessons',
      goal: '<= 1.5x the bare Astro baseline',
      measured: at1000
        ? `${at1000.ratio}x (${at1000.site.seconds} s vs ${at1000.bare.seconds} s)`
        : 'not measured',
      met: at1000 ? at1000.ratio <= 1.5 : undefined,
    },
    {
      name: 'Lesson page weight',
      goal: 'within the site budgets',
      measured: budgets
        ? lessonKeys.map((k) => `${k}: ${budgets[k] ? 'within' : 'over'}`).join(', ')
        : 'site-budgets.json missing',
      met: budgets ? lessonKeys.every((k) => budgets[k] === true) : undefined,
    },
  ];
}
