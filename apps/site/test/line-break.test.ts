import { describe, expect, it } from 'vitest';
import { breakLines } from '../src/lib/og/line-break.ts';

// Full-width characters are 1 wide, ASCII half: close to how the card font sets them.
const widthOf = (text: string) =>
  [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

describe('breakLines (link card titles)', () => {
  it('keeps a short title on one line', () => {
    expect(breakLines('パスワードは長く', 14, widthOf, 2)).toEqual(['パスワードは長く']);
  });

  it('breaks between words, not inside a katakana word, and keeps particles with their word', () => {
    const lines = breakLines('情報セキュリティは「費用」ではなく経営の仕事', 14, widthOf, 3);
    expect(lines).toEqual(['情報セキュリティは', '「費用」ではなく経営の仕事']);
  });

  it('never starts a line with a closing bracket or 、 nor ends one with an opening bracket', () => {
    for (const width of [8, 9, 10, 11, 12, 13]) {
      const lines = breakLines('だましのメールを見分ける（標的型とフィッシング）、その先', width, widthOf, 9);
      expect(lines.join('')).toBe('だましのメールを見分ける（標的型とフィッシング）、その先');
      for (const line of lines) {
        expect(line).not.toMatch(/^[、。）」]/);
        expect(line).not.toMatch(/[（「]$/);
        expect(widthOf(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('splits a word longer than a line between characters', () => {
    const lines = breakLines('情報処理安全確保支援士', 6, widthOf, 3);
    expect(lines.join('')).toBe('情報処理安全確保支援士');
    expect(lines.every((line) => widthOf(line) <= 6)).toBe(true);
  });

  it('ends the last allowed line with an ellipsis when the text does not fit', () => {
    const lines = breakLines('東京2020と大阪・関西万博から学ぶ、次の行事への備え', 8, widthOf, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(widthOf(lines[1] ?? '')).toBeLessThanOrEqual(8);
  });
});
