import { describe, expect, it } from 'vitest';
import { encodePostback, parsePostback } from '../src/conversation/postback.ts';

describe('postback data', () => {
  it.each([
    ['a=cmd&c=quiz', { a: 'cmd', c: 'quiz' }],
    ['a=ans&s=ab12cd34&q=mgmt-001&c=2', { a: 'ans', s: 'ab12cd34', q: 'mgmt-001', c: 2 }],
    ['a=topic&t=bcp', { a: 'topic', t: 'bcp' }],
    ['a=del&ok=1', { a: 'del', ok: '1' }],
    ['a=les&l=external-threats/deceptive-emails', { a: 'les', l: 'external-threats/deceptive-emails' }],
    ['a=tog&s=ab12cd34&q=mgmt-001&c=2&on=0', { a: 'tog', s: 'ab12cd34', q: 'mgmt-001', c: 2, on: '0' }],
    ['a=sub&s=ab12cd34&q=mgmt-001&c=2.0.2', { a: 'sub', s: 'ab12cd34', q: 'mgmt-001', c: [0, 2] }],
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
    ['a toggle that does not say on or off (an old card)', 'a=tog&s=ab&q=q1&c=1'],
    ['a submit without the selection it showed (an old card)', 'a=sub&s=ab&q=q1'],
    ['an empty selection', 'a=sub&s=ab&q=q1&c='],
    ['a lesson id with a path', 'a=les&l=../../etc'],
    ['not a query string', '{"a":"cmd"}'],
    ['over 300 characters', `a=cmd&c=quiz&${'x'.repeat(300)}`],
    ['empty', ''],
  ])('rejects %s', (_name, data) => {
    expect(parsePostback(data)).toBeUndefined();
  });

  it('round-trips what the bot encodes', () => {
    const data = encodePostback({ a: 'tog', s: 'abcd1234', q: 'exam-security-law-012', c: 3, on: '1' });
    expect(parsePostback(data)).toEqual({
      a: 'tog',
      s: 'abcd1234',
      q: 'exam-security-law-012',
      c: 3,
      on: '1',
    });
  });
});
