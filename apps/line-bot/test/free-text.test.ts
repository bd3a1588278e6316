import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCatalog, SITE_URL } from './helpers/catalog.ts';
import { actionsOf, type Harness, startHarness, userId } from './helpers/harness.ts';

// What 佐藤さん typed (usability review 2026-12-04, findings 2.1, 2.2, 2.8, 2.10), against the real
// content, through the real SDK and the fake LINE platform, which checks every message it is sent.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ catalog: realCatalog() });
});
afterAll(async () => {
  expect(h.fake.rejected).toEqual([]);
  await h.stop();
});

const json = (messages: unknown[]) => JSON.stringify(messages);
const HELP_URL = `${SITE_URL}/help/`;

describe('an incident in free text gets the first steps of 困ったときは and a button to the page', () => {
  it.each([
    'ウイルスに感染したかも',
    'たすけて',
    '助けてください！',
    '相談',
    'このメールのURL開いても大丈夫？ http://example.com/login',
    'ｱﾔｼｲメールを開いてしまった',
    'アカウントが乗っ取られたみたい',
    '身代金を払えと画面に出ています',
  ])('%s', async (said) => {
    const [reply, ...rest] = await h.say(userId(), said);
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({ type: 'flex', altText: expect.stringContaining('ネットから外します') });
    expect(reply?.altText).toContain(HELP_URL); // LINE on a PC: the address is in the text too
    const link = actionsOf(reply as never).find((a) => a.type === 'uri');
    expect(link).toMatchObject({ uri: HELP_URL, label: expect.stringContaining('困ったときは') });
  });

  it('an image gets the same hint', async () => {
    const [reply] = await h.act(userId(), { kind: 'image' });
    expect(reply).toMatchObject({ type: 'flex', altText: expect.stringContaining('画像の中身は読めません') });
    expect(actionsOf(reply as never).some((a) => a.type === 'uri' && a.uri === HELP_URL)).toBe(true);
  });

  it('ヘルプ mentions 困ったとき, and the fallback no longer blames the words', async () => {
    const u = userId();
    expect(json(await h.say(u, 'ヘルプ'))).toContain('困ったとき');
    const [fallback] = await h.say(u, 'ほげほげ');
    expect(fallback?.text).not.toContain('そのことば');
    expect(fallback?.text).toContain('「クイズ」');
  });
});

describe('a topic word or a plain question gets the matching lesson and its quiz', () => {
  it.each([
    ['パスワードって何文字がいいの？', 'basic-measures/passwords-and-access'],
    ['バックアップ', 'basic-measures/backup'],
    ['USB', 'basic-measures/bring-in-out'],
    ['めーる', 'external-threats/deceptive-emails'],
    ['マイナンバー', 'personal-data/my-number'],
  ])('%s -> %s', async (said, lesson) => {
    const [reply] = await h.say(userId(), said);
    expect(reply).toMatchObject({ type: 'flex' });
    const actions = actionsOf(reply as never);
    expect(actions[0]).toMatchObject({ type: 'uri', uri: `${SITE_URL}/lessons/${lesson}/` });
    expect(
      actions.some((a) => a.type === 'postback' && a.data === `a=les&l=${encodeURIComponent(lesson)}`),
    ).toBe(true);
  });

  it('its quiz button starts that lesson’s set', async () => {
    const u = userId();
    const match = await h.say(u, 'メール');
    const question = await h.tap(u, h.button(match, 'だましのメールを見分けるのクイズ'));
    expect(question[0]).toMatchObject({
      type: 'flex',
      altText: expect.stringMatching(/^だましのメールを見分ける・1 \/ 5/),
    });
  });

  it('「だましのメールのクイズがしたい」 starts the set at once, only with questions of that lesson', async () => {
    const u = userId();
    const [question] = await h.say(u, 'だましのメールのクイズがしたい');
    expect(question).toMatchObject({
      type: 'flex',
      altText: expect.stringContaining('だましのメールを見分ける'),
    });
    const state = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [u]);
    const { session } = JSON.parse(String(state.rows[0]?.state));
    const lessons = session.questionIds.map(
      (id: string) => realCatalog().bank.questions.find((q) => q.id === id)?.lesson,
    );
    expect(new Set(lessons)).toEqual(new Set(['external-threats/deceptive-emails']));
  });

  it('a tap on a topic offers its lessons’ sets (「だましのメール」 under 外からの攻撃)', async () => {
    const u = userId();
    const menu = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=external-threats' });
    expect(menu[0]?.text).toContain('「だましのメールを見分ける」'); // the choices in the text, for a PC
    const question = await h.tap(u, h.button(menu, 'だましのメールを見分ける'));
    expect(question[0]).toMatchObject({
      altText: expect.stringContaining('だましのメールを見分ける・1 / 5'),
    });
  });
});

describe('commands in hiragana and everyday words', () => {
  it.each([
    ['くいず', 'どれに挑戦しますか'],
    ['ｸｲｽﾞ', 'どれに挑戦しますか'],
    ['削除', '元には戻せません'],
    ['消して', '元には戻せません'],
    ['退会', '元には戻せません'],
    ['データを消す', '元には戻せません'],
    ['使い方', 'できること'],
    ['せいせき', 'まだ記録がありません'],
    ['こんにちは', 'こんにちは。まもるです'],
    ['ありがとう', 'どういたしまして'],
  ])('%s', async (said, expected) => {
    const [reply] = await h.say(userId(), said);
    expect(reply?.text).toContain(expected);
  });

  it('試験 starts the exam practice', async () => {
    const [question] = await h.say(userId(), '試験');
    expect(question).toMatchObject({ type: 'flex', altText: expect.stringMatching(/^試験対策・/) });
  });

  it('a typed 「ア」 or 「1」 answers the open question', async () => {
    const u = userId();
    await h.say(u, 'バックアップのクイズ');
    const [result] = await h.say(u, 'ア');
    expect(result).toMatchObject({ type: 'flex', altText: expect.stringMatching(/正解です|不正解です/) });
    // The next question is not shown yet: a typed mark must not answer it unseen.
    const [early] = await h.say(u, 'イ');
    expect(early?.text).toContain('「続き」');
    await h.say(u, '続き');
    const [second] = await h.say(u, '１');
    expect(second).toMatchObject({ type: 'flex', altText: expect.stringMatching(/正解です|不正解です/) });
    const rows = await h.bot.store.db.query('SELECT question_id FROM answers WHERE user_key = $1', [u]);
    expect(rows.rows).toHaveLength(2);
  });

  it('every reply that has quick replies also says what to type (LINE on a PC shows none)', async () => {
    const u = userId();
    for (const said of ['クイズ', 'テーマを選ぶ', '外からの攻撃', 'データ削除', '毎日']) {
      const [reply] = await h.say(u, said);
      expect(reply?.quickReply, said).toBeDefined();
      // A text says it; a Flex message (the topic carousel) says it in its body, which PC LINE shows.
      const shown = reply?.type === 'flex' ? JSON.stringify(reply.contents) : reply?.text;
      expect(shown, said).toMatch(/と送って|を送っても/);
    }
  });
});
