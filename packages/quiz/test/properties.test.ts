import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, currentQuestionId, gradeAnswer, type Session, startSession } from '../src/index.ts';
import { bank } from './fixture.ts';

const now = new Date('2026-04-01T00:00:00Z');

describe('properties', () => {
  it('an answer is right exactly when the picked set equals the answer set', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bank.questions),
        fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
        (question, picked) => {
          const same =
            new Set(picked).size === question.answer.length &&
            question.answer.every((a) => picked.includes(a));
          expect(gradeAnswer(question, picked).correct).toBe(same);
        },
      ),
    );
  });

  it('whatever is tapped, in any order, each question is recorded at most once and in session order', () => {
    const start = startSession(bank, { kind: 'topic', topic: 'management' }, { id: 'P', now });
    if (!start) throw new Error('no session');
    const tap = fc.record({
      session: fc.constantFrom('P', 'OLD'),
      question: fc.constantFrom(...start.questionIds, 'nope'),
      choices: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(tap, { maxLength: 30 }), (taps) => {
        let session: Session = start;
        for (const t of taps) {
          const out = answerQuestion(
            bank,
            session,
            { sessionId: t.session, questionId: t.question, choices: t.choices },
            now,
          );
          if (out.ok) {
            expect(t.question).toBe(currentQuestionId(session));
            session = out.session;
          }
        }
        const ids = session.answers.map((a) => a.questionId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(start.questionIds.slice(0, ids.length));
      }),
    );
  });
});
