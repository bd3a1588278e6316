import type { QuizBank, QuizQuestion, SessionSource } from '@mamoru/quiz';

/** What the quiz page embeds in #quiz-data. */
export interface QuizPageData {
  setId: string;
  source: Extract<SessionSource, { kind: 'topic' } | { kind: 'exam' }>;
  questions: QuizQuestion[];
  /** Lesson titles and paths by lesson id, for "read this lesson" links. */
  lessons: Record<string, { title: string; path: string }>;
}

export function readQuizData(): QuizPageData {
  const text = document.getElementById('quiz-data')?.textContent;
  if (!text) throw new Error('#quiz-data is missing');
  return JSON.parse(text) as QuizPageData;
}

export function bankOf(data: QuizPageData): QuizBank {
  return { questions: data.questions, tracks: { owner: [], staff: [] } };
}
