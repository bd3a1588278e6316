import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BASIC_ID } from '../src/local/fake-line.ts';
import { joinLink } from '../src/messages/team.ts';
import { invitePageHtml, invitePageUrl } from '../src/teams-invite/invite-page.ts';
import { teamInviteRoutes } from '../src/teams-invite/routes.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** The owner makes a team; returns the code and the owner's guide text. */
async function makeTeam(name: string) {
  const owner = userId();
  await h.act(owner, { kind: 'follow' });
  await h.say(owner, 'チームを作る');
  const made = await h.say(owner, name);
  const code = /チーム参加 ([0-9A-Z]{10})/.exec(JSON.stringify(made[0]))?.[1];
  if (!code) throw new Error('no invite code');
  return { owner, code, guide: String((made[1] as { text?: string }).text) };
}

describe('the printable team invite (GET /teams/invite/{code})', () => {
  it("is linked from the owner's guide and shows the team, the code and the join link", async () => {
    const { code, guide } = await makeTeam('山田商店');
    const url = `${h.bot.url}/teams/invite/${code}`;
    expect(guide).toContain(url);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('「山田商店」の情報セキュリティ学習');
    expect(html).toContain(`data-code="${code}"`);
    expect(html).toContain(`チーム参加 ${code}`);
    expect(html).toContain(joinLink(FAKE_BASIC_ID, code).replaceAll('&', '&amp;'));
    expect(html).toMatch(/<svg role="img"[^>]*viewBox/);
    expect(html).not.toMatch(/<script|style="/); // nothing the CSP would refuse
  });

  it('takes the code as people type it (lower case, hyphens)', async () => {
    const { code } = await makeTeam('川口工務店');
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const response = await fetch(`${h.bot.url}/teams/invite/${typed}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('川口工務店');
  });

  it('stops showing an invite once the owner renews the code, and names no team for a wrong code', async () => {
    const { owner, code } = await makeTeam('小林歯科');
    const renewed = await h.say(owner, '招待コードを変える');
    const newCode = /チーム参加 ([0-9A-Z]{10})/.exec(JSON.stringify(renewed[0]))?.[1];
    expect(newCode).toBeDefined();
    expect(newCode).not.toBe(code);
    const old = await fetch(`${h.bot.url}/teams/invite/${code}`);
    expect(old.status).toBe(404);
    const oldHtml = await old.text();
    expect(oldHtml).toContain('この招待は使えません');
    expect(oldHtml).not.toContain('小林歯科');
    for (const wrong of ['0000000000', 'short', '%3Cscript%3E', `${newCode}X`]) {
      const response = await fetch(`${h.bot.url}/teams/invite/${wrong}`);
      expect(response.status, wrong).toBe(404);
      expect(await response.text()).not.toMatch(/小林歯科|山田商店|<script>/);
    }
    expect((await fetch(`${h.bot.url}/teams/invite/${newCode}`)).status).toBe(200);
  });

  it('says to try again later when LINE did not tell the bot its ID (no QR without it)', async () => {
    const { code } = await makeTeam('森田印刷');
    const app = new Hono();
    teamInviteRoutes(app, {
      db: h.bot.store.db,
      basicId: () => Promise.reject(new Error('GET /v2/bot/info failed')),
    });
    const response = await app.request(`/teams/invite/${code}`);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('いまは招待のページを作れません');
    expect(html).not.toContain('森田印刷');
  });

  it('escapes what the owner typed as the team name', async () => {
    const { code } = await makeTeam('<img src=x onerror=alert(1)>&商店');
    const html = await (await fetch(`${h.bot.url}/teams/invite/${code}`)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;商店');
  });
});

describe('the invite page core', () => {
  it('builds the address only when the bot knows its own (BOT_URL)', () => {
    expect(invitePageUrl(undefined, 'ABCDE12345')).toBeUndefined();
    expect(invitePageUrl('https://bot.example.jp', 'ABCDE12345')).toBe(
      'https://bot.example.jp/teams/invite/ABCDE12345',
    );
  });

  it('shows the code in two groups that copy back as one code', () => {
    const html = invitePageHtml({
      teamName: 'テスト',
      code: 'ABCDE12345',
      joinUrl: 'https://line.me/R/oaMessage/%40x/?y',
      basicId: '@x',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    });
    expect(html).toContain('<span>ABCDE</span><span>12345</span>');
  });
});
