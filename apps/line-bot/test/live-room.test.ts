import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './helpers/harness.ts';
import { liveCatalog, presenter } from './helpers/live.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

describe('the simulator room (/room)', () => {
  it('adds N simulated participants who join and answer the open question', async () => {
    const h: Harness = await startHarness({ catalog: liveCatalog() });
    cleanups.push(() => h.stop());
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    await p.open(s, 'm-1');
    const post = (path: string, body: string) =>
      fetch(`${h.simulatorUrl}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const joined = await post('/room/join', `code=${s.code}&n=7`);
    expect(joined.status).toBe(303);
    await h.bot.worker.drain();
    expect(await p.tally(s)).toMatchObject({ participants: 7, answered: 0 });
    const answered = await post('/room/answer', '');
    expect(decodeURIComponent(answered.headers.get('location') ?? '')).toContain('7人が答えました');
    await h.bot.worker.drain();
    expect(await p.tally(s)).toMatchObject({ participants: 7, answered: 7 });
    expect((await post('/room/join', 'code=12&n=7')).status).toBe(303);
    expect(await (await fetch(`${h.simulatorUrl}/room`)).text()).toContain('シミュレーターの参加者: 7人');
    expect(h.fake.rejected).toEqual([]);
  });
});
