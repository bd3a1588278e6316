// What a click must leave alone: links, buttons and fields do their own thing.
const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, label, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/**
 * A mouse click on the slide area turns to the next step, as PowerPoint users expect. Not on a
 * link or button, not with a modifier key, not when the click ended a text selection, and not for a
 * finger: on a touch screen a swipe turns the page (swipe.ts) and a tap only brings the toolbar back.
 */
export function advanceOnClick(area: HTMLElement, enabled: () => boolean, next: () => void): void {
  let pointerType = '';
  area.addEventListener(
    'pointerdown',
    (event) => {
      pointerType = event.pointerType;
    },
    { passive: true },
  );
  area.addEventListener('click', (event) => {
    if (event.button !== 0 || event.defaultPrevented || !enabled() || pointerType === 'touch') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(INTERACTIVE)) return;
    if (document.getSelection()?.isCollapsed === false) return;
    next();
  });
}
