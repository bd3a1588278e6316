import { Hono } from 'hono';
import type { Store } from './store/store.ts';
import { webhookHandler } from './webhook/route.ts';

export interface AppDeps {
  store: Store;
  channelSecret: string;
  /** Called after new events are stored (wakes the worker). */
  onStored: () => void;
}

/** The HTTP surface: POST /webhook and GET /healthz. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.post('/webhook', webhookHandler(deps));
  app.get('/healthz', async (c) => {
    await deps.store.db.query('SELECT 1 AS ok');
    return c.json({ ok: true });
  });
  return app;
}
