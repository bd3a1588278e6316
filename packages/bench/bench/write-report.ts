/** Re-renders docs/benchmarks.md from docs/benchmarks/results.json and live.json (after editing the report's wording, or a live bench run on its own). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../src/site/site-copy.ts';
import { benchmarksMarkdown, siteBuildNote } from './markdown.ts';
import { evaluateTargets, type Results } from './report.ts';

const results = JSON.parse(readFileSync(join(REPO, 'docs/benchmarks/results.json'), 'utf8')) as Results;
// Wording that changed after the run, so that a re-render says what is true now.
results.siteBuild.note = siteBuildNote;
// The live bench also runs on its own (bench/live-latency.ts): its latest figures win.
const liveFile = join(REPO, 'docs/benchmarks/live.json');
if (existsSync(liveFile)) {
  results.live = JSON.parse(readFileSync(liveFile, 'utf8'));
  results.targets = evaluateTargets(results);
}
const sizes = results.siteBuild.rows.map((r) => r.generated).filter((n) => n > 0);
const skipped = [100, 1000, 3000].filter((n) => !sizes.includes(n));
writeFileSync(
  join(REPO, 'docs/benchmarks.md'),
  benchmarksMarkdown(results, {
    siteSizesSkipped:
      skipped.length > 0 ? `Not run this time: ${skipped.join(', ')} generated lessons.` : undefined,
  }),
);
