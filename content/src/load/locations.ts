import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder (content/), which is also the default content root. */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The repository root: file paths in lessons and problems are relative to it. */
export const REPO_ROOT = path.resolve(PACKAGE_DIR, '..');

/** Path as shown to authors: relative to the repository root, or absolute outside it. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(REPO_ROOT, absolutePath);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? absolutePath
    : relative.split(path.sep).join('/');
}
