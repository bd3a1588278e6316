/** What a key press asks the slide view to do. */
export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'jump' }
  | { type: 'cancel' }
  | { type: 'overview' }
  | { type: 'fullscreen' }
  | { type: 'presenter' }
  | { type: 'blackout' };

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

// Presentation clickers send PageDown/PageUp (some send arrows, or "." / "b" for a black screen).
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Maps a key press to a deck action; undefined leaves the key to the browser. */
export function actionForKey(press: KeyPress): DeckAction | undefined {
  // Ctrl/Cmd/Alt combinations belong to the browser (zoom, tab switching, copy).
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  const { key } = press;
  if (key === ' ' || key === 'Spacebar') return press.shiftKey ? { type: 'previous' } : { type: 'next' };
  if (NEXT_KEYS.has(key)) return { type: 'next' };
  if (PREVIOUS_KEYS.has(key)) return { type: 'previous' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  if (key === 'Enter') return { type: 'jump' };
  if (key === 'Escape') return { type: 'cancel' };
  switch (key.toLowerCase()) {
    case 'o':
      return { type: 'overview' };
    case 'f':
      return { type: 'fullscreen' };
    case 'p':
      return { type: 'presenter' };
    case 'b':
    case '.':
      return { type: 'blackout' };
    default:
      return undefined;
  }
}

/** Typed digits waiting for Enter ("1", "2", Enter jumps to slide 12). */
export function appendDigit(buffer: string, digit: string): string {
  return (buffer + digit).replace(/^0+/, '').slice(-4);
}

/** The slide index a typed number jumps to, or undefined when it names no slide. */
export function jumpTarget(buffer: string, slideCount: number): number | undefined {
  if (!/^\d+$/.test(buffer)) return undefined;
  const number = Number(buffer);
  if (number < 1 || number > slideCount) return undefined;
  return number - 1;
}
