/** Estimated width of text: ASCII about 0.6 em, everything else (kana, kanji) 1 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x80 ? 0.6 * fontSize : fontSize;
  return width;
}

/** Breaks text into lines no wider than maxWidth (Japanese may break between any characters). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && textWidth(line + char, fontSize) > maxWidth) {
      lines.push(line);
      line = char.trim() === '' ? '' : char;
      continue;
    }
    line += char;
  }
  if (line !== '') lines.push(line);
  return lines;
}
