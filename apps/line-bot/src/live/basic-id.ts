import type { Logger } from 'pino';
import type { LineClient } from '../line/client.ts';

/** The bot's basic ID, asked of LINE once (GET /v2/bot/info) and kept; a failure is asked again later. */
export function cachedBasicId(line: Pick<LineClient, 'basicId'>, log: Logger): () => Promise<string> {
  let known: Promise<string> | undefined;
  return () => {
    known ??= line.basicId().catch((error: unknown) => {
      known = undefined;
      log.warn({ err: error }, 'could not read the bot basic ID (GET /v2/bot/info)');
      throw error;
    });
    return known;
  };
}
