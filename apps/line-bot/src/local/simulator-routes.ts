import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { z } from 'zod';
import { msToNextJapanNoon } from './adjustable-clock.ts';
import type { UserAction } from './events.ts';
import type { ChatEntry } from './fake-line.ts';

const asset = (name: string) => readFileSync(new URL(`./simulator/${name}`, import.meta.url), 'utf8');

const actSchema = z.object({
  userId: z.string().regex(/^U[0-9a-f]{32}$/),
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string().min(1).max(5000) }),
    z.object({
      kind: z.literal('postback'),
      data: z.string().max(300),
      displayText: z.string().max(300).optional(),
    }),
    z.object({ kind: z.literal('sticker') }),
    z.object({ kind: z.literal('image') }),
    z.object({ kind: z.literal('follow'), unblocked: z.boolean().optional() }),
    z.object({ kind: z.literal('unfollow') }),
  ]),
});

interface SimulatorHost {
  transcript: ChatEntry[];
  now(): Date;
  /** Moves the bot's clock; undefined when this run has no movable clock. */
  advanceClock(ms: number): Promise<Date> | undefined;
  userDoes(userId: string, action: UserAction): Promise<{ status: number }>;
  onEntry(listener: () => void): () => void;
}

/** The chat page of the simulator and its small JSON API (act, and a long-poll transcript). */
export function simulatorRoutes(app: Hono, host: SimulatorHost) {
  const page = asset('index.html');
  const script = asset('app.js');
  const style = asset('style.css');
  app.get('/', (c) => c.html(page));
  app.get('/app.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/style.css', (c) => c.body(style, 200, { 'content-type': 'text/css; charset=utf-8' }));

  app.post('/sim/act', async (c) => {
    const parsed = actSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: 'bad request' }, 400);
    const { status } = await host.userDoes(parsed.data.userId, parsed.data.action as UserAction);
    return c.json({ status });
  });

  // 「時間を進める」: to 12:30 (Japan time) on the next day, so reviews come due and the daily question may go.
  app.get('/sim/clock', (c) => c.json({ now: host.now().toISOString() }));
  app.post('/sim/advance', async (c) => {
    const moved = host.advanceClock(msToNextJapanNoon(host.now()));
    if (!moved) return c.json({ error: 'this run has no movable clock' }, 409);
    return c.json({ now: (await moved).toISOString() });
  });

  // Long poll: answers at once when there is something newer than `after`, else waits up to 20 s.
  app.get('/sim/transcript', async (c) => {
    const chat = c.req.query('chat') ?? '';
    const after = Number(c.req.query('after') ?? '0');
    const newer = () => host.transcript.filter((e) => e.chatId === chat && e.seq > after);
    if (newer().length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 20_000);
        const off = host.onEntry(() => {
          if (newer().length > 0) done();
        });
        function done() {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    }
    return c.json({ entries: newer() });
  });
}
