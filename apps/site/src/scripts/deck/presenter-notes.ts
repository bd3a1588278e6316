import { NOTES_SCALES, stepNotesScale } from '@mamoru/decks/runtime';

export interface PresenterNotesElements {
  panel: HTMLElement;
  /** 「↓続きあり」, shown while part of the notes is below the visible area. */
  more: HTMLElement | null;
  smaller: HTMLButtonElement | null;
  larger: HTMLButtonElement | null;
}

export interface PresenterNotes {
  /** Call after the panel got a new slide's notes: back to the top, cue redrawn. */
  shown(): void;
}

const STORAGE_KEY = 'mamoru-deck-notes-scale';

function loadScaleIndex(): number | undefined {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === null ? undefined : Number(saved);
  } catch {
    return undefined;
  }
}

/**
 * The presenter's notes panel: A−/A+ (kept in this browser), a 「↓続きあり」 cue while notes run past
 * the panel, and ↑/↓ scrolling while the panel has focus (elsewhere they turn slides, as a clicker's).
 */
export function installPresenterNotes(elements: PresenterNotesElements): PresenterNotes {
  const { panel, more, smaller, larger } = elements;
  let scaleIndex = stepNotesScale(loadScaleIndex(), 0);

  const updateCue = () => {
    const hiddenBelow = panel.scrollHeight - panel.clientHeight - panel.scrollTop;
    const showCue = hiddenBelow > 2;
    panel.classList.toggle('has-more', showCue);
    if (more) more.hidden = !showCue;
  };

  const applyScale = () => {
    panel.style.setProperty('--notes-scale', String(NOTES_SCALES[scaleIndex]));
    if (smaller) smaller.disabled = scaleIndex === 0;
    if (larger) larger.disabled = scaleIndex === NOTES_SCALES.length - 1;
    updateCue();
  };

  const step = (delta: number) => {
    scaleIndex = stepNotesScale(scaleIndex, delta);
    try {
      localStorage.setItem(STORAGE_KEY, String(scaleIndex));
    } catch {
      // Storage off: the size holds until the window closes.
    }
    applyScale();
  };

  smaller?.addEventListener('click', () => step(-1));
  larger?.addEventListener('click', () => step(1));
  panel.addEventListener('scroll', updateCue, { passive: true });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') event.stopPropagation();
  });
  new ResizeObserver(updateCue).observe(panel);
  applyScale();

  return {
    shown() {
      panel.scrollTop = 0;
      updateCue();
    },
  };
}
