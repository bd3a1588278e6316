import { randomUUID } from 'node:crypto';
import { findQuestion } from '@mamoru/quiz';
import type { Hono, Context as HonoContext } from 'hono';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Catalog } from '../content/catalog.ts';
import type { LineClient } from '../line/client.ts';
import type { Db } from '../store/db.ts';
import { addFriendUrl, hashSecret, joinUrl, newJoinCode, newPresenterToken, sameSecret } from './codes.ts';
import type { LiveHub } from './hub.ts';
import { type LiveSessionRow, type LiveStore, liveStore } from './live-store.ts';
import { checkPushBudget, pushQuestion } from './push.ts';
import { resultsOf, tallyOf } from './tally.ts';
import { LIVE_TTL_MS } from './types.ts';
import { liveWebPage } from './web-page.ts';

export interface LiveRouteDeps {
  db: Db;
  catalog: Catalog;
  hub: LiveHub;
  /** Keys from LIVE_INSTRUCTOR_KEYS; empty = live seminars are off. */
  instructorKeys: readonly string[];
  /** SITE_URL: the only origin allowed to call these routes from a browser. */
  siteUrl: string;
  basicId: () => Promise<string>;
  /** For the optional push of opened questions (quota first). */
  line?: Pick<LineClient, 'push' | 'budget'> | undefined;
  onPushError?: (error: unknown) => void;
  now: () => number;
  /** Stream closes and failures are logged with their reason. */
  log?: Pick<Logger, 'info' | 'warn'> | undefined;
  /** How often a stream looks at the rows while the hub cannot hear other instances (hub.mustPoll). */
  streamPollMs?: number | undefined;
  /** A silent stream sends a comment this often (proxies close silent connections). */
  streamKeepAliveMs?: number | undefined;
}

/** Shortest time between two tally reads of one stream. */
const READ_GAP_MS = 25;

/** Sessions one instructor key may create per hour. */
export const SESSIONS_PER_KEY_PER_HOUR = 20;

const bearer = (c: HonoContext) => /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
const createBody = z.strictObject({ deckId: z.string().min(1).max(100) });
const openBody = z.strictObject({ questionId: z.string().min(1).max(64), push: z.boolean().optional() });

async function jsonBody(c: HonoContext): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

