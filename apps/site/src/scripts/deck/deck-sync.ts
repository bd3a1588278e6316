import { channelName, type DeckPosition, parseSyncMessage, type SyncMessage } from '@mamoru/decks/runtime';

export interface DeckSyncHandlers {
  /** Where this window is, to answer a window that just opened. */
  position(): DeckPosition;
  /** Another window moved the deck. */
  moved(position: DeckPosition): void;
  /** Answer counts for a quiz slide arrived (live mode). */
  tally?(questionId: string, counts: number[]): void;
}

export interface DeckSync {
  /** Tells the other windows this one moved. */
  publish(position: DeckPosition): void;
}

// A window that just opened asks where the deck is; it answers others only once it knows
// (it got an answer, moved itself, or nobody answered), so two new windows never swap positions.
const SETTLE_MS = 400;

function newSenderId(): string {
  return globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
}

/** Keeps every window of one deck (slide view, presenter view) on the same slide and step. */
export function connectDeckSync(deckId: string, handlers: DeckSyncHandlers): DeckSync {
  if (typeof BroadcastChannel === 'undefined') return { publish() {} };
  const sender = newSenderId();
  const channel = new BroadcastChannel(channelName(deckId));
  let settled = false;
  const timer = setTimeout(() => {
    settled = true;
  }, SETTLE_MS);
  const settle = () => {
    settled = true;
    clearTimeout(timer);
  };
  const post = (message: SyncMessage) => channel.postMessage(message);

  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseSyncMessage(event.data, deckId);
    if (!message || message.sender === sender) return;
    switch (message.type) {
      case 'position':
        settle();
        handlers.moved(message.position);
        break;
      case 'where':
        if (settled) post({ type: 'position', deckId, sender, position: handlers.position() });
        break;
      case 'tally':
        handlers.tally?.(message.questionId, message.counts);
        break;
      default:
        message satisfies never;
    }
  });
  post({ type: 'where', deckId, sender });

  return {
    publish(position) {
      settle();
      post({ type: 'position', deckId, sender, position });
    },
  };
}
