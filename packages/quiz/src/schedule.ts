import { type Card, createEmptyCard, fsrs, Rating, type State } from 'ts-fsrs';
import type { ReviewCard, ReviewDeck } from './types.ts';

/**
 * FSRS without short-term learning steps: a chat quiz is taken a few minutes a day, so a wrong
 * answer comes back the next day rather than in one minute. No fuzz, so a fake clock gives exact dues.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, request_retention: 0.9 });

/** How sure the answer was: a wrong answer, a right one after a wrong history, or a plain right one. */
export type Recall = 'again' | 'shaky' | 'good';

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

function fromCard(questionId: string, card: Card, recall: Recall): ReviewCard {
  return {
    questionId,
    lastRecall: recall,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ReviewCard['state'],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/**
 * Recall of an answer: wrong -> again; right just after being wrong -> shaky (rated Hard, so it
 * comes back sooner than a sure answer); otherwise good.
 */
export function recallOf(correct: boolean, previous: ReviewCard | undefined): Recall {
  if (!correct) return 'again';
  if (previous?.lastRecall === 'again') return 'shaky';
  return 'good';
}

const RATINGS = { again: Rating.Again, shaky: Rating.Hard, good: Rating.Good } as const;

/** Schedules the next review of a question after an answer at `now`. */
export function scheduleReview(
  questionId: string,
  previous: ReviewCard | undefined,
  recall: Recall,
  now: Date,
): ReviewCard {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  const next = scheduler.next(card, now, RATINGS[recall]);
  return fromCard(questionId, next.card, recall);
}

/** Records an answer into a deck (returns a new deck). */
export function reviewAfterAnswer(
  deck: ReviewDeck,
  questionId: string,
  correct: boolean,
  now: Date,
): ReviewDeck {
  const previous = deck[questionId];
  return { ...deck, [questionId]: scheduleReview(questionId, previous, recallOf(correct, previous), now) };
}

/** Question ids due at `now`, the most overdue first. */
export function dueQuestionIds(deck: ReviewDeck, now: Date): string[] {
  const at = now.getTime();
  return Object.values(deck)
    .filter((card) => Date.parse(card.due) <= at)
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.questionId.localeCompare(b.questionId))
    .map((card) => card.questionId);
}

/** When the next review falls due (ISO), or undefined for an empty deck. */
export function nextDueAt(deck: ReviewDeck): string | undefined {
  const dues = Object.values(deck).map((card) => Date.parse(card.due));
  return dues.length > 0 ? new Date(Math.min(...dues)).toISOString() : undefined;
}
