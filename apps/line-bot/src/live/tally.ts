import { findQuestion } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import type { LiveSessionRow, LiveStore } from './live-store.ts';
import type { Tally } from './types.ts';

/** Counts per choice, in choice order, with zeros for choices nobody picked. */
export function countsFor(choiceCount: number, counts: ReadonlyMap<number, number>): number[] {
  return Array.from({ length: choiceCount }, (_, i) => counts.get(i) ?? 0);
}

/** The tally object of the contract: a query over the rows, never a stored counter. */
export async function tallyOf(live: LiveStore, catalog: Catalog, session: LiveSessionRow): Promise<Tally> {
  const questionId = await live.currentQuestion(session.id);
  const question = questionId ? findQuestion(catalog.bank, questionId) : undefined;
  const counts = questionId
    ? countsFor(question?.choices.length ?? 0, await live.countsOf(session.id, questionId))
    : [];
  return {
    participants: await live.participants(session.id),
    questionId,
    counts,
    answered: counts.reduce((a, b) => a + b, 0),
    open:
      session.status === 'active' &&
      session.openQuestion !== undefined &&
      session.openQuestion === questionId,
    status: session.status,
  };
}

export interface QuestionSummary {
  questionId: string;
  prompt: string;
  choices: string[];
  correct: number[];
  counts: number[];
  answered: number;
  /** Share of answers that were right, 0..1 (null when nobody answered). */
  correctRate: number | null;
}

/** The results page's data: every opened question with its answers per choice. No personal data. */
export async function resultsOf(live: LiveStore, catalog: Catalog, session: LiveSessionRow) {
  const questions: QuestionSummary[] = [];
  for (const { questionId, counts } of await live.questions(session.id)) {
    const question = findQuestion(catalog.bank, questionId);
    if (!question) continue;
    const list = countsFor(question.choices.length, counts);
    const answered = list.reduce((a, b) => a + b, 0);
    const right = question.answer.reduce((sum, i) => sum + (list[i] ?? 0), 0);
    questions.push({
      questionId,
      prompt: question.prompt,
      choices: question.choices.map((c) => c.label),
      correct: [...question.answer],
      counts: list,
      answered,
      correctRate: answered === 0 ? null : right / answered,
    });
  }
  return {
    code: session.code,
    deckId: session.deckId,
    status: session.status,
    participants: await live.participants(session.id),
    questions,
  };
}
