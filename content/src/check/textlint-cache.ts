import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PACKAGE_DIR, REPO_ROOT } from '../load/locations.ts';
import type { Problem } from '../problem.ts';

type CachedProblem = Omit<Problem, 'file'>;

/**
 * textlint results per file text, so a writer's second run only lints what changed. The key covers
 * the text, the file's extension (it picks the Markdown or the MDX plugin), the glossary (a rule
 * option) and everything that shapes the rules (textlint.config.ts, Mamoru's rule sources, the
 * preset's version, the lockfile), so a change to any of them misses the cache.
 */
export interface TextlintCache {
  get(file: string, text: string): CachedProblem[] | undefined;
  set(file: string, text: string, problems: CachedProblem[]): void;
  /** Writes the entries used in this run (older ones are dropped). */
  save(): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const entryKey = (file: string, text: string) => sha256(`${path.extname(file)}\u0000${text}`);

async function rulesFingerprint(glossaryJson: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const ruleDir = path.dirname(require.resolve('@mamoru/textlint-rule-mamoru'));
  const ruleFiles = (await readdir(ruleDir)).filter((name) => name.endsWith('.ts')).sort();
  const parts = [
    await readFile(path.join(PACKAGE_DIR, 'textlint.config.ts'), 'utf8'),
    ...(await Promise.all(ruleFiles.map((name) => readFile(path.join(ruleDir, name), 'utf8')))),
    await readFile(require.resolve('textlint-rule-preset-ja-technical-writing/package.json'), 'utf8'),
    // Any dependency update (a preset rule's patch release, say) changes the lockfile.
    await readFile(path.join(REPO_ROOT, 'pnpm-lock.yaml'), 'utf8').catch(() => ''),
    await readFile(path.join(PACKAGE_DIR, 'src/check/textlint.ts'), 'utf8'),
    glossaryJson,
  ];
  return sha256(parts.join('\u0000'));
}

export async function openTextlintCache(cacheFile: string, glossaryJson: string): Promise<TextlintCache> {
  const fingerprint = await rulesFingerprint(glossaryJson);
  let stored: Record<string, CachedProblem[]> = {};
  try {
    const parsed = JSON.parse(await readFile(cacheFile, 'utf8')) as {
      fingerprint?: string;
      entries?: typeof stored;
    };
    if (parsed.fingerprint === fingerprint && parsed.entries) stored = parsed.entries;
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const used: Record<string, CachedProblem[]> = {};
  return {
    get(file, text) {
      const key = entryKey(file, text);
      const hit = stored[key];
      if (hit) used[key] = hit;
      return hit;
    },
    set(file, text, problems) {
      used[entryKey(file, text)] = problems;
    },
    async save() {
      await mkdir(path.dirname(cacheFile), { recursive: true });
      await writeFile(cacheFile, JSON.stringify({ fingerprint, entries: used }));
    },
  };
}

/**
 * Where the CLI keeps the cache for a content root: inside node_modules (git and clean checkouts
 * ignore it), one file per root so checking a test fixture does not evict the real content.
 */
export function defaultTextlintCacheFile(root: string): string {
  const name = `textlint-${sha256(path.resolve(root)).slice(0, 12)}.json`;
  return path.join(PACKAGE_DIR, 'node_modules', '.cache', 'mamoru-content-check', name);
}
