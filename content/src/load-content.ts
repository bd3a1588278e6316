import { collectContent } from './load/collect.ts';
import { ContentError } from './problem.ts';
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
