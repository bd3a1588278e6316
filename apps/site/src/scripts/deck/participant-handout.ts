import {
  type HandoutOptions,
  handoutQuery,
  pagesOf,
  readHandoutOptions,
  type SlidesPerPage,
} from '@mamoru/decks/runtime';
import { labelSlides, readDeckSlides } from './deck-dom.ts';
import { fitSlides } from './fit-slides.ts';
import { installPrintButtons } from './print-button.ts';
import { carrySpeakerFields } from './speaker-line.ts';

// The participant handout at /decks/<id>/participants/: fills the cover from the form (or the URL
// query) and lays the slides out N to an A4 page, each with ruled lines for the participant's notes.
// More lines than any layout has room for; each cell clips what does not fit.
const NOTE_LINES = 16;

const root = document.querySelector<HTMLElement>('[data-participant-handout]');
const form = document.querySelector<HTMLFormElement>('[data-handout-setup]');
if (root && form) startParticipantHandout(root, form);

function noteLines(): HTMLElement {
  const lines = document.createElement('div');
  lines.className = 'handout-lines';
  lines.setAttribute('aria-hidden', 'true');
  for (let index = 0; index < NOTE_LINES; index++) {
    const line = document.createElement('span');
    line.className = 'handout-line';
    lines.append(line);
  }
  return lines;
}

function layOut(container: HTMLElement, units: readonly HTMLElement[], perPage: SlidesPerPage): void {
  const pages = pagesOf(units, perPage).map((group) => {
    const page = document.createElement('div');
    page.className = 'handout-page handout-page--slides';
    for (const unit of group) {
      const cell = document.createElement('div');
      cell.className = 'handout-cell';
      cell.append(unit, noteLines());
      page.append(cell);
    }
    return page;
  });
  container.replaceChildren(...pages);
}

function optionsFromForm(form: HTMLFormElement): HandoutOptions {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') query.set(name, value);
  return readHandoutOptions(query);
}

function fillForm(form: HTMLFormElement, options: HandoutOptions): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-cover-input]')) {
    const name = input.dataset.coverInput as 'speaker' | 'date' | 'organiser';
    input.value = options[name];
  }
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    radio.checked = Number(radio.value) === options.perPage;
  }
}

function startParticipantHandout(root: HTMLElement, form: HTMLFormElement): void {
  const container = root.querySelector<HTMLElement>('[data-handout-pages]') ?? root;
  const { units } = readDeckSlides(container);
  labelSlides(units);
  let perPage: SlidesPerPage | undefined;

  const apply = (options: HandoutOptions) => {
    for (const field of root.querySelectorAll<HTMLElement>('[data-cover-field]')) {
      const name = field.dataset.coverField as 'speaker' | 'date' | 'organiser';
      field.textContent = options[name];
    }
    // 「スライドで見る」 then shows the same speaker line on the first slide.
    carrySpeakerFields(document, options);
    if (options.perPage !== perPage) {
      perPage = options.perPage;
      root.dataset.perPage = String(perPage);
      layOut(container, units, perPage);
      fitSlides(units);
    }
  };

  const initial = readHandoutOptions(new URLSearchParams(location.search));
  fillForm(form, initial);
  apply(initial);

  const update = () => {
    const options = optionsFromForm(form);
    apply(options);
    // The URL keeps the choices: a reload, a bookmark or a link to a co-organiser shows the same handout.
    history.replaceState(null, '', `${location.pathname}${handoutQuery(options)}`);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  installPrintButtons();
}
