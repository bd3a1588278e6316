import { randomUUID } from 'node:crypto';
import { type ServerType, serve } from '@hono/node-server';
import type { webhook } from '@line/bot-sdk';
import { Hono } from 'hono';
import { checkMessages } from '../line/message-schema.ts';
import { japanMonth } from '../push-budget/month.ts';
import { buildEvent, type UserAction } from './events.ts';
import { richMenuRoutes } from './fake-rich-menu.ts';
import { liveRoomRoutes } from './live-room.ts';
import { postWebhook } from './signed-post.ts';
import { simulatorRoutes } from './simulator-routes.ts';
import { teamSceneRoutes } from './team-scene.ts';

/** One line of a chat as the fake platform saw it. */
export interface ChatEntry {
  seq: number;
  chatId: string;
  from: 'user' | 'bot';
  via?: 'reply' | 'push';
  /** For the bot: a message as sent; for the user: what the chat shows. */
  message: Record<string, unknown>;
  at: number;
}

export interface FakeLineOptions {
  channelSecret: string;
  channelAccessToken: string;
  /** Where to post webhooks (the bot's /webhook); can be set later with setWebhookUrl. */
  webhookUrl?: string;
  port?: number;
  now?: () => number;
}

const REPLY_TOKEN_LIFETIME_MS = 60_000;
/** The fake account's basic ID, as GET /v2/bot/info serves it. */
export const FAKE_BASIC_ID = '@000mamoru';

/** What the fake does to one reply or push call, so tests can drill LINE's failures. */
export type Fault =
  | { kind: 'status'; status: number; retryAfterSeconds?: number; message?: string }
  | { kind: 'hang' }
  /** Answers normally once `until` settles: a slow call the test lets go of. */
  | { kind: 'hold'; until: Promise<unknown> }
  | undefined;
export type FaultRule = (call: { endpoint: 'reply' | 'push'; chatId: string; attempt: number }) => Fault;

/**
 * A fake LINE platform on loopback: the Messaging API endpoints the bot calls (reply, push, loading,
 * rich menu), webhooks signed with the channel secret, and a transcript that the simulator page
 * and the tests read. It enforces what LINE enforces: the token, the message schema, single-use
 * reply tokens that expire, and X-Line-Retry-Key.
 */
