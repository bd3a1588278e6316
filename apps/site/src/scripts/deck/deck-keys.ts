import { actionForKey, appendDigit, type DeckAction, jumpTarget } from '@mamoru/decks/runtime';
import type { DeckController } from './deck-controller.ts';

export interface DeckKeyOptions {
  controller: DeckController;
  slideCount: number;
  /** Shows the number typed so far ('' hides it). */
  showTyped(buffer: string): void;
  /** View-specific actions (overview, fullscreen, ...); return false to let the key through. */
  extra?(action: DeckAction, event: KeyboardEvent): boolean;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

/** Keyboard and clicker control of a deck view: next/previous/Home/End, number + Enter to jump. */
export function installDeckKeys(options: DeckKeyOptions): void {
  const { controller } = options;
  let typed = '';
  const setTyped = (value: string) => {
    typed = value;
    options.showTyped(typed);
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || isTextField(event.target)) return;
    const action = actionForKey(event);
    if (!action) return;
    // Space and Enter on a focused button or link activate it, as keyboard users expect.
    if (isControl(event.target) && (event.key === ' ' || (event.key === 'Enter' && typed === ''))) return;
    switch (action.type) {
      case 'next':
        controller.next();
        break;
      case 'previous':
        controller.previous();
        break;
      case 'first':
        controller.first();
        break;
      case 'last':
        controller.last();
        break;
      case 'digit':
        setTyped(appendDigit(typed, action.digit));
        break;
      case 'jump': {
        const index = jumpTarget(typed, options.slideCount);
        if (typed === '' && !options.extra?.(action, event)) return;
        if (index !== undefined) controller.go({ index, step: 0 });
        setTyped('');
        break;
      }
      case 'cancel':
        if (typed !== '') setTyped('');
        else if (!options.extra?.(action, event)) return;
        break;
      default:
        if (!options.extra?.(action, event)) return;
    }
    if (action.type !== 'digit' && action.type !== 'jump' && typed !== '') setTyped('');
    event.preventDefault();
  });
}

/** Shows the slide number being typed for a jump (「3 枚目へ（Enter）」) in `box`, hidden when empty. */
export function showTypedJumpIn(box: HTMLElement | null): (typed: string) => void {
  return (typed) => {
    if (!box) return;
    box.hidden = typed === '';
    box.textContent = typed === '' ? '' : `${typed} 枚目へ（Enter）`;
  };
}
