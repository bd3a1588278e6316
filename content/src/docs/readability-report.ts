import { readabilityConfig } from '../../readability.config.ts';
import type { ReadabilityScore } from '../readability/measure.ts';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
};

/** Markdown report of the readability scores of every lesson, easiest last. */
export function renderReadabilityReport(scores: readonly ReadabilityScore[]): string {
  const sorted = [...scores].sort((a, b) => a.jreadability - b.jreadability);
  const j = scores.map((score) => score.jreadability);
  const t = scores.map((score) => score.tateishi);
  return [
    '# Readability of the lessons',
    '',
    'Scores from `pnpm content:check` (src/readability/): approximate jReadability (kuromoji/IPADIC word',
    "origin guessed from the script; 助詞 rate, as on jreadability.net) and Tateishi RS'. Higher = easier.",
    `Floors (content/readability.config.ts): jReadability ${readabilityConfig.jreadabilityFloor}, Tateishi ${readabilityConfig.tateishiFloor}; a lesson under a floor is an ${readabilityConfig.severity}.`,
    '',
    `${scores.length} lessons. jReadability min ${Math.min(...j)}, median ${median(j)}, max ${Math.max(...j)}.`,
    `Tateishi min ${Math.min(...t)}, median ${median(t)}, max ${Math.max(...t)}.`,
    '',
    '| lesson | jReadability | Tateishi | sentences | longest sentence (chars) |',
    '|---|---|---|---|---|',
    ...sorted.map(
      (score) =>
        `| ${score.id} | ${score.jreadability} | ${score.tateishi} | ${score.sentences} | ${score.longestSentence} |`,
    ),
    '',
  ].join('\n');
}
