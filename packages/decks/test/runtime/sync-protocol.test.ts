import { describe, expect, it } from 'vitest';
import { channelName, parseSyncMessage, tallyPercents } from '../../src/runtime/index.ts';

describe('sync protocol', () => {
  it('names one channel per deck', () => {
    expect(channelName('staff-30')).toBe('mamoru-deck:staff-30');
  });

  it('reads position, where and tally messages for this deck', () => {
    expect(
      parseSyncMessage({ type: 'position', deckId: 'd', sender: 'a', position: { index: 3, step: 1 } }, 'd'),
    ).toEqual({ type: 'position', deckId: 'd', sender: 'a', position: { index: 3, step: 1 } });
    expect(parseSyncMessage({ type: 'where', deckId: 'd', sender: 'a' }, 'd')?.type).toBe('where');
    expect(
      parseSyncMessage({ type: 'tally', deckId: 'd', sender: 'a', questionId: 'q', counts: [1, 0, 2] }, 'd'),
    ).toEqual({ type: 'tally', deckId: 'd', sender: 'a', questionId: 'q', counts: [1, 0, 2] });
  });

  it('drops messages for other decks and malformed ones', () => {
    const position = { type: 'position', deckId: 'other', sender: 'a', position: { index: 1, step: 0 } };
    expect(parseSyncMessage(position, 'd')).toBeUndefined();
    expect(
      parseSyncMessage({ ...position, deckId: 'd', position: { index: -1, step: 0 } }, 'd'),
    ).toBeUndefined();
    expect(
      parseSyncMessage({ ...position, deckId: 'd', position: { index: 1.5, step: 0 } }, 'd'),
    ).toBeUndefined();
    expect(parseSyncMessage({ type: 'where', deckId: 'd' }, 'd')).toBeUndefined();
    expect(
      parseSyncMessage({ type: 'tally', deckId: 'd', sender: 'a', questionId: 'q', counts: ['1'] }, 'd'),
    ).toBeUndefined();
    expect(parseSyncMessage({ type: 'dance', deckId: 'd', sender: 'a' }, 'd')).toBeUndefined();
    expect(parseSyncMessage('position', 'd')).toBeUndefined();
    expect(parseSyncMessage(null, 'd')).toBeUndefined();
  });

  it('turns tallies into whole percents', () => {
    expect(tallyPercents([1, 1, 2])).toEqual([25, 25, 50]);
    expect(tallyPercents([0, 0])).toEqual([0, 0]);
  });
});
