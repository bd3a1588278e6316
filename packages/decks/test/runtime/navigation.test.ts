import { describe, expect, it } from 'vitest';
import {
  clampPosition,
  lastPosition,
  nextPosition,
  positionLabel,
  previousPosition,
  stepsOf,
} from '../../src/runtime/index.ts';

// content, quiz, content
const steps = [stepsOf('content'), stepsOf('quiz'), stepsOf('content')];

describe('deck navigation', () => {
  it('walks through the quiz reveal step before the next slide', () => {
    let position = { index: 0, step: 0 };
    const visited = [];
    for (let i = 0; i < 5; i++) {
      visited.push(position);
      position = nextPosition(position, steps);
    }
    expect(visited).toEqual([
      { index: 0, step: 0 },
      { index: 1, step: 0 },
      { index: 1, step: 1 },
      { index: 2, step: 0 },
      { index: 2, step: 0 },
    ]);
  });

  it('goes back into a quiz at its revealed step, and stays on the first slide', () => {
    expect(previousPosition({ index: 2, step: 0 }, steps)).toEqual({ index: 1, step: 1 });
    expect(previousPosition({ index: 1, step: 1 }, steps)).toEqual({ index: 1, step: 0 });
    expect(previousPosition({ index: 0, step: 0 }, steps)).toEqual({ index: 0, step: 0 });
  });

  it('clamps positions from URLs and messages into the deck', () => {
    expect(clampPosition({ index: 99, step: 5 }, steps)).toEqual({ index: 2, step: 0 });
    expect(clampPosition({ index: 1, step: 7 }, steps)).toEqual({ index: 1, step: 1 });
    expect(clampPosition({ index: -3, step: -1 }, steps)).toEqual({ index: 0, step: 0 });
    expect(clampPosition({ index: 1, step: 0 }, [])).toEqual({ index: 0, step: 0 });
  });

  it('knows the last slide', () => {
    expect(lastPosition(steps)).toEqual({ index: 2, step: 0 });
  });

  it('labels the counter with the step of a quiz (3a before the answer, 3b after), plain elsewhere', () => {
    expect(positionLabel({ index: 0, step: 0 }, steps)).toBe('1 / 3');
    expect(positionLabel({ index: 1, step: 0 }, steps)).toBe('2a / 3');
    expect(positionLabel({ index: 1, step: 1 }, steps)).toBe('2b / 3');
    expect(positionLabel({ index: 2, step: 0 }, steps)).toBe('3 / 3');
    expect(positionLabel({ index: 9, step: 4 }, steps)).toBe('3 / 3');
  });
});
