import { describe, expect, it } from 'vitest';
import { choiceFeedback, type QuizQuestion } from '../src/index.ts';

const question: QuizQuestion = {
  id: 'q-1',
  topic: 'management',
  lesson: 'management/sample',
  type: 'multiple',
  prompt: 'あてはまるものをすべて選んでください。',
  choices: [
    { label: 'A', why: 'A is right' },
    { label: 'B', why: 'B is wrong' },
    { label: 'C', why: 'C is right' },
    { label: 'D' },
  ],
  answer: [0, 2],
  explanation: 'A and C.',
  difficulty: 1,
};

describe('choiceFeedback', () => {
  it('gives the picks first, in the order picked, then the right choices missed', () => {
    expect(choiceFeedback(question, [1, 0])).toEqual([
      { index: 1, right: false, picked: true, why: 'B is wrong' },
      { index: 0, right: true, picked: true, why: 'A is right' },
      { index: 2, right: true, picked: false, why: 'C is right' },
    ]);
  });

  it('a right answer gets only its own reasons', () => {
    expect(choiceFeedback(question, [0, 2]).map((item) => item.index)).toEqual([0, 2]);
  });

  it('leaves out choices without a why, and counts a doubled pick once', () => {
    expect(choiceFeedback(question, [3, 3]).map((item) => item.index)).toEqual([0, 2]);
  });
});
