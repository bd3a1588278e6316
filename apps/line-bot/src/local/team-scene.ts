import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { escapeHtml } from '../web/escape-html.ts';
import type { UserAction } from './events.ts';
import type { ChatEntry } from './fake-line.ts';

interface SceneHost {
  transcript: ChatEntry[];
  userDoes(userId: string, action: UserAction): Promise<{ status: number }>;
  waitFor(predicate: (entries: ChatEntry[]) => boolean, timeoutMs?: number): Promise<void>;
}

/** The people of the scene: an owner and two staff, each a LINE user to the bot. */
export const SCENE_TEAM = '山田商店';
export const SCENE_STAFF = ['佐藤', '鈴木'] as const;

const USER_ID = /^U[0-9a-f]{32}$/;
const newUserId = () => `U${randomBytes(16).toString('hex')}`;

const STYLE = `*{box-sizing:border-box}body{margin:0;font-family:"Hiragino Sans","Noto Sans CJK JP","Noto Sans JP",sans-serif;background:#e5e5e5;line-height:1.7}
header{max-width:72rem;margin:0 auto;padding:12px 16px}h1{font-size:1.3rem;margin:0}p{margin:.4rem 0}
.people{display:grid;gap:12px;padding:0 12px 12px;grid-template-columns:1fr}
@media (min-width:1100px){.people{grid-template-columns:repeat(3,1fr)}}
.person h2{font-size:1rem;margin:0 0 4px}.person iframe{width:100%;height:80vh;border:1px solid #999;border-radius:8px;background:#fff}
button{font-size:1rem;padding:.5rem 1rem}`;

function page(body: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>チームの場面（シミュレーター）</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const intro = `<header><h1>チームの場面: 社長と社員2人</h1>
<p>「${SCENE_TEAM}」の社長がチームを作り、${SCENE_STAFF.join('さんと')}さんが、チームを管理する人（社長）に見えることを読んで同意し、参加します。3人の画面を並べて、それぞれに何が見えるかを確かめられます。</p>`;

const startPage = (note = '') =>
  page(`${intro}${note ? `<p role="alert"><strong>${escapeHtml(note)}</strong></p>` : ''}
<form method="post" action="/team/start"><button type="submit">場面を用意する</button></form>
<p><a href="/">ひとりのチャットに戻る</a></p></header>`);

function scenePage(people: { label: string; userId: string }[]): string {
  const panes = people
    .map(
      (
        p,
      ) => `<section class="person" aria-label="${escapeHtml(p.label)}の画面"><h2>${escapeHtml(p.label)}の画面</h2>
<iframe title="${escapeHtml(p.label)}のLINE" src="/?user=${p.userId}"></iframe></section>`,
    )
    .join('\n');
  return page(`${intro}
<p>試してみること: ${SCENE_STAFF[0]}さんの画面で「クイズ」からテーマを選んで1問答え、社長の画面で「チームの様子」を送ります。社長には答えた数と日が見え、どの答えを選んだかは見えません。分野ごとの正解率は、ひとりの成績が分からないよう、3人以上が答えた分野だけに出ます。</p>
<p><a href="/team">最初からやり直す</a></p></header>
<div class="people">${panes}</div>`);
}

/**
 * /team: the simulator's team scene. 「場面を用意する」 plays the owner making a team and two staff
 * joining with consent, through the same signed webhooks as the chat page, then shows the three chats
 * side by side (each an ordinary simulator chat in a frame, so the visitor can go on in any of them).
 */
export function teamSceneRoutes(app: Hono, host: SceneHost) {
  const botTexts = (user: string) =>
    host.transcript
      .filter((e) => e.chatId === user && e.from === 'bot')
      .map((e) => JSON.stringify(e.message));

  /** Sends a text and waits until the bot's answer contains `expected`. */
  async function say(user: string, text: string, expected: RegExp): Promise<string> {
    const before = botTexts(user).length;
    await host.userDoes(user, { kind: 'text', text });
    let found = '';
    await host.waitFor(() => {
      found =
        botTexts(user)
          .slice(before)
          .find((t) => expected.test(t)) ?? '';
      return found !== '';
    }, 15_000);
    return found;
  }

  app.get('/team', (c) => {
    const owner = c.req.query('owner') ?? '';
    const staff = SCENE_STAFF.map((_, i) => c.req.query(`staff${i + 1}`) ?? '');
    if (![owner, ...staff].every((id) => USER_ID.test(id))) return c.html(startPage());
    return c.html(
      scenePage([
        { label: `社長（${SCENE_TEAM}）`, userId: owner },
        ...SCENE_STAFF.map((name, i) => ({ label: `${name}さん`, userId: staff[i] as string })),
      ]),
    );
  });

  app.post('/team/start', async (c) => {
    // Fresh people each time: a person is in one team at most, so a second run starts clean.
    const owner = newUserId();
    const staff = SCENE_STAFF.map(() => newUserId());
    try {
      await host.userDoes(owner, { kind: 'follow' });
      await say(owner, 'チームを作る', /チームの名前/);
      const invite = await say(owner, SCENE_TEAM, /チーム参加 [0-9A-Z]{10}/);
      const code = /チーム参加 ([0-9A-Z]{10})/.exec(invite)?.[1] as string;
      await Promise.all(
        SCENE_STAFF.map(async (name, i) => {
          const user = staff[i] as string;
          await host.userDoes(user, { kind: 'follow' });
          await say(user, `チーム参加 ${code}`, /表示名/);
          await say(user, name, /として参加します/);
          await say(user, '同意して参加', /に参加しました/);
        }),
      );
    } catch {
      return c.html(startPage('まもるが答えませんでした。もう一度「場面を用意する」を押してください。'), 503);
    }
    const query = new URLSearchParams({ owner });
    staff.forEach((id, i) => {
      query.set(`staff${i + 1}`, id);
    });
    return c.redirect(`/team?${query}`, 303);
  });
}
