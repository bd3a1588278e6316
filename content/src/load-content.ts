import { collectContent, collectGlossary } from './load/collect.ts';
import { PACKAGE_DIR } from './load/locations.ts';
import type { SourceMap } from './load/source-info.ts';
import { ContentError, compareProblems, type Problem } from './problem.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';
import type { Content } from './types.ts';

export interface LoadContentOptions {
  /** Content root (the folder holding lessons/, glossary/, quizzes/, decks/); defaults to this package. */
  root?: string;
}

/**
 * Loads and validates all content. Throws a ContentError listing every problem when a file cannot
 * be read as valid content (bad YAML or front matter, schema errors, misplaced files, duplicate ids).
 * Cross-references, channel limits and writing quality are the checker's job (`pnpm content:check`).
 */
export async function loadContent(options: LoadContentOptions = {}): Promise<Content> {
  const { content, problems } = await collectContent(options.root);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

/**
 * The glossary alone, validated the same way: for the site's lesson renderer, which needs it before
 * Astro starts and should not read every lesson for it.
 */
export async function loadGlossary(options: LoadContentOptions = {}): Promise<GlossaryTerm[]> {
  const problems: Problem[] = [];
  const sources: SourceMap = new WeakMap();
  const glossary = await collectGlossary(options.root ?? PACKAGE_DIR, sources, problems);
  if (problems.length > 0) throw new ContentError(problems.sort(compareProblems));
  return glossary;
}
