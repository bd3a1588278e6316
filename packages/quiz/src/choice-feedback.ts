import type { QuizQuestion } from './types.ts';

/** Why one choice is right or wrong, for a learner who picked it or missed it. */
export interface ChoiceFeedback {
  index: number;
  /** The choice is one of the right answers. */
  right: boolean;
  /** The learner picked it (otherwise it is a right choice they missed). */
  picked: boolean;
  why: string;
}

/**
 * The reasons a learner should read after answering: each choice they picked, then each right
 * choice they missed, so that the reason for their own answer comes first. Choices without `why`
 * (truefalse questions, whose explanation covers both) are left out.
 */
export function choiceFeedback(question: QuizQuestion, picked: readonly number[]): ChoiceFeedback[] {
  const missed = question.answer.filter((index) => !picked.includes(index));
  return [...new Set([...picked, ...missed])].flatMap((index) => {
    const why = question.choices[index]?.why;
    if (why === undefined) return [];
    return [{ index, right: question.answer.includes(index), picked: picked.includes(index), why }];
  });
}
