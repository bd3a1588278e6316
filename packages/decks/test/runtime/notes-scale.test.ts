import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTES_SCALE_INDEX, NOTES_SCALES, stepNotesScale } from '../../src/runtime/index.ts';

describe('presenter notes size steps', () => {
  it('starts at the stylesheet size and steps up and down', () => {
    expect(NOTES_SCALES[DEFAULT_NOTES_SCALE_INDEX]).toBe(1);
    expect(NOTES_SCALES[stepNotesScale(undefined, 1)]).toBe(1.15);
    expect(NOTES_SCALES[stepNotesScale(DEFAULT_NOTES_SCALE_INDEX, -1)]).toBe(0.9);
  });

  it('holds at both ends and ignores a stored value that is not a step', () => {
    expect(stepNotesScale(NOTES_SCALES.length - 1, 1)).toBe(NOTES_SCALES.length - 1);
    expect(stepNotesScale(0, -1)).toBe(0);
    expect(stepNotesScale(99, 0)).toBe(DEFAULT_NOTES_SCALE_INDEX);
    expect(stepNotesScale(1.5, 0)).toBe(DEFAULT_NOTES_SCALE_INDEX);
  });
});
