import { labelSlides, readDeckSlides } from './deck-dom.ts';
import { fitSlides } from './fit-slides.ts';

// The handout shows every slide at once; the only script it needs shrinks overlong slides.
const handout = document.querySelector<HTMLElement>('.handout');
if (handout) {
  const { units } = readDeckSlides(handout);
  labelSlides(units);
  fitSlides(units);
}
