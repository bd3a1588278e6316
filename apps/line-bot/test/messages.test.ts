import type { messagingApi } from '@line/bot-sdk';
import type { QuizQuestion, Session } from '@mamoru/quiz';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../src/content/catalog.ts';
import { handleEvent } from '../src/conversation/handle-event.ts';
import type { Context } from '../src/conversation/outcome.ts';
import { COMMANDS, parsePostback } from '../src/conversation/postback.ts';
import { newUserState, type UserState } from '../src/conversation/state.ts';
import { checkMessages } from '../src/line/message-schema.ts';
import { buildEvent, type UserAction } from '../src/local/events.ts';
import { questionMessage } from '../src/messages/question.ts';
import { resultMessage } from '../src/messages/result.ts';
import { selectionMessage } from '../src/messages/selection.ts';
import { summaryMessage } from '../src/messages/summary.ts';
import { realCatalog, SITE_URL } from './helpers/catalog.ts';
import { actionsOf } from './helpers/harness.ts';

const catalog = realCatalog();
const now = new Date('2026-04-01T03:00:00Z');
const ctx: Context = { catalog, now, newId: () => 'sess0001' };

/** What LINE checks, plus what this bot promises: its own buttons parse, links go to the site. */
function expectSendable(messages: unknown[]) {
  expect(checkMessages(messages)).toEqual([]);
  for (const message of messages as Record<string, unknown>[]) {
    for (const action of actionsOf(message as never)) {
      if (action.type === 'postback') expect(parsePostback(action.data ?? ''), action.data).toBeDefined();
      if (action.type === 'uri') expect(action.uri?.startsWith(`${SITE_URL}/`)).toBe(true);
    }
  }
}

function sessionFor(questionId: string, draft: number[] = [], position = 0): Session {
  const others = catalog.bank.questions
    .filter((q) => q.id !== questionId)
    .slice(0, 9)
    .map((q) => q.id);
  const questionIds = [...others.slice(0, position), questionId, ...others.slice(position)];
  const answers = others
    .slice(0, position)
    .map((id) => ({ questionId: id, choices: [0], correct: false, at: now.toISOString() }));
  return {
    id: 'sess0001',
    source: { kind: 'exam' },
    questionIds,
    answers,
    draft,
    startedAt: now.toISOString(),
  };
}

describe('every message for every question in the bank', () => {
  it('the bank is the real one', () => {
    expect(catalog.bank.questions.length).toBeGreaterThan(100);
  });

  it.each(catalog.bank.questions.map((q) => [q.id, q] as const))('%s', (_id, question) => {
    const all = question.choices.map((_, i) => i);
    const sessions = [
      sessionFor(question.id),
      sessionFor(question.id, question.type === 'multiple' ? all : [], 9),
    ];
    for (const session of sessions) {
      const bubble = questionMessage(catalog, session, question);
      expectSendable([bubble]);
      if (question.type === 'multiple') expectSendable([selectionMessage(session, question)]);
      // Whole choice labels on the buttons: nothing cut short.
      const labels = actionsOf(bubble as never).map((a) => a.label ?? '');
      for (const choice of question.choices) expect(labels.some((l) => l.endsWith(choice.label))).toBe(true);
      const answered = {
        ...session,
        answers: [
          ...session.answers,
          { questionId: question.id, choices: all, correct: false, at: now.toISOString() },
        ],
      };
      for (const correct of [true, false]) {
        const grade = { correct, missed: correct ? [] : [...question.answer], wrong: correct ? [] : all };
        expectSendable([
          resultMessage(catalog, answered, question, grade, correct ? [...question.answer] : all),
        ]);
      }
    }
    const lessons = [question.lesson, ...catalog.bank.tracks.owner.slice(0, 4)];
    expectSendable([
      summaryMessage(catalog, { correct: 0, total: 10, byTopic: [], lessonsToRead: lessons }, 99),
    ]);
  });
});

describe('a question whose explanation quotes a figure', () => {
  const withFigure = catalog.bank.questions.filter((question) => question.figure !== undefined);
  const resultFor = (from: Catalog, question: QuizQuestion) =>
    resultMessage(from, sessionFor(question.id), question, { correct: true, missed: [], wrong: [] }, [
      ...question.answer,
    ]) as messagingApi.FlexMessage;

  it('shows its picture above the explanation, opening the figure in the lesson', () => {
    expect(withFigure.length).toBeGreaterThanOrEqual(5);
    for (const question of withFigure) {
      const message = resultFor(catalog, question);
      expectSendable([message]);
      const bubble = message.contents as messagingApi.FlexBubble;
      expect(bubble.hero, question.id).toMatchObject({
        type: 'image',
        url: `${SITE_URL}/figures/${question.figure}.png`,
        aspectRatio: '4:3',
        aspectMode: 'fit',
        action: { type: 'uri', uri: `${SITE_URL}/lessons/${question.lesson}/#fig-${question.figure}` },
      });
    }
  });

  it('shows no picture when the site is not on HTTPS (LINE loads HTTPS images only)', () => {
    const local = realCatalog('http://localhost:4321');
    for (const question of withFigure) {
      const message = resultFor(local, question);
      expect(checkMessages([message])).toEqual([]);
      expect((message.contents as messagingApi.FlexBubble).hero).toBeUndefined();
    }
  });

  it('questions without a figure get no picture', () => {
    const plain = catalog.bank.questions.find((question) => question.figure === undefined);
    expect(plain).toBeDefined();
    if (plain) expect((resultFor(catalog, plain).contents as messagingApi.FlexBubble).hero).toBeUndefined();
  });
});

