import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOPIC_IDS } from '@mamoru/content/schemas';

export interface KeyQuestion {
  id: string;
  topic: string;
  type: 'single' | 'multiple' | 'truefalse';
  choices: unknown[];
  answer: number[];
}

/** The real question bank (content/dist/content.json, what the bot serves): the drills' answer key. */
export function loadAnswerKey(): Map<string, KeyQuestion> {
  const file = fileURLToPath(import.meta.resolve('@mamoru/content/content.json'));
  const content = JSON.parse(readFileSync(file, 'utf8')) as { questions: KeyQuestion[] };
  return new Map(content.questions.map((q) => [q.id, q]));
}

/** Topics whose quiz the bot offers (those with non-exam questions). */
export function quizTopics(key: Map<string, KeyQuestion>): string[] {
  const withQuestions = new Set([...key.values()].filter((q) => !('examArea' in q)).map((q) => q.topic));
  return TOPIC_IDS.filter((t) => withQuestions.has(t));
}

/** Same picks as the engine grades: the exact set of right choices. */
export function isCorrect(question: KeyQuestion, picks: readonly number[]): boolean {
  const sorted = [...new Set(picks)].sort((a, b) => a - b);
  const answer = [...question.answer].sort((a, b) => a - b);
  return sorted.length === answer.length && sorted.every((c, i) => c === answer[i]);
}
