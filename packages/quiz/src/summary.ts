import { findQuestion } from './session.ts';
import type { QuizBank, Session } from './types.ts';

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface Summary {
  correct: number;
  total: number;
  byTopic: TopicScore[];
  /** Lesson ids that teach the questions answered wrong, without repeats, in answer order. */
  lessonsToRead: string[];
}

/** Score of a finished (or partial) session, and what to read next. */
export function summarizeSession(bank: QuizBank, session: Session): Summary {
  return summarizeAnswers(bank, session.answers);
}

/** Scores any list of answers (a session, or a learner's whole history). */
export function summarizeAnswers(
  bank: QuizBank,
  answers: readonly { questionId: string; correct: boolean }[],
): Summary {
  const topics = new Map<string, TopicScore>();
  const lessons: string[] = [];
  let correct = 0;
  for (const answer of answers) {
    const question = findQuestion(bank, answer.questionId);
    if (!question) continue;
    const score = topics.get(question.topic) ?? { topic: question.topic, correct: 0, total: 0 };
    score.total += 1;
    if (answer.correct) {
      score.correct += 1;
      correct += 1;
    } else if (!lessons.includes(question.lesson)) {
      lessons.push(question.lesson);
    }
    topics.set(question.topic, score);
  }
  const byTopic = [...topics.values()];
  return { correct, total: byTopic.reduce((n, t) => n + t.total, 0), byTopic, lessonsToRead: lessons };
}

/** The topic with the lowest share of right answers (ties: more answers first), if any. */
export function weakestTopic(byTopic: readonly TopicScore[]): TopicScore | undefined {
  return [...byTopic]
    .filter((t) => t.total > 0 && t.correct < t.total)
    .sort((a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total)[0];
}
