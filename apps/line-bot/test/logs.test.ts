import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLineClient } from '../src/line/client.ts';
import { startLocal } from '../src/local/start-local.ts';
import { fixtureCatalog } from './helpers/catalog.ts';
import { fakeClock } from './helpers/harness.ts';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
let local: Awaited<ReturnType<typeof startLocal>>;
beforeAll(async () => {
  local = await startLocal({
    catalog: fixtureCatalog(),
    now: fakeClock().now,
    log: pino({ level: 'trace' }, sink),
    pollMs: 60_000,
  });
});
afterAll(async () => {
  await local.stop();
});

describe('logs', () => {
  it('name events by id and type, never the text a user wrote or a secret', async () => {
    const u = `U${'c'.repeat(32)}`;
    await local.fake.userDoes(u, { kind: 'text', text: 'ひみつの合言葉はさくら' });
    await local.fake.userDoes(u, { kind: 'text', text: 'ヘルプ' });
    await local.bot.worker.drain();
    const all = lines.join('');
    expect(all).toContain('"type":"message"');
    expect(all).not.toContain('ひみつの合言葉');
    expect(all).not.toContain('ヘルプ');
    expect(all).not.toContain(local.env.channelSecret);
    expect(all).not.toContain(local.env.channelAccessToken);
  });
});

describe('push with X-Line-Retry-Key', () => {
  it('sends a retried push once (LINE answers 409 to the same key)', async () => {
    const line = createLineClient({
      channelAccessToken: local.env.channelAccessToken,
      apiBaseUrl: local.fake.url,
    });
    const u = `U${'d'.repeat(32)}`;
    const message = { type: 'text' as const, text: '今日の1問です。' };
    expect(await line.push(u, [message], 'daily:x:2026-04-01')).toBe('pushed');
    expect(await line.push(u, [message], 'daily:x:2026-04-01')).toBe('pushed');
    expect(local.fake.botMessages(u)).toHaveLength(1);
    expect(await line.push(u, [message], 'daily:x:2026-04-02')).toBe('pushed');
    expect(local.fake.botMessages(u)).toHaveLength(2);
  });
});
