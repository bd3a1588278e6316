import { shuffled } from './random.ts';
import { dueQuestionIds } from './schedule.ts';
import type { ExamPart, QuizBank, QuizQuestion, ReviewDeck, SessionSource } from './types.ts';

/** The exam part a question practises: B when it has a case, A otherwise; none outside the exam set. */
export function examPartOf(question: Pick<QuizQuestion, 'examArea' | 'case'>): ExamPart | undefined {
  if (question.examArea === undefined) return undefined;
  return question.case === undefined ? 'A' : 'B';
}

/** How many questions a session asks, by kind. */
export const SESSION_LENGTHS = { topic: 5, track: 10, exam: 10, review: 10 } as const;

export interface SelectOptions {
  /** Seed for the shuffle; the same seed picks the same questions. */
  seed: string;
  now: Date;
  /** The learner's review cards (used by review sessions). */
  deck?: ReviewDeck | undefined;
  /** Overrides SESSION_LENGTHS. */
  limit?: number | undefined;
}

/** Questions a source can draw from (before shuffling and the limit). */
export function candidateQuestions(bank: QuizBank, source: SessionSource): QuizQuestion[] {
  switch (source.kind) {
    case 'topic':
      return bank.questions.filter((q) => q.topic === source.topic && q.examArea === undefined);
    case 'track': {
      const lessons = new Set(bank.tracks[source.track]);
      return bank.questions.filter((q) => lessons.has(q.lesson) && q.examArea === undefined);
    }
    case 'exam':
      // Without a part, both parts (the bot's 試験対策 mixes them); with one, only that part.
      return bank.questions.filter((q) => {
        const part = examPartOf(q);
        return part !== undefined && (source.part === undefined || part === source.part);
      });
    case 'review':
      return [];
    default:
      return source satisfies never;
  }
}

/**
 * Picks and orders a session's question ids. Topic: a random handful, easy first. Track: a random
 * handful walked in the track's lesson order. Exam: random. Review: the due ones, most overdue first.
 */
export function selectQuestions(bank: QuizBank, source: SessionSource, options: SelectOptions): string[] {
  const limit = options.limit ?? SESSION_LENGTHS[source.kind];
  if (source.kind === 'review') {
    const known = new Set(bank.questions.map((q) => q.id));
    return dueQuestionIds(options.deck ?? {}, options.now)
      .filter((id) => known.has(id))
      .slice(0, limit);
  }
  const picked = shuffled(candidateQuestions(bank, source), options.seed).slice(0, limit);
  if (source.kind === 'topic') {
    picked.sort((a, b) => a.difficulty - b.difficulty);
  } else if (source.kind === 'track') {
    const position = new Map(bank.tracks[source.track].map((id, i) => [id, i]));
    picked.sort((a, b) => (position.get(a.lesson) ?? 0) - (position.get(b.lesson) ?? 0));
  }
  return picked.map((q) => q.id);
}

/** Number of review cards due at `now` whose question still exists. */
export function countDue(bank: QuizBank, deck: ReviewDeck, now: Date): number {
  return selectQuestions(bank, { kind: 'review' }, { seed: '', now, deck, limit: Number.MAX_SAFE_INTEGER })
    .length;
}
