import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BASIC_ID } from '../src/local/fake-line.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

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

describe.each(storages)('teams in LINE on %s', (storage) => {
  const harnesses: Harness[] = [];
  async function start() {
    const databaseUrl = storage === 'postgres' ? await postgres.createDatabase() : undefined;
    const harness = await startHarness(databaseUrl ? { databaseUrl } : {});
    harnesses.push(harness);
    return harness;
  }
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
  });

  /** The owner makes a team; returns the invite code found in the message to forward. */
  async function createTeam(h: Harness, owner: string, name = '山田商店'): Promise<string> {
    await h.act(owner, { kind: 'follow' });
    const asked = await h.say(owner, 'チームを作る');
    expect(asked[0]).toMatchObject({ type: 'text', text: expect.stringContaining('チームの名前') });
    const made = await h.say(owner, name);
    expect(made).toHaveLength(2);
    expect(made[0]).toMatchObject({ type: 'text', text: expect.stringContaining(`「${name}」では`) });
    expect(made[1]).toMatchObject({ type: 'text', text: expect.stringContaining('チームを作りました') });
    const code = /チーム参加 ([0-9A-Z]{10})/.exec(JSON.stringify(made[0]))?.[1];
    if (!code) throw new Error(`no invite code in ${JSON.stringify(made[0])}`);
    // The bot learnt its basic ID from LINE (GET /v2/bot/info), so the invite opens LINE ready to send.
    expect(JSON.stringify(made[0])).toContain(
      `https://line.me/R/oaMessage/${encodeURIComponent(FAKE_BASIC_ID)}/?`,
    );
    return code;
  }

  async function join(h: Harness, user: string, code: string, displayName: string) {
    await h.act(user, { kind: 'follow' });
    const card = await h.say(user, `チーム参加 ${code}`);
    expect(card[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining('参加する前に') });
    const asked = await h.say(user, displayName);
    expect(asked[0]).toMatchObject({
      type: 'text',
      text: expect.stringContaining(`「${displayName}」として参加します`),
    });
    // The quick reply sends the word as the user's own text.
    expect(h.button(asked, '同意して参加')).toMatchObject({ type: 'message', text: '同意して参加' });
    return h.say(user, '同意して参加');
  }

  async function answerOne(h: Harness, user: string, right: boolean) {
    const question = await h.tap(user, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' });
    await h.tap(user, h.button(question, right ? /^ア / : /^イ /));
  }

  const membersOf = async (h: Harness, code?: string) =>
    (
      await h.bot.store.db.query(
        "SELECT m.user_key, m.display_name, m.role FROM team_members m JOIN teams t ON t.team_id = m.team_id WHERE $1 = '' OR t.invite_code = $1 ORDER BY m.user_key",
        [code ?? ''],
      )
    ).rows;

  it('creates a team, shows the consent card, and joins only with consent', async () => {
    const h = await start();
    const owner = userId();
    const code = await createTeam(h, owner);
    const staff = userId();
    await h.act(staff, { kind: 'follow' });
    const card = await h.say(staff, `チーム参加 ${code.toLowerCase()}`);
    const shown = bodies(card);
    for (const part of [
      'あなたが決める表示名',
      '答えた問題の数と、学んだ日',
      '今月のテーマ',
      'チーム全体',
      'どの答えを選んだか',
      'データ削除',
      'https://mamoru.example.jp/privacy/',
    ])
      expect(shown).toContain(part);
    // Refusing: nothing about the team, nor the typed name, stays.
    await h.say(staff, '佐藤');
    const declined = await h.say(staff, '参加しない');
    expect(declined[0]).toMatchObject({ text: expect.stringContaining('参加しませんでした') });
    expect((await membersOf(h)).map((r) => r.user_key)).toEqual([owner]);
    const late = await h.say(staff, '同意して参加');
    expect(late[0]).toMatchObject({ text: expect.stringContaining('参加の手続きが見つかりません') });
    expect(await membersOf(h)).toHaveLength(1);
    const stored = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [staff]);
    expect(String(stored.rows[0]?.state)).not.toContain('佐藤');
    // Consenting joins, under the chosen name.
    const joined = await join(h, staff, code, '佐藤');
    expect(joined[0]).toMatchObject({ text: expect.stringContaining('「山田商店」に参加しました') });
    expect(await membersOf(h, code)).toEqual([
      { user_key: owner, display_name: 'オーナー', role: 'owner' },
      { user_key: staff, display_name: '佐藤', role: 'member' },
    ]);
    // One team per person.
    const other = await createTeam(h, userId(), '別の会社');
    const again = await h.say(staff, `チーム参加 ${other}`);
    expect(again[0]).toMatchObject({ text: expect.stringContaining('すでに「山田商店」に入っています') });
    expect(h.fake.rejected).toEqual([]);
  });

  it('says nothing about other teams for a wrong code, and limits join attempts', async () => {
    const h = await start();
    await createTeam(h, userId());
    const guesser = userId();
    await h.act(guesser, { kind: 'follow' });
    const replies: string[] = [];
    for (let i = 0; i < 6; i++) replies.push(bodies(await h.say(guesser, `チーム参加 ABCDEFGH${10 + i}`)));
    expect(replies[0]).toContain('見つかりませんでした');
    expect(replies[0]).not.toContain('山田商店');
    expect(replies[5]).toContain('1時間ほどたってから');
    expect(await membersOf(h)).toHaveLength(1);
  });

  it('gives the owner the view with the 3-member threshold, and refuses a stranger and a member', async () => {
    const h = await start();
    const owner = userId();
    const code = await createTeam(h, owner);
    const staff = [userId(), userId(), userId()];
    for (const [i, u] of staff.entries()) await join(h, u, code, `社員${i + 1}`);
    await answerOne(h, staff[0] as string, true);
    await answerOne(h, staff[1] as string, false);
    let view = bodies(await h.say(owner, 'チームの様子'));
    expect(view).toContain('学んだ人: 2 / 3人');
    expect(view).toContain('まだ表示できる分野はありません');
    expect(view).not.toContain('パスワード');
    await answerOne(h, staff[2] as string, true);
    view = bodies(await h.say(owner, 'チームの様子'));
    expect(view).toContain('学んだ人: 3 / 3人');
    expect(view).toContain('67%（3人）');
    expect(view).toContain('いちばん弱い分野');
    expect(view).toContain('社員1');
    // A co-owner the owner names sees the view too; a member cannot name one.
    expect(bodies(await h.say(staff[1] as string, '共同管理者にする 社員3'))).toContain(
      'チームを管理する人（チームを作った人）だけ',
    );
    expect(bodies(await h.say(owner, '共同管理者にする 社員9'))).toContain('このチームにいません');
    expect(bodies(await h.say(owner, '共同管理者にする 社員3'))).toContain('共同管理者にしました');
    expect(bodies(await h.say(staff[2] as string, 'チームの様子'))).toContain('学んだ人: 3 / 3人');
    const stranger = userId();
    await h.act(stranger, { kind: 'follow' });
    for (const who of [stranger, staff[0] as string]) {
      const refused = bodies(await h.say(who, 'チームの様子'));
      expect(refused).toContain('チームを管理する人と、その人が決めた人だけ');
      expect(refused).not.toContain('社員');
    }
    expect(bodies(await h.say(owner, 'メンバーを外す 社員1'))).toContain('外しました');
    expect((await membersOf(h)).map((r) => r.user_key)).toEqual([owner, staff[1], staff[2]].sort());
    expect(h.fake.rejected).toEqual([]);
  });

  it('lets a member leave, stops the old code on renewal, and data deletion removes team rows', async () => {
    const h = await start();
    const owner = userId();
    const code = await createTeam(h, owner);
    const [a, b] = [userId(), userId()];
    await join(h, a, code, '佐藤');
    await join(h, b, code, '鈴木');
    const left = await h.say(a, 'チームを抜ける');
    expect(left[0]).toMatchObject({ text: expect.stringContaining('「山田商店」を抜けました') });
    expect((await membersOf(h)).map((r) => r.user_key)).toEqual([owner, b].sort());
    expect(bodies(await h.say(b, 'メンバーを外す 佐藤'))).toContain(
      'チームを管理する人（チームを作った人）だけ',
    );
    const ownerLeaves = await h.say(owner, 'チームを抜ける');
    expect(ownerLeaves[0]).toMatchObject({
      text: expect.stringContaining('チームを作った人（管理する人）はチームを抜けられません'),
    });

    expect(bodies(await h.say(b, '招待コードを変える'))).toContain(
      'チームを管理する人（チームを作った人）だけ',
    );
    const renewed = await h.say(owner, '招待コードを変える');
    const fresh = /チーム参加 ([0-9A-Z]{10})/.exec(JSON.stringify(renewed[0]))?.[1];
    expect(fresh).toMatch(/^[0-9A-Z]{10}$/);
    expect(fresh).not.toBe(code);
    expect(bodies(await h.say(a, `チーム参加 ${code}`))).toContain('見つかりませんでした');
    await join(h, a, fresh as string, '佐藤');
    expect((await membersOf(h)).map((r) => r.user_key)).toEqual([owner, a, b].sort());

    // A member's データ削除 removes their membership; the owner's removes the team.
    await h.say(b, 'データ削除');
    await h.tap(b, { type: 'postback', label: 'x', data: 'a=del&ok=1' });
    expect((await membersOf(h)).map((r) => r.user_key)).toEqual([owner, a].sort());
    await h.say(owner, 'データ削除');
    await h.tap(owner, { type: 'postback', label: 'x', data: 'a=del&ok=1' });
    expect((await h.bot.store.db.query('SELECT team_id FROM teams')).rows).toEqual([]);
    expect((await h.bot.store.db.query('SELECT user_key FROM team_members')).rows).toEqual([]);
    expect(h.fake.rejected).toEqual([]);
  });
});
