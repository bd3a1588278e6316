import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/db.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';
import { liveCatalog, presenter } from './helpers/live.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

// The privacy notice (site /privacy/) promises that データ削除 removes everything: quiz records,
// team membership and live-seminar answers. This looks in every table for a column that names a user
// (the only row kept, the deletion's own inbox row, is stripped of the user's id and event).
const USER_COLUMNS = ['user_key', 'owner_key', 'chat_id'];

async function tablesNaming(db: Db, storage: 'sqlite' | 'postgres'): Promise<[string, string][]> {
  if (storage === 'postgres') {
    const { rows } = await db.query(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    return rows
      .filter((row) => USER_COLUMNS.includes(String(row.column_name)))
      .map((row) => [String(row.table_name), String(row.column_name)]);
  }
  const tables = await db.query("SELECT name FROM sqlite_master WHERE type = 'table'");
  const found: [string, string][] = [];
  for (const table of tables.rows.map((row) => String(row.name))) {
    const columns = await db.query(`SELECT name FROM pragma_table_info('${table}')`);
    for (const column of columns.rows.map((row) => String(row.name)))
      if (USER_COLUMNS.includes(column)) found.push([table, column]);
  }
  return found;
}

async function rowsNaming(db: Db, storage: 'sqlite' | 'postgres', user: string) {
  const left: Record<string, number> = {};
  for (const [table, column] of await tablesNaming(db, storage)) {
    const { rows } = await db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [user]);
    if (rows.length > 0) left[`${table}.${column}`] = rows.length;
  }
  return left;
}

let postgres: Postgres | undefined;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

describe.each(['sqlite', 'postgres'] as const)('データ削除 on %s', (storage) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('leaves no row of a user who answered quizzes, joined a team and a live seminar', async () => {
    const databaseUrl = storage === 'postgres' ? await (postgres as Postgres).createDatabase() : undefined;
    h = await startHarness({ catalog: liveCatalog(), ...(databaseUrl ? { databaseUrl } : {}) });
    const [owner, staff] = [userId(), userId()];

    // A quiz answer.
    const welcome = await h.act(staff, { kind: 'follow' });
    const first = await h.tap(staff, h.button(welcome, '経営者の役割'));
    const question = first.at(-1) as Record<string, unknown>;
    const choice = JSON.stringify(question).includes('これで答える') ? /^ア/ : /^(ア|正しい)/;
    await h.tap(staff, h.button([question as never], choice));

    // A team, joined with consent.
    await h.act(owner, { kind: 'follow' });
    await h.say(owner, 'チームを作る');
    const made = await h.say(owner, '山田商店');
    const code = /チーム参加 ([0-9A-Z]{10})/.exec(JSON.stringify(made[0]))?.[1];
    expect(code).toBeDefined();
    await h.say(staff, `チーム参加 ${code}`);
    await h.say(staff, 'さとう');
    await h.say(staff, '同意して参加');

    // A live seminar, joined and answered.
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    await p.open(s, 'm-1');
    const card = await h.say(staff, `参加 ${s.code}`);
    await h.tap(staff, h.button(card, 'ア 右'));

    const before = await rowsNaming(h.bot.store.db, storage, staff);
    for (const table of [
      'users.user_key',
      'answers.user_key',
      'team_members.user_key',
      'live_answers.user_key',
    ])
      expect(before[table]).toBeGreaterThan(0);

    const ask = await h.say(staff, 'データ削除');
    await h.tap(staff, h.button(ask, 'はい、消します'));
    // The deletion's own inbox row stays (a redelivery must still be skipped) but no longer names them.
    expect(await rowsNaming(h.bot.store.db, storage, staff)).toEqual({});
    expect(await p.tally(s)).toMatchObject({ participants: 0, answered: 0 });
    // The owner and their team are untouched.
    expect((await rowsNaming(h.bot.store.db, storage, owner))['teams.owner_key']).toBe(1);
  });
});
