import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkFigures } from '../check/figures.ts';
import { ContentError, compareProblems, type Problem } from '../problem.ts';
import { type Figure, figureFileSchema } from '../schemas/figure.ts';
import { listFiles } from './list-files.ts';
import { displayPath, PACKAGE_DIR } from './locations.ts';
import type { SourceMap } from './source-info.ts';
import { issuesToProblems, parseYamlSource } from './yaml-source.ts';

const FIGURE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads content/figures/<id>.yaml under `root`: one figure per file, its id the file name.
 * Bad files are reported in `problems` (file, line, field) and left out; good ones are returned
 * in file order and registered in `sources` so checks can point at their lines.
 */
export async function loadFigures(root: string, sources: SourceMap, problems: Problem[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const absolutePath of await listFiles(path.join(root, 'figures'), ['.yaml', '.yml'])) {
    const figure = await loadFigureFile(absolutePath, sources, problems);
    if (figure) figures.push(figure);
  }
  return figures;
}

async function loadFigureFile(
  absolutePath: string,
  sources: SourceMap,
  problems: Problem[],
): Promise<Figure | undefined> {
  const file = displayPath(absolutePath);
  const id = path.basename(absolutePath).replace(/\.ya?ml$/, '');
  const yaml = parseYamlSource(await readFile(absolutePath, 'utf8'), file);
  problems.push(...yaml.syntaxProblems);
  if (yaml.syntaxProblems.length > 0) return undefined;
  if (!FIGURE_ID.test(id)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      rule: 'figure-id',
      message: `ファイル名 "${id}" は英小文字・数字・ハイフンにしてください (figure id)`,
      severity: 'error',
    });
    return undefined;
  }
  const parsed = figureFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, yaml, file));
    return undefined;
  }
  const figure: Figure = { id, ...parsed.data };
  sources.set(figure, { file, absolutePath, locate: yaml.locate });
  return figure;
}

/**
 * The figures alone, validated and checked, for renderers (site, decks, PPTX) that need them
 * without reading every lesson. Throws a ContentError listing every problem.
 */
export async function loadFigureFiles(root: string = PACKAGE_DIR): Promise<Figure[]> {
  const problems: Problem[] = [];
  const sources: SourceMap = new WeakMap();
  const figures = await loadFigures(root, sources, problems);
  checkFigures(figures, sources, (problem) => problems.push({ severity: 'error', ...problem }));
  if (problems.length > 0) throw new ContentError(problems.sort(compareProblems));
  return figures;
}
