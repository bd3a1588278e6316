import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLessons } from '../../../../content/bench/generate-lessons.ts';

/** This package's node_modules: astro and @astrojs/mdx at the workspace catalog's versions. */
const OWN_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
export const BARE_ASTRO_BIN = join(OWN_MODULES, 'astro/bin/astro.mjs');

/**
 * The baseline: a bare Astro 7 + MDX project that builds `pages` plain MDX pages (the same generated
 * lesson text, no layout, no components, no search index, no images).
 */
export async function bareAstroSite(pages: number): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `mamoru-bare-astro-${pages}-`));
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module' })}\n`,
  );
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  await symlink(OWN_MODULES, join(dir, 'node_modules'));
  await generateLessons(join(dir, 'src/pages'), pages, 'mdx');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
