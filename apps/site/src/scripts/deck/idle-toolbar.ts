// How long the mouse must rest before the slide view's toolbar steps back.
const IDLE_MS = 3000;

/**
 * Hides the slide view's toolbar (and the pointer) once the mouse has been still for a few seconds,
 * so a projected deck shows only the slide; moving the mouse, a tap or keyboard focus brings it back.
 */
export function hideToolbarWhenIdle(deck: HTMLElement, toolbar: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    deck.classList.remove('deck--idle');
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Not while the pointer rests on the toolbar or a button in it has focus.
      if (toolbar.matches(':hover, :focus-within')) wake();
      else deck.classList.add('deck--idle');
    }, IDLE_MS);
  };
  deck.addEventListener('pointermove', wake, { passive: true });
  deck.addEventListener('pointerdown', wake, { passive: true });
  toolbar.addEventListener('focusin', wake);
  wake();
}
