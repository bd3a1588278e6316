/**
 * A 科目B case as paragraphs of lines: a blank line starts a paragraph, a line break starts a line
 * (a list of rules stays a list). Rendered as <p> and <br>, because the build joins Japanese lines
 * inside a text node.
 */
export function caseParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}
