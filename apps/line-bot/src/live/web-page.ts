import { randomBytes } from 'node:crypto';
import { findQuestion } from '@mamoru/quiz';
import type { Hono, Context as HonoContext } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../store/db.ts';
import { escapeHtml } from '../web/escape-html.ts';
import type { LiveHub } from './hub.ts';
import { activeSessionByCode, liveUserTx } from './live-store.ts';
import { choiceName } from './messages.ts';

/** One id per browser: its answers count once per question, like one LINE user. */
const COOKIE = 'mamoru_live';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem;line-height:1.7}label{display:block;padding:.6rem;border:1px solid #999;border-radius:.4rem;margin:.4rem 0}button{font-size:1.1rem;padding:.6rem 1.4rem}</style>
</head><body>${body}</body></html>`;
}

export interface WebPageDeps {
  db: Db;
  catalog: Catalog;
  hub: LiveHub;
  now: () => number;
}

/** GET/POST /live/{code}: the seminar without LINE; a plain form, no JavaScript needed. */
export function liveWebPage(app: Hono, deps: WebPageDeps): void {
  const browserKey = (c: HonoContext): string => {
    let id = getCookie(c, COOKIE);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      id = randomBytes(16).toString('base64url');
      setCookie(c, COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/live', maxAge: 12 * 3600 });
    }
    return `web:${id}`;
  };

  app.get('/live/:code{[0-9]{4,6}}', async (c) => {
    const code = c.req.param('code');
    const userKey = browserKey(c);
    const session = await activeSessionByCode(deps.db, code, deps.now());
    if (!session)
      return c.html(
        page(
          '参加コードが見つかりません',
          `<h1>参加コード ${escapeHtml(code)} のセミナーは見つかりませんでした</h1><p>スライドの数字を確かめてください。終わったセミナーのコードは使えません。</p>`,
        ),
        404,
      );
    const question = session.openQuestion ? findQuestion(deps.catalog.bank, session.openQuestion) : undefined;
    const notice =
      c.req.query('ok') === '1'
        ? '<p role="status"><strong>答えを受け付けました。</strong>選び直すこともできます。</p>'
        : c.req.query('closed') === '1'
          ? '<p role="status"><strong>この問題は締め切られました。</strong></p>'
          : '';
    if (!question)
      return c.html(
        page(
          'セミナーのクイズ',
          `<h1>セミナーのクイズ（コード ${escapeHtml(code)}）</h1>${notice}<p>いまは受け付けている問題がありません。問題が出たら、このページを読み込み直してください。</p><p><a href="/live/${code}">読み込み直す</a></p>`,
        ),
      );
    const mine = await liveUserTx(deps.db, userKey, deps.now()).membership();
    const current = mine?.session.id === session.id ? mine.answers[question.id] : undefined;
    const choices = question.choices
      .map(
        (_, i) =>
          `<label><input type="radio" name="choice" value="${i}" required${current === i ? ' checked' : ''}> ${escapeHtml(choiceName(question, i))}${question.choices[i]?.text ? `<br><small>${escapeHtml(question.choices[i]?.text ?? '')}</small>` : ''}</label>`,
      )
      .join('');
    return c.html(
      page(
        'セミナーのクイズ',
        `<h1>セミナーのクイズ（コード ${escapeHtml(code)}）</h1>${notice}<p><strong>${escapeHtml(question.prompt)}</strong></p>
<form method="post" action="/live/${code}"><input type="hidden" name="q" value="${escapeHtml(question.id)}">${choices}<p><button type="submit">答える</button></p></form>
<p><small>答えは、問題が締め切られるまで選び直せます。名前などは記録しません。</small></p>`,
      ),
    );
  });

  app.post('/live/:code{[0-9]{4,6}}', async (c) => {
    const code = c.req.param('code');
    const userKey = browserKey(c);
    const form = await c.req.parseBody();
    const questionId = typeof form.q === 'string' ? form.q : '';
    const choice = Number(form.choice);
    const at = deps.now();
    const session = await activeSessionByCode(deps.db, code, at);
    const question = findQuestion(deps.catalog.bank, questionId);
    if (!session || !question || !Number.isInteger(choice) || choice < 0 || choice >= question.choices.length)
      return c.redirect(`/live/${code}`, 303);
    const accepted = await deps.db.transaction(
      async (tx) => {
        const live = liveUserTx(tx, userKey, at);
        await live.write({ kind: 'join', sessionId: session.id });
        return live.write({ kind: 'answer', sessionId: session.id, questionId, choice });
      },
      { lockKey: `user:${userKey}` },
    );
    deps.hub.changed(session.id);
    return c.redirect(`/live/${code}?${accepted ? 'ok=1' : 'closed=1'}`, 303);
  });
}
