import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  appendDigit,
  hashForSlide,
  jumpTarget,
  slideFromHash,
} from '../../src/runtime/index.ts';

describe('keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['o', 'overview'],
    ['O', 'overview'],
    ['f', 'fullscreen'],
    ['p', 'presenter'],
    ['b', 'blackout'],
    ['Enter', 'jump'],
    ['Escape', 'cancel'],
  ])('%j -> %s', (key, type) => {
    expect(actionForKey({ key })?.type).toBe(type);
  });

  it('Shift+Space goes back, as in every slide tool', () => {
    expect(actionForKey({ key: ' ', shiftKey: true })).toEqual({ type: 'previous' });
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'x' })).toBeUndefined();
  });

  it('collects digits and jumps to a slide that exists', () => {
    const typed = ['1', '2'].reduce(appendDigit, '');
    expect(actionForKey({ key: '7' })).toEqual({ type: 'digit', digit: '7' });
    expect(typed).toBe('12');
    expect(jumpTarget(typed, 20)).toBe(11);
    expect(jumpTarget(typed, 10)).toBeUndefined();
    expect(jumpTarget('', 10)).toBeUndefined();
    expect(appendDigit('', '0')).toBe('');
  });
});

describe('slide hash', () => {
  it('counts slides from 1 in the URL', () => {
    expect(hashForSlide(0)).toBe('#1');
    expect(slideFromHash('#3', 5)).toBe(2);
    expect(slideFromHash('#/3', 5)).toBe(2);
  });

  it('ignores hashes that name no slide', () => {
    expect(slideFromHash('#0', 5)).toBeUndefined();
    expect(slideFromHash('#6', 5)).toBeUndefined();
    expect(slideFromHash('#main', 5)).toBeUndefined();
    expect(slideFromHash('', 5)).toBeUndefined();
  });
});
