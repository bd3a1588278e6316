import type { ReviewDeck, Session } from '@mamoru/quiz';

/** A learner's progress on one quiz set, kept only in this browser (localStorage). */
export interface QuizProgress {
  /** The unfinished session, to continue later. */
  session?: Session | undefined;
  /** Result of the last finished run. */
  last?: { correct: number; total: number; at: string } | undefined;
  best?: { correct: number; total: number; at: string } | undefined;
  /** Spaced-review cards (the same scheduling as the LINE bot). */
  deck: ReviewDeck;
}

const key = (setId: string) => `mamoru.quiz.${setId}`;

export function loadProgress(setId: string): QuizProgress {
  try {
    const raw = localStorage.getItem(key(setId));
    if (raw) return { deck: {}, ...(JSON.parse(raw) as Partial<QuizProgress>) };
  } catch {
    // Storage can be unavailable (private mode) or hold an old shape: start fresh.
  }
  return { deck: {} };
}

export function saveProgress(setId: string, progress: QuizProgress): void {
  try {
    localStorage.setItem(key(setId), JSON.stringify(progress));
  } catch {
    // Without storage the quiz still works; it only forgets.
  }
}
