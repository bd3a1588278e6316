import { labelSlides, readDeckSlides } from './deck-dom.ts';
import { fitSlides } from './fit-slides.ts';
import { installPrintButtons } from './print-button.ts';

// The instructor's script shows every slide at once: shrink overlong slides, wire 「印刷する」.
const handout = document.querySelector<HTMLElement>('.handout');
if (handout) {
  const { units } = readDeckSlides(handout);
  labelSlides(units);
  fitSlides(units);
  installPrintButtons();
}