describe('every reply of every handler', () => {
  const full: UserState = {
    ...newUserState('U1', now),
    scores: Object.fromEntries(catalog.quizTopics.map((t) => [t.id, { correct: 1, total: 3 }])),
    missedLessons: catalog.bank.tracks.owner.slice(0, 10),
    deck: {},
  };
  const actions: UserAction[] = [
    { kind: 'follow' },
    { kind: 'follow', unblocked: true },
    { kind: 'sticker' },
    { kind: 'image' },
    { kind: 'text', text: 'なにか' },
    ...['クイズ', '続き', '復習', '試験対策', '成績', '教材', 'ヘルプ', 'データ削除', '毎日'].map((text) => ({
      kind: 'text' as const,
      text,
    })),
    ...COMMANDS.map((c) => ({ kind: 'postback' as const, data: `a=cmd&c=${c}` })),
    ...[0, 1].map((p) => ({ kind: 'postback' as const, data: `a=topics&p=${p}` })),
    ...catalog.quizTopics.map((t) => ({ kind: 'postback' as const, data: `a=topic&t=${t.id}` })),
    { kind: 'postback', data: 'a=track&t=owner' },
    { kind: 'postback', data: 'a=track&t=staff' },
    { kind: 'postback', data: 'a=del&ok=0' },
    { kind: 'postback', data: 'a=daily&on=1' },
    { kind: 'postback', data: 'a=next&s=old00000' },
    { kind: 'postback', data: 'broken' },
    ...catalog.quizTopics.map((t) => ({ kind: 'postback' as const, data: `a=all&t=${t.id}` })),
    ...[...catalog.lessonSets.values()]
      .flat()
      .map((l) => ({ kind: 'postback' as const, data: `a=les&l=${encodeURIComponent(l.id)}` })),
    { kind: 'postback', data: 'a=new' },
    { kind: 'postback', data: 'a=tog&s=sess0001&q=x&c=0&on=1' },
    { kind: 'postback', data: 'a=sub&s=sess0001&q=x&c=0.2' },
    { kind: 'postback', data: 'a=del&ok=1' },
    ...[
      'ウイルスに感染したかも',
      'http://example.com/login',
      'パスワードって何文字がいいの？',
      'メール',
      'だましのメールのクイズ',
      'こんにちは',
      'ありがとう',
      'ア',
      '新しく始める',
      '経営者コース',
      'テーマを選ぶ',
      '外からの攻撃',
      '受け取らない',
      'はい、消します',
      'くいず',
      '試験',
    ].map((text) => ({ kind: 'text' as const, text })),
  ];
  it.each(actions.map((a) => [JSON.stringify(a), a] as const))('%s', (_name, action) => {
    const start = handleEvent(
      buildEvent(
        { kind: 'postback', data: 'a=track&t=owner' },
        { userId: 'U1', timestamp: 0, replyToken: 'r' },
      ),
      'U1',
      full,
      ctx,
    ).state;
    // Half way through a set: new sets ask first, 「続き」 is offered.
    const started = start?.session
      ? {
          ...start,
          session: {
            ...start.session,
            answers: [
              {
                questionId: start.session.questionIds[0] ?? '',
                choices: [0],
                correct: true,
                at: now.toISOString(),
              },
            ],
          },
        }
      : full;
    for (const state of [undefined, full, { ...full, confirmingDelete: true }, started]) {
      const event = buildEvent(action, { userId: 'U1', timestamp: now.getTime(), replyToken: 'r' });
      const outcome = handleEvent(event, 'U1', state, ctx);
      expect(outcome.replies.length).toBeGreaterThan(0);
      expect(outcome.replies.length).toBeLessThanOrEqual(5);
      expectSendable(outcome.replies);
    }
  });

  it('the topic menu fits in quick replies (<= 13) and reaches every topic with questions', () => {
    const first = handleEvent(
      buildEvent({ kind: 'postback', data: 'a=topics&p=0' }, { userId: 'U1', timestamp: 0, replyToken: 'r' }),
      'U1',
      undefined,
      ctx,
    );
    const second = handleEvent(
      buildEvent({ kind: 'postback', data: 'a=topics&p=1' }, { userId: 'U1', timestamp: 0, replyToken: 'r' }),
      'U1',
      undefined,
      ctx,
    );
    const topics = [...first.replies, ...second.replies]
      .flatMap((m) => actionsOf(m as never))
      .map((a) => parsePostback(a.type === 'postback' ? (a.data ?? '') : ''));
    const reached = topics.filter((p) => p?.a === 'topic').map((p) => (p?.a === 'topic' ? p.t : ''));
    expect(new Set(reached)).toEqual(new Set(catalog.quizTopics.map((t) => t.id)));
  });
});
