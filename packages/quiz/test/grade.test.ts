import { describe, expect, it } from 'vitest';
import { findQuestion, gradeAnswer, isValidPick } from '../src/index.ts';
import { bank } from './fixture.ts';

const single = findQuestion(bank, 'm-1')!;
const multiple = findQuestion(bank, 'm-3')!;
const truefalse = findQuestion(bank, 'm-4')!;

describe('gradeAnswer', () => {
  it.each([
    ['single right', single, [0], true, [], []],
    ['single wrong', single, [2], false, [0], [2]],
    ['truefalse right', truefalse, [1], true, [], []],
    ['truefalse wrong', truefalse, [0], false, [1], [0]],
    ['multiple exact', multiple, [2, 0], true, [], []],
    ['multiple missing one', multiple, [0], false, [2], []],
    ['multiple one extra', multiple, [0, 1, 2], false, [], [1]],
    ['multiple all wrong', multiple, [1, 3], false, [0, 2], [1, 3]],
  ] as const)('%s', (_name, question, picked, correct, missed, wrong) => {
    expect(gradeAnswer(question, picked)).toEqual({ correct, missed, wrong });
  });
});

describe('isValidPick', () => {
  it.each([
    [single, [0], true],
    [single, [0, 1], false],
    [single, [3], false],
    [single, [-1], false],
    [single, [], false],
    [single, [0.5], false],
    [multiple, [0, 1, 3], true],
    [multiple, [1, 1], false],
    [truefalse, [2], false],
  ] as const)('%# %j', (question, picked, valid) => {
    expect(isValidPick(question, picked)).toBe(valid);
  });
});
