/**
 * The words people type that the lessons do not use, and the words that mean "something is wrong
 * now". Read by the search page (src/scripts/search/query.ts). Keep both lists short: every alias
 * points to a word that the lessons really use, or it finds nothing.
 */

/** What a reader types → words the lessons use for it (searched as well). */
export const SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  身代金: ['ランサムウェア'],
  脅迫: ['ランサムウェア'],
  ランサム: ['ランサムウェア'],
  セキュリティアクション: ['SECURITY ACTION'],
  ウィルス: ['ウイルス'],
  コンピュータウイルス: ['ウイルス'],
  漏洩: ['漏えい'],
  情報漏洩: ['情報漏えい'],
  乗っ取り: ['乗っ取', '不正アクセス'],
  乗っ取られた: ['乗っ取', '不正アクセス'],
  ハッキング: ['不正アクセス'],
  詐欺メール: ['だまし', 'なりすまし'],
  自社チェック: ['かんたん点検'],
  点検: ['かんたん点検'],
};

/**
 * Words of an emergency: a search with one of them shows 困ったときは first. Matched after the
 * query is normalised (NFKC, hiragana also as katakana), anywhere in the query.
 */
export const EMERGENCY_WORDS: readonly string[] = [
  'ウイルス',
  'ウィルス',
  '感染',
  '身代金',
  'お金',
  '乗っ取',
  '脅迫',
  '助けて',
  'タスケテ',
  '困った',
  'コマッタ',
  '被害',
  '漏れた',
  'モレタ',
  '開いてしまった',
  'ハッキング',
];
