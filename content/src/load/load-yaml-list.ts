import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Problem } from '../problem.ts';
import { displayPath } from './locations.ts';
import type { SourceMap } from './source-info.ts';
import { issuesToProblems, parseYamlSource } from './yaml-source.ts';

/**
 * Reads a YAML file that holds a list of items and validates each item on its own, so one bad
 * item neither hides the problems of the others nor drops the good ones.
 */
export async function loadYamlList<T extends object>(
  absolutePath: string,
  itemSchema: z.ZodType<T>,
  sources: SourceMap,
  problems: Problem[],
): Promise<T[]> {
  const file = displayPath(absolutePath);
  const yaml = parseYamlSource(await readFile(absolutePath, 'utf8'), file);
  problems.push(...yaml.syntaxProblems);
  if (yaml.syntaxProblems.length > 0) return [];
  if (yaml.data === null || yaml.data === undefined) return [];
  if (!Array.isArray(yaml.data)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      rule: 'schema',
      message: 'ファイル全体を「- id: ...」で始まるリストにしてください (expected a YAML list)',
      severity: 'error',
    });
    return [];
  }
  const items: T[] = [];
  yaml.data.forEach((raw: unknown, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, yaml, file, [index]));
      return;
    }
    sources.set(parsed.data, { file, absolutePath, locate: (path) => yaml.locate([index, ...path]) });
    items.push(parsed.data);
  });
  return items;
}
