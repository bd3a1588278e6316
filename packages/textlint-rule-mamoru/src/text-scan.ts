/** Helpers that look at raw document text around a Str node. */

const KATAKANA = /[\p{Script=Katakana}ー]/u;
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;
const KANJI = /[\p{Script=Han}々]/u;

export function isKatakana(char: string | undefined): boolean {
  return char !== undefined && KATAKANA.test(char) && char !== '・';
}

/** True when `offset` lies between `<Term ...>` and `</Term>` in the document source. */
export function isInsideTerm(source: string, offset: number): boolean {
  return source.lastIndexOf('<Term', offset) > source.lastIndexOf('</Term>', offset);
}

/**
 * A spelling found at `index` is a word of its own, not a piece of a longer one: katakana
 * spellings may not touch more katakana (ウェア inside ランサムウェア), kanji ones more kanji
 * (商工会議所 inside 東京商工会議所, a name), ascii ones more letters.
 */
export function standsAlone(text: string, index: number, length: number): boolean {
  const before = text[index - 1];
  const after = text[index + length];
  const first = text[index];
  const last = text[index + length - 1];
  if (isKatakana(first) && isKatakana(before)) return false;
  if (isKatakana(last) && isKatakana(after)) return false;
  if (first !== undefined && KANJI.test(first) && before !== undefined && KANJI.test(before)) return false;
  if (last !== undefined && KANJI.test(last) && after !== undefined && KANJI.test(after)) return false;
  if (
    first !== undefined &&
    ASCII_WORD_CHAR.test(first) &&
    before !== undefined &&
    ASCII_WORD_CHAR.test(before)
  )
    return false;
  if (last !== undefined && ASCII_WORD_CHAR.test(last) && after !== undefined && ASCII_WORD_CHAR.test(after))
    return false;
  return true;
}

/** Runs of katakana (with ー) and ascii words, with their index in `text`. */
export function foreignWords(text: string): { word: string; index: number; kind: 'katakana' | 'english' }[] {
  const words: { word: string; index: number; kind: 'katakana' | 'english' }[] = [];
  for (const match of text.matchAll(
    /[\p{Script=Katakana}ー]+|[A-Za-z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*/gu,
  )) {
    if (match[0] === '・') continue;
    words.push({
      word: match[0],
      index: match.index,
      kind: /^[A-Za-z]/.test(match[0]) ? 'english' : 'katakana',
    });
  }
  return words;
}
