import { markdownToPlainText } from '../load/plain-text.ts';
import { jReadabilityScore } from './jreadability.ts';
import { splitSentences } from './sentences.ts';
import { tateishiScore } from './tateishi.ts';
import { getTokenizer } from './tokenizer.ts';

export interface ReadabilityScore {
  id: string;
  /** Approximate jReadability (see jreadability.ts); higher = easier. */
  jreadability: number;
  /** Tateishi RS'; higher = easier. */
  tateishi: number;
  sentences: number;
  /** Characters in the longest sentence. */
  longestSentence: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Scores one lesson body (Markdown); the plain text the reader sees is what is measured. */
export async function measureReadability(id: string, markdownBody: string): Promise<ReadabilityScore> {
  const tokenizer = await getTokenizer();
  const sentences = splitSentences(markdownToPlainText(markdownBody));
  return {
    id,
    jreadability: round(jReadabilityScore(sentences.map((sentence) => tokenizer.tokenize(sentence)))),
    tateishi: round(tateishiScore(sentences)),
    sentences: sentences.length,
    longestSentence: Math.max(0, ...sentences.map((sentence) => [...sentence].length)),
  };
}
