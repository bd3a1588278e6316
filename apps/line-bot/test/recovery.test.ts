import { afterEach, describe, expect, it } from 'vitest';
import { processNextEvent } from '../src/inbox/process-event.ts';
import { fixtureCatalog } from './helpers/catalog.ts';
import { type Harness, restartBot, startHarness, userId } from './helpers/harness.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function harnessWithoutWorker(): Promise<Harness> {
  const h = await startHarness();
  cleanups.push(() => h.stop());
  await h.bot.worker.stop(); // as if the process died right after answering 200
  return h;
}

async function restart(h: Harness) {
  const bot = await restartBot(h);
  cleanups.push(() => bot.stop());
  await bot.worker.drain();
  return bot;
}

describe('after a crash or restart the inbox is finished', () => {
  it('events acknowledged but never handled are handled and answered', async () => {
    const h = await harnessWithoutWorker();
    const u = userId();
    expect((await h.fake.userDoes(u, { kind: 'follow' })).status).toBe(200);
    expect(h.fake.botMessages(u)).toHaveLength(0);
    await restart(h);
    expect(h.fake.botMessages(u).map((e) => e.via)).toEqual(['reply', 'reply']);
  });

  it('events handled but not yet sent are sent once', async () => {
    const h = await harnessWithoutWorker();
    const u = userId();
    await h.fake.userDoes(u, { kind: 'text', text: 'ヘルプ' });
    const handled = await processNextEvent(
      { store: h.bot.store, catalog: fixtureCatalog(), now: h.clock.now },
      u,
    );
    expect(handled?.outgoing?.messages).toHaveLength(1);
    await restart(h);
    expect(h.fake.botMessages(u)).toHaveLength(1);
  });
});

describe('a handler that throws', () => {
  it('apologises, changes nothing, and goes on with the next events', async () => {
    const broken = {
      ...fixtureCatalog(),
      topicTitle: (): string => {
        throw new Error('boom');
      },
    };
    const h = await startHarness({ catalog: broken });
    cleanups.push(() => h.stop());
    const u = userId();
    const { event } = await h.fake.userDoes(u, { kind: 'postback', data: 'a=topic&t=management' });
    await h.fake.userDoes(u, { kind: 'text', text: 'ヘルプ' });
    await h.bot.worker.drain();
    const row = await h.bot.store.db.query('SELECT status FROM inbox WHERE event_id = $1', [
      event.webhookEventId,
    ]);
    expect(row.rows).toEqual([{ status: 'sent' }]);
    const stored = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [u]);
    expect(JSON.parse(String(stored.rows[0]?.state)).session).toBeUndefined();
    const texts = h.fake.botMessages(u).map((e) => String(e.message.text ?? ''));
    expect(texts).toEqual([
      expect.stringContaining('うまく処理できませんでした'),
      expect.stringContaining('できること'),
    ]);
  });
});
