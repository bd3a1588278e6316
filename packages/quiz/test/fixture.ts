import type { QuizBank, QuizQuestion } from '../src/index.ts';

function q(id: string, topic: string, lesson: string, extra: Partial<QuizQuestion> = {}): QuizQuestion {
  return {
    id,
    topic,
    lesson,
    type: 'single',
    prompt: `${id} の問題です。`,
    choices: [{ label: 'ア' }, { label: 'イ' }, { label: 'ウ' }],
    answer: [0],
    explanation: '理由です。',
    difficulty: 1,
    ...extra,
  };
}

export const bank: QuizBank = {
  questions: [
    q('m-1', 'management', 'management/duty', { difficulty: 3 }),
    q('m-2', 'management', 'management/duty', { difficulty: 1 }),
    q('m-3', 'management', 'management/budget', {
      type: 'multiple',
      choices: [{ label: 'ア' }, { label: 'イ' }, { label: 'ウ' }, { label: 'エ' }],
      answer: [0, 2],
    }),
    q('m-4', 'management', 'management/budget', {
      type: 'truefalse',
      choices: [{ label: '正しい' }, { label: 'まちがい' }],
      answer: [1],
      difficulty: 2,
    }),
    q('b-1', 'basic-measures', 'basic-measures/passwords'),
    q('b-2', 'basic-measures', 'basic-measures/updates'),
    q('x-1', 'management', 'management/duty', { examArea: 'security-management' }),
    q('x-2', 'basic-measures', 'basic-measures/passwords', { examArea: 'security-measures' }),
    q('xb-1', 'management', 'management/duty', {
      examArea: 'security-management',
      case: 'A社は社員10人の印刷会社です。',
    }),
  ],
  tracks: {
    owner: ['management/duty', 'management/budget'],
    staff: ['basic-measures/passwords', 'basic-measures/updates', 'management/budget'],
  },
};
