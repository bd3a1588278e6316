import { describe, expect, it } from 'vitest';
import { parsePushRefusal, pushedText, pushRefusedText } from '../../src/scripts/deck/live-push.ts';

describe('the presenter view reads the bot answer to a pushed open', () => {
  it('takes the numbers of a refusal, and nothing else for a 409', () => {
    const refusal = { error: '…', needed: 12, remaining: 3, limit: 200, used: 177 };
    expect(parsePushRefusal(refusal)).toEqual({ needed: 12, remaining: 3, limit: 200, used: 177 });
    // The session-ended 409 has no numbers: not a push refusal.
    expect(parsePushRefusal({ error: 'The session has ended.' })).toBeUndefined();
    expect(parsePushRefusal({ needed: '12', remaining: 3, limit: 200, used: 1 })).toBeUndefined();
    expect(parsePushRefusal(null)).toBeUndefined();
  });

  it('says the numbers in plain words', () => {
    expect(pushRefusedText({ needed: 12, remaining: 3, limit: 200, used: 177 })).toContain(
      '参加者 12人に送るには 12通いりますが、今月の残りは 3通です（今月の上限 200通、使用 177通）',
    );
    expect(pushedText(3)).toBe('問題を LINE で 3人に送りました。');
    expect(pushedText(0)).toContain('送る相手はいません');
  });
});
