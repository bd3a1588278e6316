/** A lesson (.md) or deck (.mdx) file split into its YAML front matter and its body. */
export interface SplitMdx {
  /** YAML between the `---` fences, or undefined when the file has none. */
  frontmatter: string | undefined;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\n<yaml>\n---\n<body>`; the YAML starts on file line 2 (a line offset of 1). */
export function splitFrontmatter(text: string): SplitMdx {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0]?.replace(/\r$/, '') ?? ''))
    return { frontmatter: undefined, body: text, bodyStartLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line.replace(/\r$/, '')));
  if (close < 0) return { frontmatter: undefined, body: text, bodyStartLine: 1 };
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}