/** The live-seminar HTTP contract (apps/line-bot/README.md "Live seminars: HTTP contract"). */
export function liveRoutes(app: Hono, deps: LiveRouteDeps): LiveStore {
  const live = liveStore(deps.db, deps.now);
  const origin = new URL(deps.siteUrl).origin;
  const pollMs = deps.streamPollMs ?? 250;
  const keepAliveMs = deps.streamKeepAliveMs ?? 15_000;
  app.use(
    '/live/sessions/*',
    cors({
      origin: (o) => (o === origin ? o : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    }),
  );
  app.use(
    '/live/sessions',
    cors({
      origin: (o) => (o === origin ? o : null),
      allowMethods: ['POST'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    }),
  );

  app.post('/live/sessions', async (c) => {
    const key = bearer(c);
    const keyHash = key ? hashSecret(key) : undefined;
    if (!key || !keyHash || !deps.instructorKeys.some((k) => sameSecret(k, keyHash)))
      return c.json(
        { error: 'An instructor key is needed: Authorization: Bearer <key from LIVE_INSTRUCTOR_KEYS>.' },
        401,
      );
    if ((await live.createdSince(keyHash, deps.now() - 3_600_000)) >= SESSIONS_PER_KEY_PER_HOUR) {
      c.header('Retry-After', '3600');
      return c.json(
        { error: `At most ${SESSIONS_PER_KEY_PER_HOUR} sessions an hour per instructor key.` },
        429,
      );
    }
    const body = createBody.safeParse(await jsonBody(c));
    if (!body.success) return c.json({ error: 'Send a JSON body { "deckId": "<deck id>" }.' }, 400);
    if (!deps.catalog.deckIds.has(body.data.deckId))
      return c.json({ error: `Unknown deck "${body.data.deckId}".` }, 400);
    let basicId: string;
    try {
      basicId = await deps.basicId();
    } catch {
      return c.json({ error: 'The bot could not read its basic ID from LINE (GET /v2/bot/info).' }, 503);
    }
    const presenterToken = newPresenterToken();
    for (let attempt = 0; attempt < 15; attempt++) {
      const code = newJoinCode(attempt);
      const created = await live.create({
        sessionId: randomUUID(),
        code,
        deckId: body.data.deckId,
        tokenHash: hashSecret(presenterToken),
        keyHash,
      });
      if (created)
        return c.json(
          {
            code,
            presenterToken,
            joinUrl: joinUrl(basicId, code),
            addFriendUrl: addFriendUrl(basicId),
            expiresAt: new Date(deps.now() + LIVE_TTL_MS).toISOString(),
          },
          201,
        );
    }
    return c.json({ error: 'No free join code; try again.' }, 503);
  });

  /** The session of the code when the presenter token matches it; touches it (12 h from last use). */
  async function presenterSession(c: HonoContext): Promise<LiveSessionRow | undefined> {
    const token = bearer(c);
    const code = c.req.param('code') ?? '';
    if (!token || !/^[0-9]{4,6}$/.test(code)) return undefined;
    const session = await live.byCode(code);
    if (!session || !sameSecret(token, session.tokenHash)) return undefined;
    await live.touch(session.id);
    return session;
  }
  const unauthorised = (c: HonoContext) =>
    c.json({ error: 'Wrong join code or presenter token (Authorization: Bearer <presenterToken>).' }, 401);

  const tallyNow = async (code: string) => {
    const session = await live.byCode(code);
    return session ? tallyOf(live, deps.catalog, session) : undefined;
  };

  app.post('/live/sessions/:code/open', async (c) => {
    const session = await presenterSession(c);
    if (!session) return unauthorised(c);
    const body = openBody.safeParse(await jsonBody(c));
    if (!body.success) return c.json({ error: 'Send a JSON body { "questionId": "<question id>" }.' }, 400);
    const question = findQuestion(deps.catalog.bank, body.data.questionId);
    if (!question) return c.json({ error: `Unknown question "${body.data.questionId}".` }, 400);
    if (session.status !== 'active') return c.json({ error: 'The session has ended.' }, 409);
    let recipients: string[] = [];
    if (body.data.push) {
      if (!deps.line) return c.json({ error: 'Pushing is not available on this server.' }, 409);
      const budget = await checkPushBudget(deps.line, live, session.id);
      if (!budget.ok)
        return c.json(
          {
            error: `Pushing to ${budget.needed} participants needs ${budget.needed} messages; ${budget.remaining} of this month's ${budget.limit} are left (${budget.used} used). The question was not opened; open it without push (replies cost nothing).`,
            needed: budget.needed,
            remaining: budget.remaining,
            limit: budget.limit,
            used: budget.used,
          },
          409,
        );
      recipients = budget.recipients;
    }
    await live.open(session.id, body.data.questionId);
    deps.hub.changed(session.id);
    if (recipients.length > 0 && deps.line)
      void pushQuestion(deps.line, session.id, question, recipients, deps.onPushError ?? (() => undefined));
    return c.json({ ...(await tallyNow(session.code)), pushed: recipients.length });
  });

  for (const action of ['close', 'end'] as const)
    app.post(`/live/sessions/:code/${action}`, async (c) => {
      const session = await presenterSession(c);
      if (!session) return unauthorised(c);
      await live[action](session.id);
      deps.hub.changed(session.id);
      return c.json(await tallyNow(session.code));
    });

  app.get('/live/sessions/:code/tally', async (c) => {
    const session = await presenterSession(c);
    return session ? c.json(await tallyOf(live, deps.catalog, session)) : unauthorised(c);
  });

  app.get('/live/sessions/:code/results', async (c) => {
    const session = await presenterSession(c);
    return session ? c.json(await resultsOf(live, deps.catalog, session)) : unauthorised(c);
  });

  app.get('/live/sessions/:code/stream', async (c) => {
    const session = await presenterSession(c);
    if (!session) return unauthorised(c);
    c.header('Cache-Control', 'no-store');
    return streamSSE(
      c,
      async (stream) => {
        let wake: (() => void) | undefined;
        // Set by every change; a change while the tally is being read is not lost: the loop reads again.
        let dirty = false;
        let closedBy: string | undefined;
        const stop = (reason: string) => () => {
          closedBy ??= reason;
          wake?.();
        };
        const unsubscribe = deps.hub.subscribe(session.id, () => {
          dirty = true;
          wake?.();
        });
        const unStop = deps.hub.onStop(stop('server stopping'));
        stream.onAbort(stop('client went away'));
        let last = '';
        let lastWrite = Date.now();
        try {
          let lastRead = 0;
          while (!closedBy) {
            // A burst of answers is read as one: at most one tally read per READ_GAP_MS per stream,
            // so a busy room costs a few queries a second, not a read loop beside the worker.
            const gap = lastRead + READ_GAP_MS - Date.now();
            if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
            if (closedBy) break;
            lastRead = Date.now();
            dirty = false;
            let failed = false;
            let json: string;
            try {
              json = JSON.stringify((await tallyNow(session.code)) ?? { status: 'expired' });
            } catch (error) {
              // A failed read (database restarting, pool busy) is tried again; the stream stays open.
              deps.log?.warn({ err: error, code: session.code }, 'live stream could not read the tally');
              json = last;
              failed = true;
            }
            if (json !== last) {
              await stream.writeSSE({ data: json });
              last = json;
              lastWrite = Date.now();
            } else if (Date.now() - lastWrite >= keepAliveMs) {
              await stream.write(': keep-alive\n\n');
              lastWrite = Date.now();
            }
            if (dirty || closedBy) continue;
            await new Promise<void>((resolve) => {
              // Woken by the hub on every change here or heard from another instance; the timer
              // polls only while changes elsewhere could go unheard (or the last read failed).
              const wait = failed || deps.hub.mustPoll() ? pollMs : keepAliveMs;
              const timer = setTimeout(resolve, wait);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = undefined;
          }
        } finally {
          unsubscribe();
          unStop();
          deps.log?.info({ code: session.code, reason: closedBy ?? 'error' }, 'live stream closed');
        }
      },
      async (error) => {
        deps.log?.warn({ err: error, code: session.code }, 'live stream failed');
      },
    );
  });
  liveWebPage(app, deps);
  return live;
}
