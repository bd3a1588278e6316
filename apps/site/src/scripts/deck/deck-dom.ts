import type { DeckPosition } from '@mamoru/decks/runtime';

/** The slides of a rendered deck (components/deck/SlideUnit.astro) and what the scripts read from them. */
export interface DeckSlides {
  units: HTMLElement[];
  stepCounts: number[];
  minutes: (number | undefined)[];
}

export function readDeckSlides(container: ParentNode): DeckSlides {
  const units = [...container.querySelectorAll<HTMLElement>('.slide-unit')];
  return {
    units,
    stepCounts: units.map((unit) => Math.max(1, Number(unit.dataset.steps) || 1)),
    minutes: units.map((unit) => (unit.dataset.minutes ? Number(unit.dataset.minutes) : undefined)),
  };
}

/** First heading of a slide, for announcements and overview labels. */
export function slideTitle(unit: HTMLElement): string {
  return unit.querySelector('h1, h2, h3')?.textContent?.trim() ?? '';
}

/** Numbers the slides for screen readers ("3 / 12"). */
export function labelSlides(units: readonly HTMLElement[]): void {
  for (const [index, unit] of units.entries()) {
    unit.setAttribute('aria-label', `${index + 1} / ${units.length}`);
    unit.dataset.slideNumber = String(index + 1);
  }
}

/**
 * Shows the slide at `position` (and its step, which reveals a quiz answer); the others get
 * `hidden` so screen readers read only what the room sees.
 */
export function showPosition(units: readonly HTMLElement[], position: DeckPosition, showAll = false): void {
  for (const [index, unit] of units.entries()) {
    const current = index === position.index;
    unit.hidden = !showAll && !current;
    unit.dataset.step = current ? String(position.step) : '0';
    if (current) unit.setAttribute('aria-current', 'step');
    else unit.removeAttribute('aria-current');
  }
}
