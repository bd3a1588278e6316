import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  currentQuestionId,
  isFinished,
  type Session,
  selectQuestions,
  startSession,
  summarizeSession,
  toggleChoice,
  weakestTopic,
} from '../src/index.ts';
import { bank } from './fixture.ts';

const now = new Date('2026-04-01T09:00:00Z');

describe('selectQuestions', () => {
  it.each([
    [
      'topic: only its non-exam questions, easy first',
      { kind: 'topic', topic: 'management' },
      ['m-2', 'm-4', 'm-1', 'm-3'],
    ],
    [
      'track: walks the track lessons in order',
      { kind: 'track', track: 'staff' },
      ['b-1', 'b-2', 'm-3', 'm-4'],
    ],
    ['exam: only exam-practice questions, both parts', { kind: 'exam' }, ['x-1', 'x-2', 'xb-1']],
    ['exam part A: exam questions without a case', { kind: 'exam', part: 'A' }, ['x-1', 'x-2']],
    ['exam part B: exam questions with a case', { kind: 'exam', part: 'B' }, ['xb-1']],
  ] as const)('%s', (_name, source, expected) => {
    const ids = selectQuestions(bank, source, { seed: 's1', now });
    expect([...ids].sort()).toEqual([...expected].sort());
    if (source.kind === 'topic') {
      const difficulties = ids.map((id) => bank.questions.find((q) => q.id === id)!.difficulty);
      expect(difficulties).toEqual([...difficulties].sort());
    }
    if (source.kind === 'track') expect(ids.slice(0, 2).sort()).toEqual(['b-1', 'b-2']);
  });

  it('is deterministic per seed and respects the limit', () => {
    const a = selectQuestions(bank, { kind: 'exam' }, { seed: 'same', now, limit: 1 });
    expect(a).toEqual(selectQuestions(bank, { kind: 'exam' }, { seed: 'same', now, limit: 1 }));
    expect(a).toHaveLength(1);
  });

  it('review picks only due cards of known questions', () => {
    const card = {
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2 as const,
    };
    const deck = {
      'm-1': { ...card, questionId: 'm-1', due: '2026-03-31T00:00:00Z' },
      'm-2': { ...card, questionId: 'm-2', due: '2026-04-02T00:00:00Z' },
      gone: { ...card, questionId: 'gone', due: '2026-03-01T00:00:00Z' },
    };
    expect(selectQuestions(bank, { kind: 'review' }, { seed: '', now, deck })).toEqual(['m-1']);
  });
});

describe('a session', () => {
  function start(): Session {
    const session = startSession(bank, { kind: 'topic', topic: 'management' }, { id: 'S1', now });
    if (!session) throw new Error('no session');
    return session;
  }

  it('is plain JSON', () => {
    const session = start();
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
  });

  it('returns undefined when nothing can be asked', () => {
    expect(startSession(bank, { kind: 'review' }, { id: 'S2', now, deck: {} })).toBeUndefined();
    expect(startSession(bank, { kind: 'topic', topic: 'bcp' }, { id: 'S3', now })).toBeUndefined();
  });

  it('runs to the end, refusing stale, repeated and out-of-turn answers', () => {
    let session = start();
    const first = currentQuestionId(session)!;
    const second = session.questionIds[1]!;
    const refusals: [string, { sessionId: string; questionId: string; choices: number[] }, string][] = [
      ['other session', { sessionId: 'OLD', questionId: first, choices: [0] }, 'wrong-session'],
      ['ahead of turn', { sessionId: 'S1', questionId: second, choices: [0] }, 'not-current'],
      ['bad index', { sessionId: 'S1', questionId: first, choices: [9] }, 'invalid-choice'],
    ];
    for (const [, answer, refusal] of refusals) {
      expect(answerQuestion(bank, session, answer, now)).toEqual({ ok: false, refusal });
    }
    const outcome = answerQuestion(bank, session, { sessionId: 'S1', questionId: first, choices: [0] }, now);
    if (!outcome.ok) throw new Error(outcome.refusal);
    session = outcome.session;
    expect(answerQuestion(bank, session, { sessionId: 'S1', questionId: first, choices: [1] }, now)).toEqual({
      ok: false,
      refusal: 'already-answered',
    });
    while (!isFinished(session)) {
      const id = currentQuestionId(session)!;
      const question = bank.questions.find((q) => q.id === id)!;
      const next = answerQuestion(
        bank,
        session,
        { sessionId: 'S1', questionId: id, choices: [...question.answer] },
        now,
      );
      if (!next.ok) throw new Error(next.refusal);
      session = next.session;
    }
    expect(session.answers).toHaveLength(4);
    const summary = summarizeSession(bank, session);
    expect(summary.total).toBe(4);
    const firstRight = bank.questions.find((q) => q.id === first)!.answer.join() === '0';
    expect(session.answers[0]!.correct).toBe(firstRight);
    expect(summary.correct).toBe(firstRight ? 4 : 3);
  });

  it('toggles a multiple-answer draft and grades the draft', () => {
    let session: Session = {
      id: 'M',
      source: { kind: 'topic', topic: 'management' },
      questionIds: ['m-3'],
      answers: [],
      draft: [],
      startedAt: now.toISOString(),
    };
    for (const [choice, draft] of [
      [2, [2]],
      [0, [0, 2]],
      [1, [0, 1, 2]],
      [1, [0, 2]],
    ] as const) {
      const out = toggleChoice(bank, session, { sessionId: 'M', questionId: 'm-3', choice });
      if (!out.ok) throw new Error(out.refusal);
      session = out.session;
      expect(session.draft).toEqual(draft);
    }
    expect(toggleChoice(bank, session, { sessionId: 'M', questionId: 'm-3', choice: 7 })).toEqual({
      ok: false,
      refusal: 'invalid-choice',
    });
    const done = answerQuestion(
      bank,
      session,
      { sessionId: 'M', questionId: 'm-3', choices: session.draft },
      now,
    );
    expect(done.ok && done.grade.correct).toBe(true);
    expect(done.ok && done.session.draft).toEqual([]);
  });

  it('toggling a single-answer question is refused', () => {
    const session = start();
    const single = session.questionIds.find((id) => id !== 'm-3')!;
    const s = { ...session, questionIds: [single] };
    expect(toggleChoice(bank, s, { sessionId: 'S1', questionId: single, choice: 0 })).toEqual({
      ok: false,
      refusal: 'invalid-choice',
    });
  });
});

describe('summaries', () => {
  it('names the weakest topic and the lessons to read', () => {
    const answers = [
      { questionId: 'm-1', correct: false },
      { questionId: 'm-2', correct: true },
      { questionId: 'b-1', correct: false },
      { questionId: 'b-2', correct: false },
      { questionId: 'm-1', correct: false },
    ];
    const summary = summarizeSessionLike(answers);
    expect(summary.lessonsToRead).toEqual([
      'management/duty',
      'basic-measures/passwords',
      'basic-measures/updates',
    ]);
    expect(weakestTopic(summary.byTopic)?.topic).toBe('basic-measures');
    expect(weakestTopic([{ topic: 'a', correct: 2, total: 2 }])).toBeUndefined();
  });
});

function summarizeSessionLike(answers: { questionId: string; correct: boolean }[]) {
  const session: Session = {
    id: 'x',
    source: { kind: 'exam' },
    questionIds: answers.map((a) => a.questionId),
    answers: answers.map((a) => ({ ...a, choices: [0], at: now.toISOString() })),
    draft: [],
    startedAt: now.toISOString(),
  };
  return summarizeSession(bank, session);
}
