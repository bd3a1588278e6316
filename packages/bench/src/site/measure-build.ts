import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config.ts';

export interface BuildMeasurement {
  seconds: number;
  /** Largest resident set of any process of the build (GNU time's "Maximum resident set size"). */
  peakRssMb: number;
  htmlPages: number;
}

/** Counts the .html files a build wrote. */
export async function countHtml(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

/** Runs `astro build` in `projectDir` under GNU time; wall time, peak memory and pages written. */
export async function measureAstroBuild(
  projectDir: string,
  astroBin: string,
  extraEnv: Record<string, string> = {},
): Promise<BuildMeasurement> {
  const started = performance.now();
  let stderr = '';
  let stdout = '';
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, astroBin, 'build'], {
      cwd: projectDir,
      env: { PATH: config.path, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout = (stdout + chunk.toString()).slice(-20_000);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0)
    throw new Error(`astro build failed in ${projectDir}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
  return { seconds, peakRssMb: Math.round(kb / 1024), htmlPages: await countHtml(join(projectDir, 'dist')) };
}
