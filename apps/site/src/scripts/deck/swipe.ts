// A horizontal swipe on a touch screen turns the page; short or mostly vertical moves do nothing.
const MIN_DISTANCE_PX = 50;

export function installSwipe(element: HTMLElement, onNext: () => void, onPrevious: () => void): void {
  let start: { x: number; y: number; id: number } | undefined;
  element.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse') return;
    start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  element.addEventListener('pointercancel', () => {
    start = undefined;
  });
  element.addEventListener('pointerup', (event) => {
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) < MIN_DISTANCE_PX || Math.abs(dx) < Math.abs(dy)) return;
    if (dx < 0) onNext();
    else onPrevious();
  });
}
