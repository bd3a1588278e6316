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
  /** Site build time / bare Astro build time for the same number of lesson pages. */
  ratio: number;
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
      const site = await measureAstroBuild(
        copy.siteDir,
        join(copy.siteDir, 'node_modules/astro/bin/astro.mjs'),
      );
      const bareProject = await bareAstroSite(copy.lessonCount);
      const bare = await measureAstroBuild(bareProject.dir, BARE_ASTRO_BIN);
      await bareProject.remove();
      const row = {
        generated,
        lessons: copy.lessonCount,
        site: perPage(site),
        bare: perPage(bare),
        ratio: Number((site.seconds / bare.seconds).toFixed(2)),
      };
      console.log(
        `site build, ${row.lessons} lessons: ${row.site.seconds} s (${row.site.msPerPage} ms/page, ${row.site.peakRssMb} MB) vs bare ${row.bare.seconds} s: ${row.ratio}x`,
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
