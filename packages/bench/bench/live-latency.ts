/**
 * Live seminar: 300 participants (LIVE_BENCH_PARTICIPANTS) join, then answer one question within 10 s
 * (evenly paced). Measures, per answer, the time from its webhook's 200 to the presenter's stream
 * first showing that many answers, next to the webhook acknowledgement itself, in the same run.
 * node bench/live-latency.ts [sqlite|postgres]   -> prints a table, writes docs/benchmarks/live.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startLocal } from '@mamoru/line-bot/local';
import { startPostgres } from '@mamoru/line-bot/test-postgres';
import { percentile } from '../src/load/paced-load.ts';
import { REPO } from '../src/site/site-copy.ts';

const storage = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
const participants = Number(process.env.LIVE_BENCH_PARTICIPANTS ?? 300);
const windowMs = 10_000;
const postgres = storage === 'postgres' ? await startPostgres() : undefined;
const local = await startLocal({
  pollMs: 1000,
  ...(postgres ? { databaseUrl: await postgres.createDatabase() } : {}),
});
const call = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${local.bot.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });

try {
  const created = (await (
    await call('/live/sessions', local.liveKey, {
      method: 'POST',
      body: JSON.stringify({ deckId: 'owner-60' }),
    })
  ).json()) as { code: string; presenterToken: string };
  const { code, presenterToken } = created;
  await call(`/live/sessions/${code}/open`, presenterToken, {
    method: 'POST',
    body: JSON.stringify({ questionId: 'mgmt-002' }),
  });
  const users = Array.from(
    { length: participants },
    (_, i) => `U${String(i).padStart(8, '0')}${'d'.repeat(24)}`,
  );
  // Joining is not measured: it happens while the join slide is up.
  await Promise.all(users.map((u) => local.fake.userDoes(u, { kind: 'text', text: `参加 ${code}` })));
  const sessionId = String(
    (
      await local.bot.store.db.query(
        "SELECT session_id FROM live_sessions WHERE code = $1 AND status = 'active'",
        [code],
      )
    ).rows[0]?.session_id,
  );
  // Every join handled and answered before the question's window starts.
  for (let i = 0; i < 600; i++) {
    const { rows } = await local.bot.store.db.query(
      "SELECT COUNT(*) AS n FROM inbox WHERE status IN ('pending', 'handled', 'sending')",
    );
    if (Number(rows[0]?.n) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The presenter's stream: when did it first show n answers?
  const shownAt: number[] = [];
  const stream = await call(`/live/sessions/${code}/stream`, presenterToken);
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    while (shownAt.length < participants) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      const at = performance.now();
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((l) => l.startsWith('data:'));
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        const { answered } = JSON.parse(data.slice(5)) as { answered: number };
        while (shownAt.length < answered) shownAt.push(at);
      }
    }
  })();

  // Answers, evenly paced over the window; each one's 200 time is kept.
  const acks: { sent: number; acked: number }[] = [];
  const start = performance.now();
  await Promise.all(
    users.map(async (u, i) => {
      const due = start + (i * windowMs) / participants;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const sent = performance.now();
      const { status } = await local.fake.userDoes(u, {
        kind: 'postback',
        data: `lv=ans&s=${sessionId}&q=mgmt-002&c=${i % 2}`,
      });
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      acks.push({ sent, acked: performance.now() });
    }),
  );
  await reading;
  await reader.cancel();
  const ackOrder = acks.map((a) => a.acked).sort((a, b) => a - b);
  // The n-th answer acknowledged is on screen once the stream shows n answers.
  const visible = ackOrder
    .map((acked, n) => Math.max(0, (shownAt[n] as number) - acked))
    .sort((a, b) => a - b);
  const webhook = acks.map((a) => a.acked - a.sent).sort((a, b) => a - b);
  const round1 = (ms: number) => Math.round(ms * 10) / 10;
  const row = (values: number[]) => ({
    p50: round1(percentile(values, 0.5)),
    p95: round1(percentile(values, 0.95)),
    max: round1(values.at(-1) ?? 0),
  });
  const result = {
    measuredAt: new Date().toISOString(),
    storage,
    participants,
    windowMs,
    /** The machine was shared: read the figures with its load. */
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    webhookAck: row(webhook),
    webhook200ToStream: row(visible),
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(REPO, 'docs/benchmarks'), { recursive: true });
  writeFileSync(join(REPO, `docs/benchmarks/live-${storage}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await local.stop();
  await postgres?.stop();
}
