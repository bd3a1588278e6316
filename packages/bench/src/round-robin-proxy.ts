import { Agent, createServer, request } from 'node:http';

/**
 * A round-robin HTTP load balancer on loopback, like the one in front of two bot instances: each
 * request goes to the next backend; when a backend refuses the connection or drops it, the request
 * is tried on the next one (a real balancer's health check does the same), and 502 when all fail.
 */
export async function startRoundRobinProxy(backends: () => string[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const perBackend = new Map<string, number>();
  const forward = (
    origin: string,
    path: string,
    method: string,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer,
  ) =>
    new Promise<{ status: number; body: Buffer } | undefined>((resolve) => {
      const req = request(`${origin}${path}`, { method, headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 502, body: Buffer.concat(chunks) }),
        );
        response.on('error', () => resolve(undefined));
      });
      req.on('error', () => resolve(undefined));
      req.end(body);
    });

  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const list = backends();
    const { host: _host, connection: _connection, ...headers } = incoming.headers;
    for (let tried = 0; tried < list.length; tried++) {
      const origin = list[next++ % list.length] ?? '';
      const answer = await forward(origin, incoming.url ?? '/', incoming.method ?? 'GET', headers, body);
      if (!answer) continue;
      perBackend.set(origin, (perBackend.get(origin) ?? 0) + 1);
      outgoing.writeHead(answer.status, { 'content-type': 'application/json' });
      outgoing.end(answer.body);
      return;
    }
    outgoing.writeHead(502);
    outgoing.end('no backend');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Requests each backend answered. */
    perBackend,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
