import type { Question } from '@mamoru/content';
import { EXAM_B_SET_ID } from '@mamoru/content/paths';
import type { TopicId } from '@mamoru/content/schemas';
import { TOPICS } from '@mamoru/content/schemas';
import { type ExamPart, examPartOf } from '@mamoru/quiz';
import { siteContent } from './content.ts';

/** One web quiz: a topic's questions, or one part of the exam-practice set. */
export interface QuizSet {
  id: string;
  title: string;
  description: string;
  /** What the engine draws from: a topic, or one part of the exam-practice questions. */
  source: { kind: 'topic'; topic: TopicId } | { kind: 'exam'; part: ExamPart };
  questions: Question[];
}

export const EXAM_SET_ID = 'exam-practice';

/** Every quiz set that has questions, topics in curriculum order, then the exam practice (科目A, 科目B). */
export async function quizSets(): Promise<QuizSet[]> {
  const { questions } = await siteContent();
  const sets: QuizSet[] = TOPICS.map((topic) => ({
    id: topic.id,
    title: topic.title,
    description: topic.description,
    source: { kind: 'topic' as const, topic: topic.id },
    questions: questions.filter((q) => q.topic === topic.id && q.examArea === undefined),
  }));
  sets.push(
    {
      id: EXAM_SET_ID,
      title: '情報セキュリティマネジメント試験の練習',
      description: '試験の科目Aに似た形の、オリジナルの練習問題です。',
      source: { kind: 'exam', part: 'A' },
      questions: questions.filter((q) => examPartOf(q) === 'A'),
    },
    {
      id: EXAM_B_SET_ID,
      title: '情報セキュリティマネジメント試験の練習（科目B）',
      description:
        '試験の科目Bに似た形の、オリジナルの練習問題です。小さな会社の事例を読んで、どうするのがよいかを選びます。',
      source: { kind: 'exam', part: 'B' },
      questions: questions.filter((q) => examPartOf(q) === 'B'),
    },
  );
  return sets.filter((set) => set.questions.length > 0);
}
