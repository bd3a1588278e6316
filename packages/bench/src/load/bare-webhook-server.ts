/**
 * The bot benchmark's baseline: a bare node:http server that only checks X-Line-Signature over the
 * raw body (HMAC-SHA256, timing-safe) and answers 200. Run as a child process:
 * node bare-webhook-server.ts <port> <channel secret>
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const secret = process.argv[3] ?? '';

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const expected = createHmac('sha256', secret).update(Buffer.concat(chunks)).digest();
    const given = Buffer.from(String(request.headers['x-line-signature'] ?? ''), 'base64');
    const ok = given.length === expected.length && timingSafeEqual(given, expected);
    response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    response.end(ok ? '{}' : '{"message":"invalid signature"}');
  });
}).listen(port, '127.0.0.1', () => process.stdout.write('listening\n'));
