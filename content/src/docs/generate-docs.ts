import path from 'node:path';
import { PACKAGE_DIR, REPO_ROOT } from '../load/locations.ts';
import { loadContent } from '../load-content.ts';
import { measureReadability } from '../readability/measure.ts';
import { renderReadabilityReport } from './readability-report.ts';
import { loadSeedMap, renderSeedCoverage } from './seed-coverage.ts';

/** The generated docs, keyed by path relative to the repository root. */
export async function generateDocs(contentRoot = PACKAGE_DIR): Promise<Map<string, string>> {
  const content = await loadContent({ root: contentRoot });
  const scores = [];
  for (const lesson of content.lessons) scores.push(await measureReadability(lesson.id, lesson.body));
  return new Map([
    ['docs/seed-coverage.md', renderSeedCoverage(content, loadSeedMap(contentRoot))],
    ['docs/readability.md', renderReadabilityReport(scores)],
  ]);
}

export const docsPath = (relative: string) => path.join(REPO_ROOT, relative);
