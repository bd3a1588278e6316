import { describe, expect, test } from 'vitest';
import { styleToAttributes } from '../src/style-attributes.ts';

describe('styleToAttributes', () => {
  test('turns declarations into presentation attributes, the declaration winning', () => {
    expect(
      styleToAttributes(
        '<text x="1" fill="#000" style="font-size:14px;font-family:inherit;fill:#333;">A</text>',
      ),
    ).toBe('<text x="1" font-size="14px" font-family="inherit" fill="#333">A</text>');
  });

  test('leaves tags without style alone, self-closing ones included', () => {
    const markup = '<g><path d="M0 0L1 1" stroke="#000"/><rect style="opacity:0.5"/></g>';
    expect(styleToAttributes(markup)).toBe('<g><path d="M0 0L1 1" stroke="#000"/><rect opacity="0.5"/></g>');
  });

  test('refuses a property that has no presentation attribute, naming it', () => {
    expect(() => styleToAttributes('<text style="position:absolute">A</text>')).toThrow(
      /"position" has no SVG presentation attribute/,
    );
  });
});
