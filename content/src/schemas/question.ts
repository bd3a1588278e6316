import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

/** Syllabus areas of the 情報セキュリティマネジメント試験, for the exam-practice set. */
export const EXAM_AREAS = [
  'security-general',
  'security-management',
  'security-measures',
  'security-law',
  'technology',
  'management',
  'strategy',
] as const;

export const EXAM_AREA_LABELS: Record<(typeof EXAM_AREAS)[number], string> = {
  'security-general': '情報セキュリティ全般',
  'security-management': '情報セキュリティ管理',
  'security-measures': '情報セキュリティ対策',
  'security-law': '情報セキュリティ関連法規',
  technology: 'テクノロジ',
  management: 'マネジメント',
  strategy: 'ストラテジ',
};

/** Longest case text of a 科目B item, in characters. */
export const CASE_MAX_LENGTH = 600;

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
/** Length as LINE counts labels: in grapheme clusters. */
export function graphemeLength(text: string): number {
  return [...graphemes.segment(text)].length;
}

/** One answer choice. */
export const choiceSchema = z.strictObject({
  /** Short text for the LINE button (<= 20 grapheme clusters). */
  label: z
    .string()
    .min(1)
    .refine((label) => graphemeLength(label) <= 20, {
      error: 'label は LINE のボタンに入る20文字以内にしてください',
    }),
  /** Optional longer wording shown in the question body (<= 80 characters). */
  text: z.string().min(1).max(80).optional(),
  /**
   * Why this choice is right or wrong, in one short sentence (<= 80 characters). The bot and the web
   * quiz show it next to the answer the learner chose; content:check asks for it on every choice of
   * single and multiple questions (a truefalse question's explanation already covers both).
   */
  why: z.string().min(1).max(80).optional(),
});

/** One quiz question: content/quizzes/<topic>.yaml and exam-practice.yaml hold lists of these. */
export const questionSchema = z
  .strictObject({
    /** Stable unique id (e.g. mgmt-001); answers are stored against it, so never reuse one. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Topic id. */
    topic: z.enum(TOPIC_IDS),
    /** Lesson that teaches the answer (<topic>/<slug>). */
    lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
    /** single: one right choice; multiple: one or more; truefalse: choices are 正しい / まちがい. */
    type: z.enum(['single', 'multiple', 'truefalse']),
    /** The question (<= 200 characters). */
    prompt: z.string().min(1).max(200),
    /** 2-4 choices. */
    choices: z.array(choiceSchema).min(2).max(4),
    /** Zero-based indexes of the right choice(s). */
    answer: z.array(z.number().int().min(0)).min(1),
    /** Why the answer is right (<= 300 characters); it teaches, not just states. */
    explanation: z.string().min(1).max(300),
    /** 1 easy, 2 medium, 3 hard. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Syllabus area, only for the exam-practice set. */
    examArea: z.enum(EXAM_AREAS).optional(),
    /**
     * 科目B style (exam practice only): a short case of a small company (<= 600 characters) that the
     * prompt asks about. A question with a case is a 科目B item; one without is 科目A style
     * (`examPartOf` in @mamoru/quiz).
     */
    case: z.string().min(1).max(CASE_MAX_LENGTH).optional(),
    /**
     * A figure the explanation talks about (content/figures/<id>.yaml): the bot shows its picture
     * above the explanation. Give it only when the explanation quotes the figure's numbers or idea.
     */
    figure: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    /** Date this question's facts were last checked (YYYY-MM-DD); without it, its lesson's `reviewed` counts. */
    reviewed: z.coerce.date().optional(),
  })
  .superRefine((q, ctx) => {
    const outOfRange = q.answer.filter((i) => i >= q.choices.length);
    if (outOfRange.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `answer ${outOfRange.join(', ')} は選択肢の範囲外です`,
      });
    }
    if (new Set(q.answer).size !== q.answer.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer に同じ番号が2回あります' });
    }
    if (q.type !== 'multiple' && q.answer.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `${q.type} の問題は正解を1つだけにしてください`,
      });
    }
    if (q.case !== undefined && q.examArea === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['case'],
        message: 'case は試験対策の問題（examArea のある問題）にだけ書けます',
      });
    }
    if (q.type === 'truefalse') {
      const labels = q.choices.map((c) => c.label).join('/');
      if (labels !== '正しい/まちがい') {
        ctx.addIssue({
          code: 'custom',
          path: ['choices'],
          message: 'truefalse の選択肢は「正しい」「まちがい」の2つです',
        });
      }
    }
  });

export const questionFileSchema = z.array(questionSchema);

export type QuestionInput = z.input<typeof questionSchema>;
export type Question = z.output<typeof questionSchema>;
