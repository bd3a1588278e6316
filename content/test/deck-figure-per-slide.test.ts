import { expect, test } from 'vitest';
import { extraFiguresPerSlide } from '../src/check/deck-figure-per-slide.ts';

// Body line 1 is file line 6 (after the front matter); slides open on file lines 7 and 14.
const body = [
  '',
  '<Slide minutes={2}>',
  '## 予算',
  '',
  '<Figure id="budget-plans" />',
  '<Notes>話します。</Notes>',
  '</Slide>',
  '',
  '<Slide minutes={2}>',
  '## 2つの図',
  '<Figure id="first-hour" />',
  '',
  '  <Figure id="budget-plans" />',
  '<Figure id="five-rules" />',
  '<Notes>話します。</Notes>',
  '</Slide>',
].join('\n');

test('a figure on a slide of its own passes; the second and third on one slide are reported where they are', () => {
  expect(extraFiguresPerSlide(body, 6, [7, 14])).toEqual([
    { line: 18, column: 3, id: 'budget-plans', slide: 2 },
    { line: 19, column: 1, id: 'five-rules', slide: 2 },
  ]);
});

test('the same figure on two slides is fine', () => {
  const twice = [
    '<Slide>',
    '<Figure id="budget-plans" />',
    '</Slide>',
    '<Slide>',
    '<Figure id="budget-plans" />',
    '</Slide>',
  ];
  expect(extraFiguresPerSlide(twice.join('\n'), 1, [1, 4])).toEqual([]);
});
