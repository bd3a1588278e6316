/**
 * `pnpm --filter @mamoru/content bench`: how long the checker takes on the real content and on
 * 300 and 1,000 generated lessons. Prints a table and writes docs/benchmarks/content-check.json.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../src/check/run-check.ts';
import { collectContent } from '../src/load/collect.ts';
import { REPO_ROOT } from '../src/load/locations.ts';
import { generateLessons } from './generate-lessons.ts';

interface Measurement {
  name: string;
  lessons: number;
  loadSeconds: number;
  checkSeconds: number;
  /** CPU time of the check (user + system); steadier than wall time on a busy shared machine. */
  checkCpuSeconds: number;
  errors: number;
  warnings: number;
}

async function measure(name: string, root?: string): Promise<Measurement> {
  const rootOption = root === undefined ? {} : { root };
  let started = performance.now();
  const collected = await collectContent(root);
  const loadSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await checkContent(rootOption);
  const checkSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const result = {
    name,
    lessons: collected.content.lessons.length,
    loadSeconds: Number(loadSeconds.toFixed(3)),
    checkSeconds: Number(checkSeconds.toFixed(2)),
    checkCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    errors: report.errors.length,
    warnings: report.warnings.length,
  };
  console.log(
    `${name.padEnd(22)} ${String(result.lessons).padStart(5)} lessons  load ${result.loadSeconds.toFixed(3)} s  check ${result.checkSeconds.toFixed(2)} s (cpu ${result.checkCpuSeconds.toFixed(2)} s)  (${(result.checkSeconds / Math.max(1, result.lessons)).toFixed(3)} s/lesson)`,
  );
  return result;
}

// Warm up once so kuromoji's dictionary load is not charged to the first measurement only.
await checkContent({ root: path.join(import.meta.dirname, '../test/fixtures/valid') });

const results: Measurement[] = [await measure('real content')];
for (const count of [300, 1000]) {
  const root = await mkdtemp(path.join(os.tmpdir(), `mamoru-bench-${count}-`));
  try {
    await generateLessons(root, count);
    results.push(await measure(`generated ${count}`, root));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const outFile = path.join(REPO_ROOT, 'docs', 'benchmarks', 'content-check.json');
await writeFile(
  outFile,
  `${JSON.stringify(
    {
      benchmark: 'pnpm content:check (checkContent) wall time',
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
      note: 'check = schema, references, minutes, LINE limits, textlint (preset + Mamoru rules) and readability; after one warm-up run',
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
