import type { ReadabilityScore } from '../readability/measure.ts';
import type { CheckContext } from './context.ts';

export interface ReadabilityFloors {
  jreadabilityFloor: number;
  tateishiFloor: number;
  /** Lessons with fewer sentences are not judged: a score over a handful of sentences is noise. */
  minSentences: number;
  severity: 'warning' | 'error';
}

/** A lesson scoring under a floor is reported (a warning until the config says error). */
export function checkReadability(
  context: CheckContext,
  scores: readonly ReadabilityScore[],
  floors: ReadabilityFloors,
): void {
  for (const lesson of context.content.lessons) {
    const score = scores.find((entry) => entry.id === lesson.id);
    if (!score || score.sentences < floors.minSentences) continue;
    const at = { file: lesson.file, line: context.sources.get(lesson)?.bodyStartLine ?? 1, column: 1 };
    if (score.jreadability < floors.jreadabilityFloor) {
      context.report({
        ...at,
        rule: 'readability-jreadability',
        message: `読みやすさ（jReadability 近似）${score.jreadability} が下限 ${floors.jreadabilityFloor} より低いです。文を短くし、漢語を減らしてください`,
        severity: floors.severity,
      });
    }
    if (score.tateishi < floors.tateishiFloor) {
      context.report({
        ...at,
        rule: 'readability-tateishi',
        message: `読みやすさ（建石の RS'）${score.tateishi} が下限 ${floors.tateishiFloor} より低いです。文を短くし、漢字の連続を減らしてください`,
        severity: floors.severity,
      });
    }
  }
}
