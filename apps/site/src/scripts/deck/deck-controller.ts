import {
  clampPosition,
  type DeckPosition,
  firstPosition,
  hashForSlide,
  lastPosition,
  nextPosition,
  previousPosition,
  samePosition,
  slideFromHash,
} from '@mamoru/decks/runtime';
import { connectDeckSync } from './deck-sync.ts';

export interface DeckController {
  readonly position: DeckPosition;
  go(position: DeckPosition): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
}

export interface DeckControllerOptions {
  deckId: string;
  stepCounts: readonly number[];
  /** Draws the deck at a position (called once at start and after every move). */
  render(position: DeckPosition): void;
  tally?(questionId: string, counts: number[]): void;
}

/**
 * The position of one window: starts from the URL hash, keeps the hash following the slide, and
 * moves together with the deck's other windows.
 */
export function createDeckController(options: DeckControllerOptions): DeckController {
  const { stepCounts } = options;
  const fromHash = slideFromHash(location.hash, stepCounts.length);
  let position = clampPosition({ index: fromHash ?? 0, step: 0 }, stepCounts);

  const apply = (requested: DeckPosition, local: boolean) => {
    const next = clampPosition(requested, stepCounts);
    if (samePosition(next, position)) return;
    position = next;
    const hash = hashForSlide(position.index);
    // replaceState: the back button leaves the deck instead of stepping through every slide.
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    options.render(position);
    if (local) sync.publish(position);
  };

  const sync = connectDeckSync(options.deckId, {
    position: () => position,
    moved: (moved) => apply(moved, false),
    ...(options.tally ? { tally: options.tally } : {}),
  });

  addEventListener('hashchange', () => {
    const index = slideFromHash(location.hash, stepCounts.length);
    if (index !== undefined && index !== position.index) apply({ index, step: 0 }, true);
  });

  if (fromHash === undefined && stepCounts.length > 0)
    history.replaceState(history.state, '', hashForSlide(0));
  options.render(position);

  return {
    get position() {
      return position;
    },
    go: (target) => apply(target, true),
    next: () => apply(nextPosition(position, stepCounts), true),
    previous: () => apply(previousPosition(position, stepCounts), true),
    first: () => apply(firstPosition(), true),
    last: () => apply(lastPosition(stepCounts), true),
  };
}
