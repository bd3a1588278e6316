import type { webhook } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { handleEvent } from '../src/conversation/handle-event.ts';
import type { Context } from '../src/conversation/outcome.ts';
import { buildEvent } from '../src/local/events.ts';
import { fixtureCatalog } from './helpers/catalog.ts';

// Signed bodies can still carry damaged events (the fuzz drill in @mamoru/bench sends them):
// the handler must ignore them, not throw (a throw costs the user an apology and a logged error).
const ctx: Context = {
  catalog: fixtureCatalog(),
  now: new Date('2026-04-01T03:00:00Z'),
  newId: () => 'abcd1234',
};
const user = `U${'a'.repeat(32)}`;
const base = (kind: 'text' | 'postback' | 'follow') =>
  buildEvent(
    kind === 'text'
      ? { kind, text: 'ヘルプ' }
      : kind === 'postback'
        ? { kind, data: 'a=cmd&c=help' }
        : { kind },
    { userId: user, timestamp: 1, replyToken: 'r1' },
  ) as unknown as Record<string, unknown>;
const damaged = (kind: 'text' | 'postback' | 'follow', change: Record<string, unknown>) =>
  ({ ...base(kind), ...change }) as unknown as webhook.Event;

describe('malformed webhook events', () => {
  it.each([
    ['a message without its message', damaged('text', { message: undefined })],
    ['a message that is null', damaged('text', { message: null })],
    ['a text message without text', damaged('text', { message: { id: '1', type: 'text' } })],
    [
      'a text message whose text is a number',
      damaged('text', { message: { id: '1', type: 'text', text: 7 } }),
    ],
    ['a message without a type', damaged('text', { message: { id: '1', text: 'ヘルプ' } })],
    ['a postback without its postback', damaged('postback', { postback: undefined })],
    ['a postback whose data is not a string', damaged('postback', { postback: { data: ['a=cmd'] } })],
    ['a follow whose detail is not an object', damaged('follow', { follow: 'yes' })],
    ['an event type LINE does not send', damaged('text', { type: 'messagf' })],
  ])('ignores %s', (_name, event) => {
    const outcome = handleEvent(event, user, undefined, ctx);
    expect(outcome.replies).toEqual([]);
    expect(outcome.state).toBeUndefined();
  });

  it('still answers the undamaged events', () => {
    for (const kind of ['text', 'postback', 'follow'] as const) {
      const outcome = handleEvent(base(kind) as unknown as webhook.Event, user, undefined, ctx);
      expect(outcome.replies.length).toBeGreaterThan(0);
    }
  });

  it('welcomes a follow that lacks the isUnblocked detail as a first follow', () => {
    const outcome = handleEvent(damaged('follow', { follow: undefined }), user, undefined, ctx);
    expect(outcome.replies.length).toBeGreaterThan(0);
    expect(outcome.state).toBeDefined();
  });
});
