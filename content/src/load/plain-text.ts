/**
 * Markdown/MDX to plain text, line by line: keeps the words a reader sees (headings, list items,
 * the children of components) and drops markup. Good enough for PPTX text boxes and notes;
 * not a full MDX renderer.
 */
export function markdownToPlainText(markdown: string): string {
  const lines = markdown
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^(\s*)[-*+]\s+/, '$1・')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<\/?[A-Za-z][\w.]*(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/g, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(\*|_)(.+?)\1/g, '$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\s+$/, ''),
    );
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
