import type { DeckPosition } from './navigation.ts';

/**
 * Messages between the windows showing one deck (audience slide view, presenter view) on a
 * BroadcastChannel. Any window may move the deck; the others follow. A window that opens asks
 * where the deck is. `tally` is for a later live mode: answers counted elsewhere (e.g. from LINE)
 * are shown on the quiz slide.
 */
export type SyncMessage =
  | { type: 'position'; deckId: string; sender: string; position: DeckPosition }
  | { type: 'where'; deckId: string; sender: string }
  | { type: 'tally'; deckId: string; sender: string; questionId: string; counts: number[] };

export function channelName(deckId: string): string {
  return `mamoru-deck:${deckId}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Reads a message from another window; anything malformed or for another deck is dropped. */
export function parseSyncMessage(data: unknown, deckId: string): SyncMessage | undefined {
  if (!isRecord(data) || data.deckId !== deckId || typeof data.sender !== 'string') return undefined;
  const { sender } = data;
  switch (data.type) {
    case 'position': {
      const position = data.position;
      if (!isRecord(position) || !isCount(position.index) || !isCount(position.step)) return undefined;
      return { type: 'position', deckId, sender, position: { index: position.index, step: position.step } };
    }
    case 'where':
      return { type: 'where', deckId, sender };
    case 'tally': {
      const { questionId, counts } = data;
      if (typeof questionId !== 'string' || !Array.isArray(counts) || !counts.every(isCount))
        return undefined;
      return { type: 'tally', deckId, sender, questionId, counts: [...counts] };
    }
    default:
      return undefined;
  }
}

/** Share of each choice in whole percent, for the tally bars (0 everywhere before any answer). */
export function tallyPercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => (total === 0 ? 0 : Math.round((count / total) * 100)));
}
