/**
 * How typed text is compared: NFKC (ｸｲｽﾞ -> クイズ, ＵＳＢ -> USB), lower case, hiragana folded to
 * katakana (くいず -> クイズ), trailing punctuation and spaces dropped. Both sides of every
 * comparison go through this, so a word list is written once, in any of those forms.
 */
export function fold(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** NFKC, trimmed, without trailing 。！？ and spaces: the text as the user meant it. */
export function clean(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/[。、.,!?…\s]+$/u, '');
}
