import { createHmac } from 'node:crypto';
import { buildEvent, eventId } from '@mamoru/line-bot/events';
import { CHANNEL_SECRET } from '../bot-process.ts';

let sequence = 0;

/** A signed answer postback from one of 10,000 users, with a fresh webhookEventId each time. */
export function answerBody(): { body: string; signature: string } {
  const n = sequence++;
  const userId = `U${(n % 10_000).toString(16).padStart(32, '0')}`;
  const event = buildEvent(
    { kind: 'postback', data: `a=ans&s=bench${n % 97}&q=mgmt-00${(n % 9) + 1}&c=${n % 3}` },
    { userId, timestamp: Date.now(), replyToken: eventId() },
  );
  const body = JSON.stringify({ destination: 'Ubench', events: [event] });
  return { body, signature: createHmac('sha256', CHANNEL_SECRET).update(body).digest('base64') };
}
