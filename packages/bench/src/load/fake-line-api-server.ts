/**
 * The fake Messaging API as a process of its own, for the load benchmark: LINE's servers are not on
 * the bot's machine, and the load generator's event loop should only measure, not also answer every
 * reply the bot sends. Prints its URL once listening: node fake-line-api-server.ts
 */
import { startFakeLineApi } from '../fake-line-api.ts';

const api = await startFakeLineApi({ record: false });
process.stdout.write(`${api.url}\n`);
process.once('SIGTERM', () => {
  void api.close().then(() => process.exit(0));
});
