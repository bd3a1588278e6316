import type { QuizQuestion } from './types.ts';

export interface Grade {
  correct: boolean;
  /** Right choices the learner did not pick. */
  missed: number[];
  /** Wrong choices the learner picked. */
  wrong: number[];
}

/** Grades one answer: right only when the picked set equals the answer set exactly. */
export function gradeAnswer(question: QuizQuestion, picked: readonly number[]): Grade {
  const right = new Set(question.answer);
  const chosen = new Set(picked);
  const missed = [...right].filter((i) => !chosen.has(i)).sort((a, b) => a - b);
  const wrong = [...chosen].filter((i) => !right.has(i)).sort((a, b) => a - b);
  return { correct: missed.length === 0 && wrong.length === 0, missed, wrong };
}

/** True when `picked` is a usable answer to the question (valid indexes, right count for the type). */
export function isValidPick(question: QuizQuestion, picked: readonly number[]): boolean {
  if (picked.length === 0) return false;
  if (new Set(picked).size !== picked.length) return false;
  if (!picked.every((i) => Number.isInteger(i) && i >= 0 && i < question.choices.length)) return false;
  return question.type === 'multiple' || picked.length === 1;
}
