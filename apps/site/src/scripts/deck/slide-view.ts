import { type DeckPosition, hashForSlide, positionLabel, speakerQuery } from '@mamoru/decks/runtime';
import { createDeckController } from './deck-controller.ts';
import { labelSlides, readDeckSlides, showPosition, slideTitle } from './deck-dom.ts';
import { installDeckKeys, showTypedJumpIn } from './deck-keys.ts';
import { fitSlides } from './fit-slides.ts';
import { hideToolbarWhenIdle } from './idle-toolbar.ts';
import { showTally } from './quiz-tally.ts';
import { advanceOnClick } from './slide-click.ts';
import { showSpeakerLine } from './speaker-line.ts';
import { installSwipe } from './swipe.ts';

// The audience window at /decks/<id>/: one slide at a time, scaled to the screen by CSS.
const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) startSlideView(deck);

function startSlideView(deck: HTMLElement): void {
  const deckId = deck.dataset.deckId ?? '';
  const slides = readDeckSlides(deck);
  const counter = deck.querySelector<HTMLElement>('[data-deck-counter]');
  const announcer = deck.querySelector<HTMLElement>('[data-deck-announcer]');
  const typedBox = deck.querySelector<HTMLElement>('[data-deck-typed]');
  const blackout = deck.querySelector<HTMLElement>('[data-deck-blackout]');
  const viewport = deck.querySelector<HTMLElement>('[data-deck-viewport]') ?? deck;
  let overview = false;
  labelSlides(slides.units);
  const speaker = showSpeakerLine(slides.units, deck);
  deck.classList.add('deck--live');
  fitSlides(slides.units);

  let shown: DeckPosition = { index: 0, step: 0 };
  const render = (position: DeckPosition) => {
    shown = position;
    const { index, step } = position;
    showPosition(slides.units, position, overview);
    const total = slides.units.length;
    if (counter) counter.textContent = positionLabel(position, slides.stepCounts);
    const unit = slides.units[index];
    if (announcer && unit) {
      const revealed = unit.dataset.kind === 'quiz' && step > 0 ? '（答え）' : '';
      announcer.textContent = `スライド ${index + 1} / ${total}${revealed}：${slideTitle(unit)}`;
    }
    if (overview) unit?.focus({ preventScroll: false });
  };

  const controller = createDeckController({
    deckId,
    stepCounts: slides.stepCounts,
    render,
    tally: (questionId, counts) => showTally(deck, questionId, counts),
  });

  const setOverview = (open: boolean) => {
    overview = open;
    deck.classList.toggle('deck--overview', open);
    for (const unit of slides.units) {
      if (open) unit.tabIndex = 0;
      else unit.removeAttribute('tabindex');
    }
    render(shown);
    if (!open) deck.focus({ preventScroll: true });
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  const openPresenter = () => {
    const url = `${deck.dataset.presenterUrl ?? ''}${speakerQuery(speaker)}${hashForSlide(controller.position.index)}`;
    window.open(url, `mamoru-presenter-${deckId}`, 'popup=yes,width=1280,height=800');
  };

  const toggleBlackout = () => {
    if (blackout) blackout.hidden = !blackout.hidden;
  };

  installDeckKeys({
    controller,
    slideCount: slides.units.length,
    showTyped: showTypedJumpIn(typedBox),
    extra: (action, event) => {
      switch (action.type) {
        case 'overview':
          setOverview(!overview);
          return true;
        case 'fullscreen':
          toggleFullscreen();
          return true;
        case 'presenter':
          openPresenter();
          return true;
        case 'blackout':
          toggleBlackout();
          return true;
        case 'cancel':
          if (!overview) return false;
          setOverview(false);
          return true;
        case 'jump': {
          if (!overview) return false;
          const unit =
            event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.slide-unit') : null;
          if (unit) controller.go({ index: slides.units.indexOf(unit), step: 0 });
          setOverview(false);
          return true;
        }
        default:
          return false;
      }
    },
  });

  deck.addEventListener('click', (event) => {
    // Element, not HTMLElement: a click on a figure lands on an SVG element, which must still pick its slide.
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLElement>('[data-deck-action]');
    if (button) {
      const action = button.dataset.deckAction;
      if (action === 'next') controller.next();
      else if (action === 'previous') controller.previous();
      else if (action === 'overview') setOverview(!overview);
      else if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'presenter') openPresenter();
      return;
    }
    const unit = target?.closest<HTMLElement>('.slide-unit');
    if (overview && unit) {
      controller.go({ index: slides.units.indexOf(unit), step: 0 });
      setOverview(false);
    }
  });

  installSwipe(viewport, controller.next, controller.previous);
  advanceOnClick(viewport, () => !overview, controller.next);
  const toolbar = deck.querySelector<HTMLElement>('.deck-toolbar');
  if (toolbar) hideToolbarWhenIdle(deck, toolbar);
  deck.focus({ preventScroll: true });
}
