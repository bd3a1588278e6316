import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from './helpers/catalog.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';
import { liveCatalog, presenter } from './helpers/live.ts';

// The privacy notice (site /privacy/, from @mamoru/operator) is linked wherever the bot says what
// it keeps: the welcome, ヘルプ (which the rich menu's help area sends) and the live-seminar join
// reply; the team consent card links it too (teams-line.test.ts).
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

describe('privacy notice links', () => {
  const notice = () => fixtureCatalog().privacyUrl;
  const texts = (messages: Record<string, unknown>[]) => messages.map((m) => JSON.stringify(m)).join('\n');

  it('point at the site the bot links lessons on', () => {
    expect(fixtureCatalog().privacyUrl).toBe(`${fixtureCatalog().siteUrl}/privacy/`);
  });

  it('are in the welcome', async () => {
    expect(texts(await h.act(userId(), { kind: 'follow' }))).toContain(notice());
  });

  it('are in the live-seminar join reply', async () => {
    const live = await startHarness({ catalog: liveCatalog() });
    try {
      const session = await presenter(live.bot.url).create(live.liveKey);
      const joined = await live.say(userId(), `参加 ${session.code}`);
      expect(texts(joined)).toContain(notice());
    } finally {
      await live.stop();
    }
  });

  it('are in ヘルプ', async () => {
    const u = userId();
    await h.act(u, { kind: 'follow' });
    expect(texts(await h.say(u, 'ヘルプ'))).toContain(notice());
  });
});
