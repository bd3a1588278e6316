import {
  type DeckPosition,
  formatDuration,
  nextPosition,
  plannedSlots,
  positionLabel,
  samePosition,
} from '@mamoru/decks/runtime';
import { createDeckController } from './deck-controller.ts';
import { labelSlides, readDeckSlides, showPosition } from './deck-dom.ts';
import { installDeckKeys, showTypedJumpIn } from './deck-keys.ts';
import { fitSlides } from './fit-slides.ts';
import { installPresenterNotes } from './presenter-notes.ts';
import { startPresenterTimer } from './presenter-timer.ts';
import { showSpeakerLine } from './speaker-line.ts';

// The presenter window at /decks/<id>/presenter/: current and next slide, notes, timer, clock.
const root = document.querySelector<HTMLElement>('[data-presenter]');
if (root) startPresenterView(root);

function cloneForPreview(unit: HTMLElement, step: number): HTMLElement {
  const copy = unit.cloneNode(true) as HTMLElement;
  copy.hidden = false;
  copy.dataset.step = String(step);
  copy.removeAttribute('aria-current');
  copy.querySelector('.slide-notes')?.remove();
  for (const withId of copy.querySelectorAll('[id]')) withId.removeAttribute('id');
  return copy;
}

function startPresenterView(root: HTMLElement): void {
  const deckId = root.dataset.deckId ?? '';
  const current = root.querySelector<HTMLElement>('[data-presenter-current]') ?? root;
  const slides = readDeckSlides(current);
  const nextFrame = root.querySelector<HTMLElement>('[data-presenter-next]');
  const nextLabel = root.querySelector<HTMLElement>('[data-presenter-next-label]');
  const notesPanel = root.querySelector<HTMLElement>('[data-presenter-notes]');
  const notesView =
    notesPanel &&
    installPresenterNotes({
      panel: notesPanel,
      more: root.querySelector('[data-notes-more]'),
      smaller: root.querySelector('[data-notes-smaller]'),
      larger: root.querySelector('[data-notes-larger]'),
    });
  const counter = root.querySelector<HTMLElement>('[data-deck-counter]');
  const plan = root.querySelector<HTMLElement>('[data-presenter-plan]');
  const typedBox = root.querySelector<HTMLElement>('[data-deck-typed]');
  const slots = plannedSlots(slides.minutes);
  labelSlides(slides.units);
  showSpeakerLine(slides.units, root);
  root.classList.add('presenter--live');
  fitSlides(slides.units);

  const timer = startPresenterTimer(deckId, Number(root.dataset.duration) || 0, {
    elapsed: root.querySelector('[data-timer-elapsed]'),
    left: root.querySelector('[data-timer-left]'),
    pace: root.querySelector('[data-timer-pace]'),
    clock: root.querySelector('[data-clock]'),
    toggle: root.querySelector('[data-timer-toggle]'),
    reset: root.querySelector('[data-timer-reset]'),
  });

  const renderNext = (position: DeckPosition) => {
    if (!nextFrame) return;
    const upcoming = nextPosition(position, slides.stepCounts);
    const unit = slides.units[upcoming.index];
    nextFrame.replaceChildren();
    if (samePosition(upcoming, position) || !unit) {
      if (nextLabel) nextLabel.textContent = '次：なし（最後のスライドです）';
      return;
    }
    if (nextLabel) {
      nextLabel.textContent =
        upcoming.index === position.index ? '次：答えと解説を表示' : `次：スライド ${upcoming.index + 1}`;
    }
    nextFrame.append(cloneForPreview(unit, upcoming.step));
  };

  let firstRender = true;
  const render = (position: DeckPosition) => {
    showPosition(slides.units, position);
    const unit = slides.units[position.index];
    if (counter) counter.textContent = positionLabel(position, slides.stepCounts);
    if (notesPanel) {
      const notes = unit?.querySelector('.slide-notes');
      notesPanel.replaceChildren(...[...(notes?.childNodes ?? [])].map((node) => node.cloneNode(true)));
      notesView?.shown();
    }
    const slot = slots[position.index];
    if (plan && slot) {
      plan.textContent = `このスライドの予定：${formatDuration(slot.startMs)}〜${formatDuration(slot.endMs)}`;
    }
    timer.setSlot(slot);
    // Moving past the first slide starts the talk; opening the window on a later slide does not.
    if (!firstRender && position.index > 0) timer.startIfIdle();
    firstRender = false;
    renderNext(position);
  };

  const controller = createDeckController({ deckId, stepCounts: slides.stepCounts, render });

  installDeckKeys({
    controller,
    slideCount: slides.units.length,
    showTyped: showTypedJumpIn(typedBox),
    extra: (action) => {
      if (action.type !== 'fullscreen') return false;
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return true;
    },
  });

  root.addEventListener('click', (event) => {
    const button =
      event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-deck-action]') : null;
    if (button?.dataset.deckAction === 'next') controller.next();
    if (button?.dataset.deckAction === 'previous') controller.previous();
  });
}
