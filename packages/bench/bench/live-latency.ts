/**
 * Live seminar latency on its own: `node bench/live-latency.ts` runs the rooms of src/live/live-bench.ts
 * (also part of `pnpm bench`'s run-all), writes docs/benchmarks/live.json and replaces section 6 of
 * docs/benchmarks.md with the report's rendering of it (the other sections stay as they are). LIVE_BENCH_PARTICIPANTS / LIVE_BENCH_INSTANCES /
 * LIVE_BENCH_STORAGE run one room of that size instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIVE_RUNS, liveBench } from '../src/live/live-bench.ts';
import { REPO } from '../src/site/site-copy.ts';
import { replaceLiveSection } from './markdown.ts';

const one = process.env.LIVE_BENCH_PARTICIPANTS;
const runs = one
  ? [
      {
        storage: process.env.LIVE_BENCH_STORAGE === 'sqlite' ? ('sqlite' as const) : ('postgres' as const),
        participants: Number(one),
        instances: Number(process.env.LIVE_BENCH_INSTANCES ?? 2),
        windowMs: 10_000,
      },
    ]
  : LIVE_RUNS;
const result = await liveBench(runs);
console.log(JSON.stringify(result, null, 2));
if (!one) {
  writeFileSync(join(REPO, 'docs/benchmarks/live.json'), `${JSON.stringify(result, null, 2)}\n`);
  const report = join(REPO, 'docs/benchmarks.md');
  writeFileSync(report, replaceLiveSection(readFileSync(report, 'utf8'), { live: result }));
  console.log('wrote docs/benchmarks/live.json and section 6 of docs/benchmarks.md');
}
