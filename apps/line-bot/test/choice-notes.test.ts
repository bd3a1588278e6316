import type { messagingApi } from '@line/bot-sdk';
import type { QuizQuestion } from '@mamoru/quiz';
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../src/line/message-schema.ts';
import { choiceNotes, resultMessage } from '../src/messages/result.ts';
import { realCatalog } from './helpers/catalog.ts';

const catalog = realCatalog();

const single: QuizQuestion = {
  id: 'mgmt-test',
  topic: 'management',
  lesson: catalog.bank.tracks.owner[0] ?? 'management/owner-duty',
  type: 'single',
  prompt: '会社の情報を守る準備を決めるのはだれですか。',
  choices: [
    { label: '経営者', why: '予算と人を動かせるのは経営者です。' },
    {
      label: 'パートの事務員',
      text: '毎日パソコンを使うパートの事務員',
      why: '予算や体制は決められません。',
    },
    { label: '取引先', why: '決めるのは自社の経営者です。' },
  ],
  answer: [0],
  explanation: '準備を決めるのは経営者です。',
  difficulty: 1,
};
const multiple: QuizQuestion = {
  ...single,
  type: 'multiple',
  answer: [0, 2],
};

function texts(message: messagingApi.Message): string[] {
  const bubble = (message as messagingApi.FlexMessage).contents as messagingApi.FlexBubble;
  return (bubble.body?.contents ?? []).flatMap((part) => (part.type === 'text' ? [part.text ?? ''] : []));
}

const session = {
  id: 'sess0001',
  source: { kind: 'exam' as const },
  questionIds: ['mgmt-test', 'other'],
  answers: [],
  draft: [],
  startedAt: '2026-12-05T00:00:00.000Z',
};

describe('why the chosen option is right or wrong', () => {
  it('a wrong pick explains that pick (with its long wording), then the right choice it missed', () => {
    const lines = texts(
      resultMessage(catalog, session, single, { correct: false, missed: [0], wrong: [1] }, [1]),
    );
    const mine = lines.indexOf('❌ イ パートの事務員（あなたの答え）');
    expect(mine).toBeGreaterThan(0);
    expect(lines.slice(mine + 1, mine + 3)).toEqual([
      '毎日パソコンを使うパートの事務員',
      '予算や体制は決められません。',
    ]);
    const missed = lines.indexOf('⭕ ア 経営者（選ばなかった正解）');
    expect(missed).toBeGreaterThan(mine);
    expect(lines[missed + 1]).toBe('予算と人を動かせるのは経営者です。');
    // The shared explanation follows the notes.
    expect(lines.indexOf('準備を決めるのは経営者です。')).toBeGreaterThan(missed);
  });

  it('a right pick explains why it is right, once', () => {
    const lines = texts(
      resultMessage(catalog, session, single, { correct: true, missed: [], wrong: [] }, [0]),
    );
    expect(lines.filter((line) => line.includes('（あなたの答え）'))).toEqual([
      '⭕ ア 経営者（あなたの答え）',
    ]);
    expect(lines).toContain('予算と人を動かせるのは経営者です。');
    expect(lines.some((line) => line.includes('選ばなかった正解'))).toBe(false);
  });

  it('a multiple answer explains each pick and each missed right choice, picks first', () => {
    const notes = choiceNotes(multiple, [1, 0]);
    expect(notes.map((note) => note.heading)).toEqual([
      '❌ イ パートの事務員（あなたの答え）',
      '⭕ ア 経営者（あなたの答え）',
      '⭕ ウ 取引先（選ばなかった正解）',
    ]);
  });

  it('choices without why (true/false) add no note', () => {
    const truefalse = catalog.bank.questions.find((question) => question.type === 'truefalse');
    expect(truefalse).toBeDefined();
    if (truefalse) expect(choiceNotes(truefalse, [0])).toEqual([]);
  });

  it('every single and multiple question of the bank explains any pick, and the card stays sendable', () => {
    const questions = catalog.bank.questions.filter((question) => question.type !== 'truefalse');
    expect(questions.length).toBeGreaterThan(250);
    for (const question of questions) {
      question.choices.forEach((choice, index) => {
        const right = question.answer.includes(index);
        const notes = choiceNotes(question, [index]);
        expect(notes[0], `${question.id} choice ${index}`).toMatchObject({ why: choice.why });
        expect(notes[0]?.heading.startsWith(right ? '⭕' : '❌')).toBe(true);
      });
      const everyChoice = question.choices.map((_, index) => index);
      const grade = { correct: false, missed: [], wrong: everyChoice };
      expect(checkMessages([resultMessage(catalog, session, question, grade, everyChoice)])).toEqual([]);
    }
  });
});
