import type { IpadicFeatures } from 'kuromoji';

/**
 * An APPROXIMATION of jReadability (Lee & Hasebe; jreadability.net variant; higher = easier):
 *   score = 平均文長 x -0.056 + 漢語率 x -0.126 + 和語率 x -0.042 + 動詞率 x -0.145 + 助詞率 x -0.044 + 11.724
 * Differences from the original, which uses UniDic's word origin (語種):
 * - kuromoji ships IPADIC, which has no 語種. Word origin is guessed from the surface: all kanji
 *   -> 漢語; katakana -> 外来語; other words (not symbols or numbers) -> 和語.
 * - 動詞 = pos 動詞 except pos_detail_1 非自立 (IPADIC's name for UniDic's 非自立可能).
 * - We use the 助詞 rate, as jreadability.net does (the published paper uses 助動詞).
 * - Sentences: see splitSentences; mean length is in tokens, punctuation included.
 * Rates are percentages of all tokens. Treat the score as a guide; compare lessons with each other.
 */
export function jReadabilityScore(sentences: readonly (readonly IpadicFeatures[])[]): number {
  const tokens = sentences.flat();
  if (tokens.length === 0) return 0;
  let kango = 0;
  let wago = 0;
  let verbs = 0;
  let particles = 0;
  for (const token of tokens) {
    const surface = token.surface_form;
    if (token.pos === '助詞') particles++;
    if (token.pos === '動詞' && token.pos_detail_1 !== '非自立') verbs++;
    if (token.pos === '記号' || /^[\d０-９.,]+$/.test(surface)) continue;
    if (/^[\p{Script=Han}々]+$/u.test(surface)) kango++;
    else if (/^[\p{Script=Katakana}ー・]+$/u.test(surface) || /^[A-Za-z]/.test(surface)) continue;
    else wago++;
  }
  const rate = (count: number) => (count / tokens.length) * 100;
  const meanLength = tokens.length / sentences.length;
  return (
    meanLength * -0.056 +
    rate(kango) * -0.126 +
    rate(wago) * -0.042 +
    rate(verbs) * -0.145 +
    rate(particles) * -0.044 +
    11.724
  );
}

/** jreadability.net's bands (higher = easier). */
export function jReadabilityBand(score: number): string {
  if (score >= 5.5) return '初級前半';
  if (score >= 4.5) return '初級後半';
  if (score >= 3.5) return '中級前半';
  if (score >= 2.5) return '中級後半';
  if (score >= 1.5) return '上級前半';
  return '上級後半';
}
