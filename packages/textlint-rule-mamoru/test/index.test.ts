import { expect, test } from 'vitest';
import preset, { rules } from '../src/index.ts';

test('the index registers every rule under its id, also as a preset', () => {
  expect(Object.keys(rules).sort()).toEqual(['no-unknown-jargon', 'one-spelling', 'term-explained']);
  expect(Object.keys(preset.rules)).toEqual(Object.keys(preset.rulesConfig));
});
