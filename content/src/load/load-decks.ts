import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problem.ts';
import { deckFrontmatterSchema } from '../schemas/deck.ts';
import type { Deck } from '../types.ts';
import { parseDeckBody } from './deck-slides.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { listFiles } from './list-files.ts';
import { displayPath } from './locations.ts';
import type { SourceMap } from './source-info.ts';
import { issuesToProblems, parseYamlSource } from './yaml-source.ts';

/** Reads decks/<id>.mdx and splits each body into slides. */
export async function loadDecks(root: string, sources: SourceMap, problems: Problem[]): Promise<Deck[]> {
  const decksDir = path.join(root, 'decks');
  const decks: Deck[] = [];
  for (const absolutePath of await listFiles(decksDir, ['.mdx'])) {
    const file = displayPath(absolutePath);
    const id = path.relative(decksDir, absolutePath).replace(/\.mdx$/, '');
    const split = splitFrontmatter(await readFile(absolutePath, 'utf8'));
    if (split.frontmatter === undefined) {
      problems.push({
        file,
        line: 1,
        column: 1,
        rule: 'frontmatter',
        message: 'ファイルの先頭に --- で囲んだ front matter がありません',
        severity: 'error',
      });
      continue;
    }
    const yaml = parseYamlSource(split.frontmatter, file, 1);
    problems.push(...yaml.syntaxProblems);
    if (yaml.syntaxProblems.length > 0) continue;
    const parsed = deckFrontmatterSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, yaml, file));
      continue;
    }
    const body = parseDeckBody(split.body);
    const toFileLine = (bodyLine: number) => bodyLine + split.bodyStartLine - 1;
    for (const problem of body.problems) {
      problems.push({
        file,
        line: toFileLine(problem.line),
        column: 1,
        rule: problem.rule,
        message: problem.message,
        severity: 'error',
      });
    }
    const deck: Deck = { ...parsed.data, id, file, slides: body.slides };
    sources.set(deck, {
      file,
      absolutePath,
      locate: yaml.locate,
      bodyStartLine: split.bodyStartLine,
      body: split.body,
      slideLines: body.slideLines.map(toFileLine),
    });
    decks.push(deck);
  }
  return decks;
}
