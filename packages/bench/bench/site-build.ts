import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BARE_ASTRO_BIN, bareAstroSite } from '../src/site/bare-astro.ts';
import { type BuildMeasurement, measureAstroBuild } from '../src/site/measure-build.ts';
import { siteCopy } from '../src/site/site-copy.ts';

export interface SiteBuildRow {
  /** Generated lessons added to the real ones (0 = the real site). */
  generated: number;
  lessons: number;
  site: BuildMeasurement & { msPerPage: number };
  bare: BuildMeasurement & { msPerPage: number };
  /** Site build time / bare Astro build time for the same number of lesson pages (means). */
  ratio: number;
  /** Each round's ratio: site and bare built in alternation, every build cold. */
  roundRatios: number[];
  /**
   * The 1-minute load average before each round and after the last: the machine is shared, and
   * a ratio measured at load 20 says less than one at load 2.
   */
  loadAverages: number[];
}

/** Rounds per size: the largest size once (it takes minutes), the others twice. */
const ROUNDS_BELOW_LARGEST = 2;

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** The mean time of several builds of one project; memory is the largest of them. */
function combined(runs: BuildMeasurement[]): BuildMeasurement {
  return {
    seconds: mean(runs.map((run) => run.seconds)),
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
    htmlPages: runs[0]?.htmlPages ?? 0,
  };
}

/** Every build starts cold: no output, no content data store, no Vite cache from a round before. */
async function clearBuildCaches(siteDir: string): Promise<void> {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    await rm(join(siteDir, dir), { recursive: true, force: true });
}

const perPage = (m: BuildMeasurement) => ({
  ...m,
  seconds: Number(m.seconds.toFixed(1)),
  msPerPage: Math.round((m.seconds * 1000) / Math.max(1, m.htmlPages)),
});

/**
 * Section 1: the site built from a copy of the repository with N generated lessons, and right after
 * it a bare Astro + MDX project with the same number of plain pages. Keeps the built site of the
 * real content and of the largest size for the search section; `remove()` deletes them.
 */
export async function siteBuildSection(sizes: readonly number[]) {
  const rows: SiteBuildRow[] = [];
  const failures: { generated: number; error: string }[] = [];
  const kept: { generated: number; dist: string; remove: () => Promise<void> }[] = [];
  const largest = Math.max(...sizes);
  for (const generated of [0, ...sizes]) {
    const copy = await siteCopy(generated);
    try {
      const siteRuns: BuildMeasurement[] = [];
      const bareRuns: BuildMeasurement[] = [];
      const loadAverages: number[] = [];
      const oneMinuteLoad = () => Number((loadavg()[0] ?? 0).toFixed(1));
      for (let round = 0; round < (generated === largest ? 1 : ROUNDS_BELOW_LARGEST); round++) {
        loadAverages.push(oneMinuteLoad());
        await clearBuildCaches(copy.siteDir);
        siteRuns.push(
          await measureAstroBuild(copy.siteDir, join(copy.siteDir, 'node_modules/astro/bin/astro.mjs')),
        );
        const bareProject = await bareAstroSite(copy.lessonCount);
        bareRuns.push(await measureAstroBuild(bareProject.dir, BARE_ASTRO_BIN));
        await bareProject.remove();
      }
      loadAverages.push(oneMinuteLoad());
      const site = combined(siteRuns);
      const bare = combined(bareRuns);
      const row = {
        generated,
        lessons: copy.lessonCount,
        site: perPage(site),
        bare: perPage(bare),
        ratio: Number((site.seconds / bare.seconds).toFixed(2)),
        roundRatios: siteRuns.map((run, index) =>
          Number((run.seconds / (bareRuns[index]?.seconds ?? Number.NaN)).toFixed(2)),
        ),
        loadAverages,
      };
      console.log(
        `site build, ${row.lessons} lessons: ${row.site.seconds} s (${row.site.msPerPage} ms/page, ${row.site.peakRssMb} MB) vs bare ${row.bare.seconds} s: ${row.ratio}x (rounds: ${row.roundRatios.join(', ')}; load ${row.loadAverages.join(' / ')})`,
      );
      rows.push(row);
      if (generated === 0 || generated === largest)
        kept.push({ generated, dist: join(copy.siteDir, 'dist'), remove: copy.remove });
      else await copy.remove();
    } catch (error) {
      // One failed size (e.g. the working tree changed under the copy) must not lose the others.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`site build with ${generated} generated lessons failed: ${message.slice(0, 2000)}`);
      failures.push({
        generated,
        error: /\[ERROR\].*|Error: .*/.exec(message)?.[0] ?? message.slice(0, 300),
      });
      await copy.remove();
    }
  }
  return {
    rows,
    failures,
    kept,
    remove: async () => {
      for (const k of kept) await k.remove();
    },
  };
}
