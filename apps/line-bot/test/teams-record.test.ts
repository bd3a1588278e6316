import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ownerTagOf, recordTokenKey, signRecordToken } from '../src/teams-record/token.ts';
import { fakeClock, type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';
import { createTeam, joinTeam } from './helpers/teams.ts';

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

type Storage = 'sqlite' | 'postgres';
const storages: Storage[] = ['sqlite', 'postgres'];
const bodies = (messages: { type: string }[]) => JSON.stringify(messages);

describe.each(storages)('受講記録 on %s', (storage) => {
  const harnesses: Harness[] = [];
  async function start() {
    const databaseUrl = storage === 'postgres' ? await postgres.createDatabase() : undefined;
    const harness = await startHarness({
      clock: fakeClock('2026-12-01T01:00:00Z'),
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    harnesses.push(harness);
    return harness;
  }
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
  });

  /** Answers one basic-measures question (b-1, answer ア is right). */
  async function answerOne(h: Harness, user: string, right: boolean) {
    const question = await h.tap(user, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' });
    await h.tap(user, h.button(question, right ? /^ア / : /^イ /));
  }

  /** The owner's 「受講記録」: the link in the reply's button. */
  async function recordLink(h: Harness, owner: string): Promise<string> {
    const reply = await h.say(owner, '受講記録');
    expect(reply[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining('15分だけ') });
    const uri = h.button(reply, '受講記録を開く').uri;
    if (!uri) throw new Error('no link');
    return uri;
  }

  it('gives the owner a 15-minute link to a page and a CSV of what members agreed to show', async () => {
    const h = await start();
    const owner = userId();
    const code = await createTeam(h, owner, '山田商店');
    const staff = [userId(), userId(), userId()];
    for (const [i, u] of staff.entries()) await joinTeam(h, u, code, ['佐藤', '鈴木', '=1+1'][i] as string);
    await h.say(owner, '今月のテーマ お金をかけない対策');
    await answerOne(h, staff[0] as string, true); // completes the one-question theme
    h.clock.advance(86_400_000);
    await answerOne(h, staff[1] as string, false);
    await answerOne(h, staff[2] as string, true);

    // Only the owner gets a link; a member and a stranger are refused.
    expect(bodies(await h.say(staff[0] as string, '受講記録'))).toContain(
      'チームを管理する人（チームを作った人）だけ',
    );
    const stranger = userId();
    await h.act(stranger, { kind: 'follow' });
    expect(bodies(await h.say(stranger, '受講記録'))).toContain('どのチームにも入っていません');
    const url = await recordLink(h, owner);
    expect(url.startsWith(`${h.bot.url}/teams/record?token=`)).toBe(true);
    // The link carries no user id in clear.
    for (const u of [owner, ...staff]) expect(decodeURIComponent(url)).not.toContain(u);
    const token = new URL(url).searchParams.get('token') ?? '';
    expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).not.toContain(owner);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/);
    const html = await response.text();
    expect(html).not.toContain('<script');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('「山田商店」情報セキュリティ学習の受講記録');
    expect(text).toContain('期間: 2026年12月1日〜2026年12月2日');
    expect(text).toContain('「まもる」は、小さな会社の経営者と従業員のための');
    expect(text).toContain('2026年12月: お金をかけない対策');
    expect(text).toContain('読み物: パスワード');
    expect(text).toContain(
      '佐藤 2026年12月1日 1日 1問 2026年12月1日 2026年12月「お金をかけない対策」 2026年12月1日',
    );
    expect(text).toContain(
      '鈴木 2026年12月1日 1日 1問 2026年12月2日 2026年12月「お金をかけない対策」 2026年12月2日',
    );
    expect(text).toContain('=1+1');
    expect(text).toContain('一人ひとりの正解率は載せていません');
    // Three members besides the owner answered: the team's rate shows, nobody's own.
    expect(text).toContain('お金をかけない対策: 67%（3人が3問に答えました）');
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).not.toContain('オーナー');

    const csvHref = /href="([^"]+\.csv[^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(csvHref).toBeDefined();
    const csv = await fetch(new URL(csvHref as string, h.bot.url));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="training-record-2026-12-02.csv"',
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads it as UTF-8
    expect(new TextDecoder().decode(bytes).split('\r\n')).toEqual([
      '表示名,役割,参加した日,学んだ日数,答えた問題数,最後に学んだ日,2026年12月のテーマ「お金をかけない対策」を終えた日',
      '佐藤,メンバー,2026-12-01,1,1,2026-12-01,2026-12-01',
      '鈴木,メンバー,2026-12-01,1,1,2026-12-02,2026-12-02',
      "'=1+1,メンバー,2026-12-01,1,1,2026-12-02,2026-12-02",
      '',
    ]);
    // A member's データ削除 takes them off the record (and their answers out of the team's rates).
    await h.say(staff[1] as string, 'データ削除');
    await h.say(staff[1] as string, 'はい、消します');
    const after = await (await fetch(url)).text();
    expect(after).not.toContain('鈴木');
    expect(after).toContain('佐藤');
    expect(after).toContain('まだ載せられる分野はありません');
    expect(h.fake.rejected).toEqual([]);
  });

  it('refuses an expired, altered or forged link, another team’s, and one after data deletion (401)', async () => {
    const h = await start();
    const [ownerA, ownerB] = [userId(), userId()];
    await createTeam(h, ownerA, '山田商店');
    await createTeam(h, ownerB, '田中工務店');
    const url = await recordLink(h, ownerA);
    const get = async (href: string) => {
      const response = await fetch(href);
      return { status: response.status, text: await response.text() };
    };
    expect((await get(url)).status).toBe(200);
    const token = new URL(url).searchParams.get('token') ?? '';
    const [body, signature] = token.split('.') as [string, string];
    const at = (t: string) => `${h.bot.url}/teams/record?token=${encodeURIComponent(t)}`;
    const flip = (s: string) => `${s.slice(0, -2)}${s.at(-2) === 'A' ? 'B' : 'A'}${s.at(-1)}`;

    // Altered signature, altered content (another team's id under the old signature), no token, junk.
    const teamB = String(
      (await h.bot.store.db.query('SELECT team_id FROM teams WHERE owner_key = $1', [ownerB])).rows[0]
        ?.team_id,
    );
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    const swapped = Buffer.from(JSON.stringify({ ...payload, t: teamB })).toString('base64url');
    for (const href of [
      at(`${body}.${flip(signature)}`),
      at(`${swapped}.${signature}`),
      `${h.bot.url}/teams/record`,
      at('a.b.c'),
      `${h.bot.url}/teams/record.csv?token=${encodeURIComponent(`${swapped}.${signature}`)}`,
    ]) {
      const refused = await get(href);
      expect(refused.status).toBe(401);
      expect(refused.text).toContain('このリンクは使えません');
      expect(refused.text).toContain('「受講記録」と送ると、新しいリンクが届きます');
      expect(refused.text).not.toContain('山田商店');
      expect(refused.text).not.toContain('田中工務店');
    }
    // Signed with the right key for team B, but for owner A: not this team's owner.
    const key = recordTokenKey(h.env.channelSecret);
    expect(ownerTagOf(key, ownerA)).not.toBe(ownerTagOf(key, ownerB));
    const otherTeam = await get(at(signRecordToken(key, teamB, ownerA, h.clock.now().getTime())));
    expect(otherTeam.status).toBe(401);
    expect(otherTeam.text).not.toContain('田中工務店');
    // The same key and owner B opens team B: the refusal above was the owner check.
    expect((await get(at(signRecordToken(key, teamB, ownerB, h.clock.now().getTime())))).status).toBe(200);

    // 15 minutes later the link has expired; it says so and how to get a new one.
    h.clock.advance(15 * 60_000);
    const expired = await get(url);
    expect(expired.status).toBe(401);
    expect(expired.text).toContain('このリンクの期限が切れました');
    expect(expired.text).toContain('「受講記録」と送ると');
    expect((await get(url.replace('/teams/record?', '/teams/record.csv?'))).status).toBe(401);

    // A fresh link stops working when the owner deletes their data (the team goes with it).
    const fresh = await recordLink(h, ownerA);
    expect((await get(fresh)).status).toBe(200);
    await h.say(ownerA, 'データ削除');
    await h.say(ownerA, 'はい、消します');
    expect((await get(fresh)).status).toBe(401);
  });
});
