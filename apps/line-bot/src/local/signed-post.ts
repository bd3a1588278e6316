import { createHmac } from 'node:crypto';

/** X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret. */
export function sign(body: string, channelSecret: string): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/** Posts a webhook body to the bot the way LINE does. */
export async function postWebhook(url: string, body: string, channelSecret: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-line-signature': sign(body, channelSecret),
      'user-agent': 'LineBotWebhook/2.0',
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}
