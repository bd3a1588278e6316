import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Files under `dir` (recursively) whose names end in one of `extensions`, sorted; [] if no dir. */
export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => path.join(dir, name))
    .sort();
}