export async function startFakeLine(options: FakeLineOptions) {
  const now = options.now ?? Date.now;
  let webhookUrl = options.webhookUrl;
  const transcript: ChatEntry[] = [];
  const replyTokens = new Map<string, { chatId: string; issuedAt: number; used: boolean }>();
  const retryKeys = new Set<string>();
  const rejected: { endpoint: string; problems: string[] }[] = [];
  const listeners = new Set<() => void>();
  let seq = 0;
  let faultRule: FaultRule | undefined;
  let clockControl: ((ms: number) => Promise<Date>) | undefined;
  const attempts = new Map<string, number>();
  const hanging = new Set<() => void>();
  // The month's message quota as LINE counts it: one per push recipient, per calendar month in Japan.
  let quotaLimit: number | null = null;
  const pushesByMonth = new Map<string, number>();
  let pushCalls = 0;
  const thisMonth = () => japanMonth(new Date(now()));

  /** Applies the test's fault rule, if any; returns a response to send instead of the normal one. */
  async function injectFault(endpoint: 'reply' | 'push', chatId: string): Promise<Response | undefined> {
    if (!faultRule) return undefined;
    const key = `${endpoint}:${chatId}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const fault = faultRule({ endpoint, chatId, attempt });
    if (fault?.kind === 'hang') {
      // Never answers (until the fake closes): a call that never returns.
      await new Promise<void>((resolve) => hanging.add(resolve));
      return new Response(null, { status: 503 });
    }
    if (fault?.kind === 'hold') await fault.until.catch(() => undefined);
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      return new Response(JSON.stringify({ message: fault.message ?? 'injected fault' }), {
        status: fault.status,
        headers,
      });
    }
    return undefined;
  }

  const record = (entry: Omit<ChatEntry, 'seq' | 'at'>) => {
    transcript.push({ ...entry, seq: ++seq, at: now() });
    for (const listener of listeners) listener();
  };

  const app = new Hono();
  app.use('/v2/*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${options.channelAccessToken}`) {
      return c.json(
        {
          message:
            'Authentication failed. Confirm that the access token in the authorization header is valid.',
        },
        401,
      );
    }
    await next();
  });

  app.post('/v2/bot/message/reply', async (c) => {
    const body = (await c.req.json()) as { replyToken?: string; messages?: unknown };
    const problems = checkMessages(body.messages);
    if (problems.length > 0) {
      rejected.push({ endpoint: 'reply', problems });
      return c.json(
        { message: 'The request body has 1 error(s)', details: problems.map((message) => ({ message })) },
        400,
      );
    }
    const token = body.replyToken ? replyTokens.get(body.replyToken) : undefined;
    const injected = await injectFault('reply', token?.chatId ?? '');
    if (injected) return injected;
    if (!token || token.used || now() - token.issuedAt > REPLY_TOKEN_LIFETIME_MS) {
      return c.json({ message: 'Invalid reply token' }, 400);
    }
    token.used = true;
    for (const message of body.messages as Record<string, unknown>[])
      record({ chatId: token.chatId, from: 'bot', via: 'reply', message });
    return c.json({ sentMessages: [] });
  });

  app.get('/v2/bot/message/quota', (c) =>
    c.json(quotaLimit === null ? { type: 'none' } : { type: 'limited', value: quotaLimit }),
  );
  app.get('/v2/bot/message/quota/consumption', (c) =>
    c.json({ totalUsage: pushesByMonth.get(thisMonth()) ?? 0 }),
  );

  app.post('/v2/bot/message/push', async (c) => {
    pushCalls += 1;
    const retryKey = c.req.header('x-line-retry-key');
    if (retryKey && retryKeys.has(retryKey))
      return c.json({ message: 'The retry key is already accepted' }, 409);
    const body = (await c.req.json()) as { to?: string; messages?: unknown };
    const problems = checkMessages(body.messages);
    if (problems.length > 0 || !body.to) {
      rejected.push({ endpoint: 'push', problems });
      return c.json(
        { message: 'The request body has error(s)', details: problems.map((message) => ({ message })) },
        400,
      );
    }
    const injected = await injectFault('push', body.to);
    if (injected) return injected;
    const used = pushesByMonth.get(thisMonth()) ?? 0;
    if (quotaLimit !== null && used >= quotaLimit)
      return c.json({ message: 'You have reached your monthly limit.' }, 429);
    pushesByMonth.set(thisMonth(), used + 1);
    if (retryKey) retryKeys.add(retryKey);
    for (const message of body.messages as Record<string, unknown>[])
      record({ chatId: body.to, from: 'bot', via: 'push', message });
    return c.json({ sentMessages: [] });
  });

  app.post('/v2/bot/chat/loading/start', (c) => c.json({}, 202));
  app.get('/v2/bot/info', (c) =>
    c.json({
      userId: 'Ufakebot',
      basicId: FAKE_BASIC_ID,
      displayName: 'まもる（ローカル）',
      chatMode: 'bot',
      markAsReadMode: 'auto',
    }),
  );
  const richMenus = richMenuRoutes(app);

  /** Sends a signed webhook with these events (to the bot, or to `url`); returns the HTTP status. */
  async function deliver(events: webhook.Event[], url = webhookUrl): Promise<number> {
    if (!url) throw new Error('no webhook URL set');
    const body = JSON.stringify({ destination: 'Ufakebot', events });
    return postWebhook(url, body, options.channelSecret);
  }

  /** A user acts: builds the event with a fresh reply token and shows the user's side in the chat. */
  function userEvent(userId: string, action: UserAction, groupId?: string): webhook.Event {
    const replyToken = randomUUID().replace(/-/g, '');
    const chatId = groupId ?? userId;
    replyTokens.set(replyToken, { chatId, issuedAt: now(), used: false });
    const event = buildEvent(action, { userId, groupId, timestamp: now(), replyToken });
    const shown =
      action.kind === 'text'
        ? action.text
        : action.kind === 'postback'
          ? action.displayText
          : action.kind === 'sticker'
            ? '(スタンプ)'
            : action.kind === 'image'
              ? '(画像)'
              : undefined;
    if (shown) record({ chatId, from: 'user', message: { type: 'text', text: shown } });
    return event;
  }

  /** A user acts; the event is signed and posted to the bot. */
  async function userDoes(
    userId: string,
    action: UserAction,
    groupId?: string,
  ): Promise<{ status: number; event: webhook.Event }> {
    const event = userEvent(userId, action, groupId);
    const status = await deliver([event]);
    return { status, event };
  }

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const fake = {
    port,
    url: `http://127.0.0.1:${port}`,
    transcript,
    rejected,
    richMenus,
    setWebhookUrl: (url: string) => {
      webhookUrl = url;
    },
    deliver,
    userEvent,
    /**
     * Sets the month's message quota (null: no limit, LINE's `type: 'none'`) and, optionally, what
     * this month has used already (broadcasts from LINE's own manager count too).
     */
    setQuota(limit: number | null, usedThisMonth?: number) {
      quotaLimit = limit;
      if (usedThisMonth !== undefined) pushesByMonth.set(thisMonth(), usedThisMonth);
    },
    /** Pushes LINE counted this month, and push requests received in all (refused ones too). */
    quotaUsed: () => pushesByMonth.get(thisMonth()) ?? 0,
    pushCalls: () => pushCalls,
    now: () => new Date(now()),
    /** Lets the simulator's 「時間を進める」 move the bot's clock (startLocal wires it). */
    setClockControl(control: (ms: number) => Promise<Date>) {
      clockControl = control;
    },
    advanceClock: (ms: number) => clockControl?.(ms),
    /** Makes reply/push calls fail as the rule says (attempts are counted per endpoint and chat). */
    setFaults(rule: FaultRule | undefined) {
      faultRule = rule;
    },
    userDoes,
    /** Bot messages sent to a chat, in order. */
    botMessages: (chatId: string) => transcript.filter((e) => e.chatId === chatId && e.from === 'bot'),
    /** Resolves when `predicate` holds on the transcript (checked on every new entry), or rejects after `timeoutMs`. */
    waitFor(predicate: (entries: ChatEntry[]) => boolean, timeoutMs = 5000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(transcript)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error('timed out waiting for the bot'));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    onEntry(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const release of hanging) release();
        server.close(() => resolve());
        // The simulator page holds a long poll open; do not wait 20 s for it.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
  simulatorRoutes(app, fake);
  liveRoomRoutes(app, fake);
  teamSceneRoutes(app, fake);
  return fake;
}

export type FakeLine = Awaited<ReturnType<typeof startFakeLine>>;
