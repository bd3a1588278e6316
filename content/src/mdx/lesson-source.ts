import { parse } from 'yaml';
import { splitFrontmatter } from '../load/frontmatter.ts';

/**
 * A lesson file as the site's collection stores it: the raw front matter (the collection's schema
 * validates it) and the MDX body. Broken files are the checker's to explain; this only throws.
 */
export function readLessonSource(
  text: string,
  file: string,
): {
  frontmatter: Record<string, unknown>;
  body: string;
  /** 1-based file line where the body starts. */
  bodyStartLine: number;
} {
  const split = splitFrontmatter(text);
  if (split.frontmatter === undefined) throw new Error(`${file}: no --- front matter`);
  const frontmatter: unknown = parse(split.frontmatter);
  if (typeof frontmatter !== 'object' || frontmatter === null)
    throw new Error(`${file}: front matter is not a map`);
  return {
    frontmatter: frontmatter as Record<string, unknown>,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
  };
}
