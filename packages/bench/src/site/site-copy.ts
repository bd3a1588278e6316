import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLessons } from '../../../../content/bench/generate-lessons.ts';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * A throwaway copy of the parts of the repository the site build reads (apps/site, content, root
 * config), with `lessons` generated lessons added to the real ones. A copy rather than CONTENT_ROOT,
 * so that the build's dist/, .astro/ and Vite cache stay out of apps/site; installed packages are
 * shared through symlinks (pnpm's links inside are relative, so they resolve).
 */
export async function siteCopy(
  lessons: number,
): Promise<{ root: string; siteDir: string; lessonCount: number; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), `mamoru-site-${lessons}-`));
  const skip = new Set(['dist', '.astro', '.vite', '.vite-temp', 'test', '.site-tmp']);
  await cp(join(REPO, 'apps/site'), join(root, 'apps/site'), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !skip.has(source.split('/').at(-1) ?? ''),
  });
  await cp(join(REPO, 'content'), join(root, 'content'), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !['dist', 'test'].includes(source.split('/').at(-1) ?? ''),
  });
  for (const file of ['package.json', 'tsconfig.base.json', 'pnpm-workspace.yaml'])
    await cp(join(REPO, file), join(root, file));
  await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'));
  await symlink(join(REPO, 'packages'), join(root, 'packages'));
  await generateLessons(join(root, 'content'), lessons);
  let lessonCount = 0;
  for (const entry of await readdir(join(root, 'content/lessons'), { recursive: true }))
    if (String(entry).endsWith('.mdx')) lessonCount++;
  return {
    root,
    siteDir: join(root, 'apps/site'),
    lessonCount,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
