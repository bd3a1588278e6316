import { type MdastNode, mdxToMdast } from 'satteri';

/**
 * The one MDX parser: Sätteri's MDX mode, the parser Astro 7 uses. The checker reads every lesson's
 * tree from here and the site renders lessons through the same parser (render/render-lesson.ts).
 */
export type MdxNode = MdastNode;

/** What MDX's parser said about text it cannot read, at a line and column of the parsed text. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  /** MDX's own message, e.g. "Expected a closing tag for `<Term>` (1:1) ...". */
  reason: string;
}

export type ParsedMdx = { tree: MdxNode; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

/** Sätteri reports a syntax error as `line:column: reason (rule)`. */
const SYNTAX_ERROR = /^(\d+):(\d+): ([\s\S]*)$/;

/** Parses an MDX body (no front matter) with positions; a syntax error comes back, never thrown. */
export function parseMdx(body: string): ParsedMdx {
  try {
    return { tree: mdxToMdast(body, { position: true, features: { frontmatter: false } }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = SYNTAX_ERROR.exec(message);
    if (!match) return { error: { line: 1, column: 1, reason: message } };
    return { error: { line: Number(match[1]), column: Number(match[2]), reason: match[3] ?? message } };
  }
}
