/**
 * Tateishi et al. (1988) readability RS' (mean 50, SD 10; higher = easier). Needs no dictionary:
 *   RS' = -0.12 ls - 1.37 la + 7.4 lh - 23.18 lc - 5.4 lk - 4.67 cp + 115.79
 * ls: mean sentence length in characters; la, lh, lc, lk: mean length of runs of alphabet,
 * hiragana, kanji and katakana; cp: 読点 per 句点.
 */
export function tateishiScore(sentences: readonly string[]): number {
  if (sentences.length === 0) return 0;
  const text = sentences.join('');
  const meanRun = (pattern: RegExp) => {
    const runs = text.match(pattern) ?? [];
    return runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + run.length, 0) / runs.length;
  };
  const ls = text.length / sentences.length;
  const la = meanRun(/[A-Za-zＡ-Ｚａ-ｚ]+/g);
  const lh = meanRun(/[\p{Script=Hiragana}ー]+/gu);
  const lc = meanRun(/[\p{Script=Han}々]+/gu);
  const lk = meanRun(/[\p{Script=Katakana}ー]+/gu);
  const commas = (text.match(/[、，]/g) ?? []).length;
  // Sentences split at line ends have no 句点 but still end a sentence, so count sentences.
  const cp = commas / sentences.length;
  return -0.12 * ls - 1.37 * la + 7.4 * lh - 23.18 * lc - 5.4 * lk - 4.67 * cp + 115.79;
}
