import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { sign } from '@mamoru/line-bot/signed-post';

export interface PostResult {
  /** HTTP status, or 0 when the connection failed (refused, reset: the server was down). */
  status: number;
  error?: string;
}

/** Posts webhook bodies the way LINE does, over kept-alive loopback connections. */
export function webhookClient(channelSecret: string, maxSockets = 64) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  function post(
    url: string,
    body: string | Buffer,
    signature: string | null | 'sign' = 'sign',
  ): Promise<PostResult> {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'user-agent': 'LineBotWebhook/2.0',
    };
    if (signature === 'sign')
      headers['x-line-signature'] =
        typeof body === 'string'
          ? sign(body, channelSecret)
          : createHmac('sha256', channelSecret).update(body).digest('base64');
    else if (signature !== null) headers['x-line-signature'] = signature;
    const send = (): Promise<PostResult> =>
      new Promise((resolve) => {
        const req = request(url, { method: 'POST', agent, headers }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
          response.on('error', (error) => resolve({ status: 0, error: error.message }));
        });
        req.on('error', (error: NodeJS.ErrnoException) => {
          // A kept-alive socket the server closed as idle just as this request went out: the request
          // never reached the bot, so send it again on a new socket (Node's documented remedy). A
          // reset on a new socket is the server's doing and is reported.
          if (req.reusedSocket && error.code === 'ECONNRESET') resolve(send());
          else resolve({ status: 0, error: error.message });
        });
        req.end(body);
      });
    return send();
  }
  return {
    post,
    /** One webhook request with these events, signed. */
    deliver: (url: string, events: unknown[]) => post(url, JSON.stringify({ destination: 'Ubench', events })),
    close: () => agent.destroy(),
  };
}

export type WebhookClient = ReturnType<typeof webhookClient>;
