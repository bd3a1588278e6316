/**
 * The pure part of search: what to ask Pagefind for a typed query, and which of Pagefind's
 * results really contain what was typed. No DOM, no Pagefind: unit-tested in test/search-query.test.ts.
 *
 * Why the literal check: Pagefind segments Japanese with Lindera when it indexes and with
 * Intl.Segmenter when it searches (upstream issue #1237). A word the index does not hold (身代金)
 * is shortened until something matches (身), and pages that only say 身につく come back. A page is
 * kept only when its text contains a whole typed word or one of its aliases.
 */
import { EMERGENCY_WORDS, SEARCH_ALIASES } from '../../lib/search-words.ts';

/** NFKC (full-width ＵＳＢ → USB, half-width ｶﾅ → カナ), one space between words, trimmed. */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

const HIRAGANA = /[\u3041-\u3096]/gu;
const ONLY_KANA = /^[\u3041-\u3096\u30a1-\u30fa\u30fc ]+$/u;

/** Hiragana as katakana (ぱすわーど → パスワード); other characters unchanged. */
export function toKatakana(text: string): string {
  return text.replace(HIRAGANA, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

export interface SearchPlan {
  /** The normalised query, as shown back to the reader. */
  typed: string;
  /** Texts to search, best first: the query (in katakana when typed in kana only), then aliases. */
  searches: string[];
  /** Words a result must contain (any one of them), compared with `containsWord`. */
  words: string[];
  /** The query names an emergency: 困ったときは goes first. */
  emergency: boolean;
}

export function planSearch(text: string): SearchPlan {
  const typed = normaliseQuery(text);
  const searches: string[] = [];
  const add = (value: string) => {
    if (value && !searches.includes(value)) searches.push(value);
  };
  // Words typed in kana only are mostly loanwords written by ear (ぱすわーど, ばっくあっぷ):
  // the lessons write them in katakana. The kana form is searched too, in case it is a real word.
  if (ONLY_KANA.test(typed)) add(toKatakana(typed));
  add(typed);
  for (const form of [...searches]) {
    for (const alias of SEARCH_ALIASES[form] ?? []) add(alias);
  }
  const words = searches.flatMap((search) => search.split(' ')).filter((word) => word.length > 0);
  const katakana = toKatakana(typed);
  const emergency = EMERGENCY_WORDS.some((word) => typed.includes(word) || katakana.includes(word));
  return { typed, searches, words: [...new Set(words)], emergency };
}

/** How many of `words` the page text contains as written (NFKC, case-insensitive). */
export function wordsFound(pageText: string, words: readonly string[]): number {
  const text = pageText.normalize('NFKC').toLowerCase();
  return words.filter((word) => text.includes(word.toLowerCase())).length;
}
