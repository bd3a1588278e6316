// Japanese line breaking for link cards: break between words (not inside パスワード), keep
// particles with the word before them, and follow the basic kinsoku rules (no line starts with 。
// or a small kana, no line ends with an opening bracket).
const NO_LINE_START = new Set(
  '、。，．,.・：；:;？！?!ー～…‥）)」』】〕〉》］]｝}ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ',
);
const NO_LINE_END = new Set('（(「『【〔〈《［[｛{');
const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/;
const SPACE = /^\s+$/;
const ELLIPSIS = '…';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Words joined into units that should stay on one line. */
function unitsOf(text: string): string[] {
  const units: string[] = [];
  let carry = '';
  for (const { segment } of segmenter.segment(text)) {
    const previous = units.at(-1);
    const first = segment[0] ?? '';
    if (carry) {
      units.push(carry + segment);
      carry = '';
    } else if (
      previous !== undefined &&
      !SPACE.test(previous) &&
      !SPACE.test(segment) &&
      (NO_LINE_START.has(first) || HIRAGANA_ONLY.test(segment))
    ) {
      units[units.length - 1] = previous + segment;
    } else {
      units.push(segment);
    }
    const last = units.at(-1) ?? '';
    if (NO_LINE_END.has(last.at(-1) ?? '') && !carry) carry = units.pop() ?? '';
  }
  if (carry) units.push(carry);
  return units;
}

/**
 * Splits `text` into lines no wider than `maxWidth` (as measured by `widthOf`), at most `maxLines`
 * of them; text that does not fit ends the last line with an ellipsis.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  widthOf: (text: string) => number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of unitsOf(text)) {
    if (SPACE.test(unit) && line === '') continue;
    if (widthOf(line + unit) <= maxWidth) {
      line += unit;
      continue;
    }
    if (line !== '' && widthOf(unit.trimStart()) <= maxWidth) {
      push();
      line = unit.trimStart();
      continue;
    }
    // A unit longer than a line: break it between characters, still keeping kinsoku.
    for (const char of unit) {
      if (widthOf(line + char) <= maxWidth || line === '') {
        line += char;
        continue;
      }
      const chars = [...line];
      let moved = '';
      while (chars.length > 1 && (NO_LINE_START.has(char) || NO_LINE_END.has(chars.at(-1) ?? ''))) {
        moved = (chars.pop() ?? '') + moved;
        if (!NO_LINE_START.has(moved[0] ?? '') && !NO_LINE_END.has(chars.at(-1) ?? '')) break;
      }
      line = chars.join('');
      push();
      line = moved + char;
    }
  }
  if (line.trim() !== '') push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last !== '' && widthOf(last + ELLIPSIS) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last + ELLIPSIS;
  return kept;
}
