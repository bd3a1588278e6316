import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildEvent, eventId } from '@mamoru/line-bot/events';
import { startPostgres } from '@mamoru/line-bot/test-postgres';
import { type BotDb, openPostgresReader, openSqliteReader } from '../bot-db.ts';
import { type BotProcess, CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { startFakeLineApi } from '../fake-line-api.ts';
import { lineUserId } from '../random.ts';
import { waitUntilSettled } from '../verify.ts';
import { webhookClient } from '../webhook-client.ts';
import { type StreamWatch, watchStream } from './stream-watch.ts';

export interface LiveRoomOptions {
  storage: 'sqlite' | 'postgres';
  participants: number;
  /** Bot processes on the one store (two or more need PostgreSQL). */
  instances: number;
  /** The answers are evenly spread over this window. */
  windowMs: number;
  /** The deck and one of its questions (real content). */
  deckId?: string;
  questionId?: string;
}

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

export interface LiveRun {
  storage: 'sqlite' | 'postgres';
  participants: number;
  instances: number;
  windowMs: number;
  /** The machine is shared: read the figures with its load (1, 5, 15 min) at the end of the run. */
  loadAverage: number[];
  /** Send to 200 of each answer's webhook. */
  webhookAck: Percentiles;
  /** From each answer's 200 to the presenter's stream first showing that many answers. */
  webhook200ToStream: Percentiles;
  /** Of that, from the 200 to the worker writing the answer row (answered_at, its transaction's time). */
  webhook200ToStored?: Percentiles | undefined;
  /** What the stream showed last, and the database's own count. */
  finalShown: { participants: number; answered: number };
  stored: { participants: number; answered: number };
  /** The stream closed before the end (it is opened again, as the presenter view does). */
  streamCloses: StreamWatch['closes'];
  /** The bots' log lines about live streams (closes and their reasons, failures). */
  streamLog: string[];
}

const KEY = 'bench-live-key';
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The value below which `fraction` of the sorted values lie (nearest rank). */
function percentiles(sorted: readonly number[]): Percentiles {
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
  return { p50: round1(at(0.5)), p95: round1(at(0.95)), max: round1(sorted.at(-1) ?? Number.NaN) };
}

/**
 * A live seminar room as production runs it: the bot as child processes (`node
 * apps/line-bot/src/index.ts`) on SQLite or one PostgreSQL server (fsync on), the bench's fake
 * Messaging API, and simulated participants who join (not measured), then answer one question
 * evenly over the window, spread over the instances. The presenter's stream is on the first one.
 */
export async function runLiveRoom(options: LiveRoomOptions): Promise<LiveRun> {
  if (options.instances > 1 && options.storage !== 'postgres')
    throw new Error('runLiveRoom: more than one instance needs PostgreSQL');
  const deckId = options.deckId ?? 'owner-60';
  const questionId = options.questionId ?? 'mgmt-002';
  const postgres = options.storage === 'postgres' ? await startPostgres({ durable: true }) : undefined;
  const databaseUrl = await postgres?.createDatabase();
  const dataDir = postgres ? undefined : mkdtempSync(join(os.tmpdir(), 'mamoru-live-bench-'));
  const api = await startFakeLineApi({ record: false });
  const bots: BotProcess[] = [];
  const client = webhookClient(CHANNEL_SECRET, 256);
  let db: BotDb | undefined;
  let watch: StreamWatch | undefined;
  try {
    for (let i = 0; i < options.instances; i++)
      bots.push(
        await startBotProcess({
          lineApiUrl: api.url,
          ...(databaseUrl ? { databaseUrl } : { dataDir: dataDir as string }),
          logLevel: 'info', // stream closes are logged at info
          env: { LIVE_INSTRUCTOR_KEYS: KEY },
        }),
      );
    const presenterBot = bots[0] as BotProcess;
    db = databaseUrl
      ? openPostgresReader(databaseUrl)
      : openSqliteReader(join(dataDir as string, 'mamoru.sqlite'));
    const call = async (path: string, token: string, body: unknown) => {
      const response = await fetch(`${presenterBot.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
      return response.json() as Promise<Record<string, unknown>>;
    };
    const { code, presenterToken } = (await call('/live/sessions', KEY, { deckId })) as {
      code: string;
      presenterToken: string;
    };
    await call(`/live/sessions/${code}/open`, presenterToken, { questionId });
    const [session] = await db.rows(
      "SELECT session_id FROM live_sessions WHERE code = $1 AND status = 'active'",
      [code],
    );
    const sessionId = String(session?.session_id);
    const users = Array.from({ length: options.participants }, (_, i) => lineUserId(0x11e, i));
    const webhookOf = (i: number) => (bots[i % bots.length] as BotProcess).webhookUrl;
    const send = async (i: number, action: Parameters<typeof buildEvent>[0]) => {
      const event = buildEvent(action, {
        userId: users[i] as string,
        timestamp: Date.now(),
        replyToken: eventId(),
      });
      const { status } = await client.deliver(webhookOf(i), [event]);
      if (status !== 200) throw new Error(`webhook answered ${status}`);
    };
    // Joining is not measured: it happens while the join slide is up.
    for (let i = 0; i < users.length; i += 50)
      await Promise.all(
        users.slice(i, i + 50).map((_, j) => send(i + j, { kind: 'text', text: `参加 ${code}` })),
      );
    await waitUntilSettled(db, { maxRounds: 1200 });

    watch = watchStream(
      `${presenterBot.url}/live/sessions/${code}/stream`,
      presenterToken,
      options.participants,
    );
    await watch.first;
    // Answers, evenly paced over the window; each one's 200 time is kept.
    const acks: { sent: number; acked: number; user: string }[] = [];
    const start = performance.now();
    await Promise.all(
      users.map(async (_, i) => {
        const due = start + (i * options.windowMs) / options.participants;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        const sent = performance.now();
        await send(i, { kind: 'postback', data: `lv=ans&s=${sessionId}&q=${questionId}&c=${i % 2}` });
        acks.push({ sent, acked: performance.now(), user: users[i] as string });
      }),
    );
    await watch.done;
    const ackOrder = acks.map((a) => a.acked).sort((a, b) => a - b);
    // The n-th answer acknowledged is on screen once the stream shows n answers.
    const visible = ackOrder
      .map((acked, n) => Math.max(0, (watch?.shownAt[n] as number) - acked))
      .sort((a, b) => a - b);
    const answeredAt = new Map(
      (
        await db.rows(
          'SELECT user_key, answered_at FROM live_answers WHERE session_id = $1 AND question_id = $2',
          [sessionId, questionId],
        )
      ).map((r) => [String(r.user_key), Number(r.answered_at)]),
    );
    // answered_at is wall-clock ms; performance.now() counts from timeOrigin.
    const toStored = acks
      .map((a) => (answeredAt.get(a.user) ?? Number.NaN) - (performance.timeOrigin + a.acked))
      .sort((a, b) => a - b);
    const stored = await db.rows(
      `SELECT (SELECT COUNT(*) FROM live_participants WHERE session_id = $1) AS participants,
              (SELECT COUNT(*) FROM live_answers WHERE session_id = $1 AND question_id = $2) AS answered`,
      [sessionId, questionId],
    );
    return {
      storage: options.storage,
      participants: options.participants,
      instances: options.instances,
      windowMs: options.windowMs,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      webhookAck: percentiles(acks.map((a) => a.acked - a.sent).sort((a, b) => a - b)),
      webhook200ToStream: percentiles(visible),
      webhook200ToStored: percentiles(toStored),
      finalShown: watch.last,
      stored: { participants: Number(stored[0]?.participants), answered: Number(stored[0]?.answered) },
      streamCloses: watch.closes,
      streamLog: bots.flatMap((bot) =>
        bot
          .output()
          .split('\n')
          .filter((line) => line.includes('live stream') || line.includes('live relay')),
      ),
    };
  } finally {
    watch?.stop();
    client.close();
    await db?.close();
    for (const bot of bots) await bot.stop();
    await api.close();
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
