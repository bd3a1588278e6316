import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import type { UserAction } from './events.ts';
import type { ChatEntry } from './fake-line.ts';

interface RoomHost {
  transcript: ChatEntry[];
  userDoes(userId: string, action: UserAction): Promise<{ status: number }>;
  waitFor(predicate: (entries: ChatEntry[]) => boolean, timeoutMs?: number): Promise<void>;
}

/** Live answer buttons (`lv=ans...`) in a bot message. */
function liveAnswers(message: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.data === 'string' && record.data.startsWith('lv=ans&')) found.push(record.data);
      for (const value of Object.values(record)) walk(value);
    }
  };
  walk(message);
  return found;
}

const page = (note: string, count: number) => `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<title>会場のシミュレーター</title><style>body{font-family:sans-serif;max-width:32rem;margin:1rem auto;line-height:1.7}</style></head><body>
<h1>会場のシミュレーター</h1><p>シミュレーターの参加者: ${count}人</p>${note ? `<p role="status"><strong>${note}</strong></p>` : ''}
<form method="post" action="/room/join"><p><label>参加コード <input name="code" inputmode="numeric" pattern="[0-9]{4,6}" required></label>
<label>人数 <input name="n" type="number" min="1" max="300" value="20" required></label>
<button type="submit">参加させる</button></p></form>
<form method="post" action="/room/answer"><p><button type="submit">いまの問題に答えさせる（ばらばらに）</button></p></form>
<p><a href="/">チャットに戻る</a></p></body></html>`;

/**
 * /room: a room of simulated participants for trying a live seminar on one machine. They join with
 * a code and answer the open question with random choices, through the same signed webhooks as the
 * chat page (every one of them is a LINE user to the bot).
 */
export function liveRoomRoutes(app: Hono, host: RoomHost) {
  const people: string[] = [];
  const messagesOf = (user: string) => host.transcript.filter((e) => e.chatId === user && e.from === 'bot');

  app.get('/room', (c) => c.html(page(c.req.query('note') ?? '', people.length)));

  app.post('/room/join', async (c) => {
    const form = await c.req.parseBody();
    const code = String(form.code ?? '');
    const n = Number(form.n);
    if (!/^[0-9]{4,6}$/.test(code) || !Number.isInteger(n) || n < 1 || n > 300)
      return c.redirect(
        `/room?note=${encodeURIComponent('参加コード（4〜6桁）と人数（1〜300）を入れてください。')}`,
        303,
      );
    const added = Array.from({ length: n }, () => `U${randomBytes(16).toString('hex')}`);
    people.push(...added);
    await Promise.all(added.map((user) => host.userDoes(user, { kind: 'text', text: `参加 ${code}` })));
    return c.redirect(`/room?note=${encodeURIComponent(`${n}人が「参加 ${code}」を送りました。`)}`, 303);
  });

  app.post('/room/answer', async (c) => {
    let answered = 0;
    await Promise.all(
      people.map(async (user) => {
        const before = messagesOf(user).length;
        await host.userDoes(user, { kind: 'text', text: '次の問題' });
        await host
          .waitFor(
            () => messagesOf(user).length > before && messagesOf(user).slice(before).length >= 1,
            10_000,
          )
          .catch(() => undefined);
        // Give the bot a moment to send the whole reply (a verdict may come before the card).
        await new Promise((resolve) => setTimeout(resolve, 200));
        const buttons = messagesOf(user)
          .slice(before)
          .flatMap((e) => liveAnswers(e.message));
        const pick = buttons[Math.floor(Math.random() * buttons.length)];
        if (!pick) return;
        await host.userDoes(user, { kind: 'postback', data: pick });
        answered += 1;
      }),
    );
    return c.redirect(`/room?note=${encodeURIComponent(`${answered}人が答えました。`)}`, 303);
  });
}
