import { describe, expect, it } from 'vitest';
import { dueQuestionIds, nextDueAt, type ReviewDeck, recallOf, reviewAfterAnswer } from '../src/index.ts';

const DAY = 86_400_000;
const t0 = new Date('2026-04-01T09:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

/** Days from the answer to the due date. */
function interval(deck: ReviewDeck, id: string, answeredAt: Date): number {
  return (Date.parse(deck[id]!.due) - answeredAt.getTime()) / DAY;
}

describe('scheduling with a fake clock', () => {
  it.each([
    ['wrong', false, 1, 1],
    ['right', true, 2, 60],
  ])('a first %s answer is due in %s..%s days', (_name, correct, min, max) => {
    const deck = reviewAfterAnswer({}, 'q', correct, t0);
    const days = interval(deck, 'q', t0);
    expect(days).toBeGreaterThanOrEqual(min);
    expect(days).toBeLessThanOrEqual(max);
  });

  it('a wrong answer comes back sooner than a right one', () => {
    const wrong = reviewAfterAnswer({}, 'q', false, t0);
    const right = reviewAfterAnswer({}, 'q', true, t0);
    expect(interval(wrong, 'q', t0)).toBeLessThan(interval(right, 'q', t0));
  });

  it('is due exactly on time: not a second before, yes at the due time', () => {
    const deck = reviewAfterAnswer({}, 'q', false, t0);
    const due = new Date(deck.q!.due);
    expect(dueQuestionIds(deck, new Date(due.getTime() - 1000))).toEqual([]);
    expect(dueQuestionIds(deck, due)).toEqual(['q']);
    expect(nextDueAt(deck)).toBe(deck.q!.due);
  });

  it('a shaky answer (right after wrong) is scheduled sooner than a sure one', () => {
    const afterWrong = reviewAfterAnswer({}, 'q', false, t0);
    expect(recallOf(true, afterWrong.q)).toBe('shaky');
    const shaky = reviewAfterAnswer(afterWrong, 'q', true, at(1));
    const sureBase = reviewAfterAnswer({}, 'q', true, t0);
    const sure = reviewAfterAnswer(sureBase, 'q', true, new Date(sureBase.q!.due));
    expect(interval(shaky, 'q', at(1))).toBeLessThan(interval(sure, 'q', new Date(sureBase.q!.due)));
  });

  it('intervals grow with repeated right answers, and a lapse shrinks them', () => {
    let deck: ReviewDeck = {};
    let now = t0;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      deck = reviewAfterAnswer(deck, 'q', true, now);
      intervals.push(interval(deck, 'q', now));
      now = new Date(deck.q!.due);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    deck = reviewAfterAnswer(deck, 'q', false, now);
    expect(interval(deck, 'q', now)).toBeLessThan(intervals.at(-1)!);
    expect(deck.q!.lapses).toBe(1);
  });

  it('orders due cards by how overdue they are and keeps JSON shape', () => {
    let deck = reviewAfterAnswer({}, 'late', false, t0);
    deck = reviewAfterAnswer(deck, 'later', false, at(0.5));
    deck = reviewAfterAnswer(deck, 'future', true, t0);
    expect(dueQuestionIds(deck, at(1.6))).toEqual(['late', 'later']);
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
  });
});
