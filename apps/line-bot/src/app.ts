import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { type LiveRouteDeps, liveRoutes } from './live/routes.ts';
import type { Store } from './store/store.ts';
import { type InviteRouteDeps, teamInviteRoutes } from './teams-invite/routes.ts';
import { type RecordRouteDeps, teamRecordRoutes } from './teams-record/routes.ts';
import { webhookHandler } from './webhook/route.ts';

export interface AppDeps {
  store: Store;
  channelSecret: string;
  /** Called after new events are stored (wakes the worker). */
  onStored: () => void;
  /** Live seminars (src/live/); without it the /live routes are absent. */
  live?: Omit<LiveRouteDeps, 'db'> | undefined;
  /** Training records (src/teams-record/); without it GET /teams/record is absent. */
  teamRecord?: Omit<RecordRouteDeps, 'db'> | undefined;
  /** Team invites (src/teams-invite/); without it GET /teams/invite/{code} is absent. */
  teamInvite?: Omit<InviteRouteDeps, 'db'> | undefined;
}

/** Everything but the webhook: GET /healthz (and Hono's 404 for the rest). */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    await deps.store.db.query('SELECT 1 AS ok');
    return c.json({ ok: true });
  });
  if (deps.live) liveRoutes(app, { ...deps.live, db: deps.store.db });
  if (deps.teamRecord) teamRecordRoutes(app, { ...deps.teamRecord, db: deps.store.db });
  if (deps.teamInvite) teamInviteRoutes(app, { ...deps.teamInvite, db: deps.store.db });
  return app;
}

/** The HTTP server: POST /webhook straight on node:http (the hot path), the rest through Hono. */
export function createHttpServer(deps: AppDeps): Server {
  const webhook = webhookHandler(deps);
  const rest = getRequestListener(createApp(deps).fetch);
  return createServer((request, response) => {
    const url = request.url ?? '/';
    const path = url.includes('?') ? url.slice(0, url.indexOf('?')) : url;
    if (request.method === 'POST' && path === '/webhook')
      webhook(request, response).catch(() => {
        // A bug, not a storage error (those answer 500 themselves): never crash the process.
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      });
    else void rest(request, response);
  });
}
