import { describe, expect, it } from 'vitest';
import { readSiteEnv } from '../../src/lib/env.ts';
import { allowConnectTo } from '../../src/lib/global-headers.ts';
import { type LiveResults, resultsCsv, takeSseData } from '../../src/scripts/deck/live-protocol.ts';

describe('live seminar helpers', () => {
  it('splits Server-Sent Events into their data, keeping an unfinished event for later', () => {
    const { data, rest } = takeSseData('data: {"a":1}\n\n: keep-alive\n\ndata: {"a":2}\r\n\r\ndata: {"a"');
    expect(data).toEqual(['{"a":1}', '{"a":2}']);
    expect(rest).toBe('data: {"a"');
  });

  it('writes one CSV row per question with counts per choice and no personal data', () => {
    const results: LiveResults = {
      code: '1234',
      deckId: 'owner-60',
      participants: 5,
      questions: [
        {
          questionId: 'q-1',
          prompt: 'Is "A", B?',
          choices: ['ア', 'イ', 'ウ'],
          correct: [0],
          counts: [3, 1, 1],
          answered: 5,
          correctRate: 0.6,
        },
        {
          questionId: 'q-2',
          prompt: '正しい？',
          choices: ['正しい', 'まちがい'],
          correct: [1],
          counts: [0, 0],
          answered: 0,
          correctRate: null,
        },
      ],
    };
    expect(resultsCsv(results)).toBe(
      'question_id,prompt,answered,correct_rate_percent,choice_1,choice_2,choice_3\n' +
        'q-1,"Is ""A"", B?",5,60,3,1,1\n' +
        'q-2,正しい？,0,,0,0,\n',
    );
  });

  it('LIVE_API_URL is optional, an origin, and the CSP connect-src allows exactly it', () => {
    expect(readSiteEnv({}).LIVE_API_URL).toBeUndefined();
    expect(readSiteEnv({ LIVE_API_URL: 'https://bot.example.jp/some/path' }).LIVE_API_URL).toBe(
      'https://bot.example.jp',
    );
    expect(() => readSiteEnv({ LIVE_API_URL: 'not a url' })).toThrow(/LIVE_API_URL/);
    const headers = "/*\n  Content-Security-Policy: default-src 'self'; connect-src 'self'; img-src 'self'\n";
    expect(allowConnectTo(headers, 'https://bot.example.jp')).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'; connect-src 'self' https://bot.example.jp; img-src 'self'\n",
    );
    expect(() => allowConnectTo('/*\n', 'https://bot.example.jp')).toThrow(/connect-src/);
  });
});
