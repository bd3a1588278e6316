/**
 * The pure part of the glossary filter: which entries a typed word keeps. No DOM; unit-tested in
 * test/glossary-filter.test.ts. It plans the query as the search page does (NFKC, kana also as
 * katakana, the search aliases such as 身代金 → ランサムウェア), so both find the same words.
 */
import { normaliseQuery, planSearch, toKatakana } from '../search/query.ts';

/** One form to compare: NFKC, hiragana as katakana, lower case (ぱすわーど, ﾊﾟｽﾜｰﾄﾞ → パスワード). */
function comparable(text: string): string {
  return toKatakana(normaliseQuery(text)).toLowerCase();
}

/**
 * A test for an entry's forms (its term, reading and aliases), or null when nothing was typed and
 * every entry stays. An entry stays when one of its forms contains any one typed word or alias.
 */
export function glossaryMatcher(query: string): ((forms: readonly string[]) => boolean) | null {
  const words = planSearch(query)
    .words.map(comparable)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return (forms) => {
    const comparableForms = forms.map(comparable);
    return words.some((word) => comparableForms.some((form) => form.includes(word)));
  };
}

/** What the live region says: how many terms are shown, politely, once typing pauses. */
export function filterStatus(query: string, shown: number, total: number): string {
  const typed = normaliseQuery(query);
  if (!typed) return `${total}語すべてを表示しています。`;
  if (shown === 0) return `「${typed}」に合うことばは、見つかりませんでした。`;
  return `「${typed}」に合うことばは、${total}語のうち${shown}語です。`;
}
