/** The header lines public/_headers sets for one path (its block), without the global "/*" block. */
export function headersBlock(file: string, urlPath: string): string[] {
  const blocks = file
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')));
  const block = blocks.find((lines) => lines[0]?.trim() === urlPath) ?? [];
  return block.slice(1).map((line) => line.trim());
}
