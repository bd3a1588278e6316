import { describe, expect, it } from 'vitest';
import { encodePostback, parsePostback } from '../src/conversation/postback.ts';

describe('postback data', () => {
  it.each([
    ['a=cmd&c=quiz', { a: 'cmd', c: 'quiz' }],
    ['a=ans&s=ab12cd34&q=mgmt-001&c=2', { a: 'ans', s: 'ab12cd34', q: 'mgmt-001', c: 2 }],
    ['a=topic&t=bcp', { a: 'topic', t: 'bcp' }],
    ['a=del&ok=1', { a: 'del', ok: '1' }],
  ])('parses %s', (data, expected) => {
    expect(parsePostback(data)).toEqual(expected);
  });

  it.each([
    ['unknown action', 'a=drop&c=quiz'],
    ['unknown command', 'a=cmd&c=rm'],
    ['extra key', 'a=cmd&c=quiz&x=1'],
    ['repeated key', 'a=cmd&c=quiz&c=help'],
    ['choice out of range', 'a=ans&s=ab&q=q1&c=10'],
    ['negative choice', 'a=ans&s=ab&q=q1&c=-1'],
    ['path in an id', 'a=ans&s=ab&q=../x&c=1'],
    ['unknown topic', 'a=topic&t=nope'],
    ['not a query string', '{"a":"cmd"}'],
    ['over 300 characters', `a=cmd&c=quiz&${'x'.repeat(300)}`],
    ['empty', ''],
  ])('rejects %s', (_name, data) => {
    expect(parsePostback(data)).toBeUndefined();
  });

  it('round-trips what the bot encodes', () => {
    const data = encodePostback({ a: 'tog', s: 'abcd1234', q: 'exam-security-law-012', c: 3 });
    expect(parsePostback(data)).toEqual({ a: 'tog', s: 'abcd1234', q: 'exam-security-law-012', c: 3 });
  });
});
