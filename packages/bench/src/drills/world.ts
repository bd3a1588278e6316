import type { KeyQuestion } from '../answer-key.ts';
import type { BotDb } from '../bot-db.ts';
import type { FakeLineApi } from '../fake-line-api.ts';
import type { LearnerWorld } from '../learner.ts';
import { sessionWatcher } from '../session-watcher.ts';
import type { WebhookClient } from '../webhook-client.ts';

/** The shared setup of a learner drill: 20% redeliveries and 15% double taps on answers. */
export function learnerWorld(parts: {
  client: WebhookClient;
  api: FakeLineApi;
  db: BotDb;
  key: Map<string, KeyQuestion>;
  webhookUrl: () => string;
}): LearnerWorld {
  return {
    client: parts.client,
    api: parts.api,
    sessions: sessionWatcher(parts.db),
    key: parts.key,
    webhookUrl: parts.webhookUrl,
    redeliveryRate: 0.2,
    doubleTapRate: 0.15,
    acked: [],
    sent: new Set(),
    requests: { count: 0 },
    statuses: new Map(),
  };
}

/** Message calls that reached each chat. */
export function deliveredPerChat(api: FakeLineApi): Map<string, { reply: number; push: number }> {
  const counts = new Map<string, { reply: number; push: number }>();
  for (const call of api.delivered) {
    const entry = counts.get(call.chatId ?? '?') ?? { reply: 0, push: 0 };
    if (call.endpoint === 'reply') entry.reply++;
    else entry.push++;
    counts.set(call.chatId ?? '?', entry);
  }
  return counts;
}
