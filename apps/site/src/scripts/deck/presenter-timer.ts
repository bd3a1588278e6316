import {
  describePace,
  elapsedMs,
  formatCountdown,
  formatDuration,
  isRunning,
  type PlannedSlot,
  paceAt,
  pauseStopwatch,
  type Stopwatch,
  startStopwatch,
  timeLeftMs,
} from '@mamoru/decks/runtime';

export interface PresenterTimerElements {
  elapsed: HTMLElement | null;
  left: HTMLElement | null;
  pace: HTMLElement | null;
  clock: HTMLElement | null;
  toggle: HTMLButtonElement | null;
  reset: HTMLButtonElement | null;
}

export interface PresenterTimer {
  /** Starts the watch if it never ran (the talk began by moving past the first slide). */
  startIfIdle(): void;
  /** Redraws against the slot of the slide now shown. */
  setSlot(slot: PlannedSlot | undefined): void;
}

function loadWatch(key: string): Stopwatch {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<Stopwatch> | null;
    if (saved && typeof saved.accumulatedMs === 'number') {
      return typeof saved.startedAt === 'number'
        ? { accumulatedMs: saved.accumulatedMs, startedAt: saved.startedAt }
        : { accumulatedMs: saved.accumulatedMs };
    }
  } catch {
    // Storage off or unreadable: start fresh.
  }
  return { accumulatedMs: 0 };
}

/**
 * Elapsed time, time left of the planned duration, ahead/behind against the slide plan, and a clock.
 * The watch survives a reload of the presenter window (sessionStorage).
 */
export function startPresenterTimer(
  deckId: string,
  durationMinutes: number,
  elements: PresenterTimerElements,
): PresenterTimer {
  const key = `mamoru-deck-timer:${deckId}`;
  let watch = loadWatch(key);
  let slot: PlannedSlot | undefined;
  const clockFormat = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit' });

  const save = () => {
    try {
      sessionStorage.setItem(key, JSON.stringify(watch));
    } catch {
      // Private mode without storage: the timer still runs, it just does not survive a reload.
    }
  };

  const draw = () => {
    const now = Date.now();
    const elapsed = elapsedMs(watch, now);
    const left = timeLeftMs(durationMinutes, elapsed);
    const pace = paceAt(elapsed, slot);
    if (elements.elapsed) elements.elapsed.textContent = formatDuration(elapsed);
    if (elements.left) {
      elements.left.textContent = formatCountdown(left);
      elements.left.classList.toggle('is-over', left < 0);
    }
    if (elements.pace) {
      const notStarted = elapsed === 0 && !isRunning(watch);
      elements.pace.textContent = notStarted ? '開始前' : describePace(pace);
      elements.pace.dataset.pace = notStarted ? 'idle' : pace.status;
    }
    if (elements.clock) elements.clock.textContent = clockFormat.format(new Date(now));
    if (elements.toggle) {
      elements.toggle.textContent = isRunning(watch) ? '一時停止' : elapsed > 0 ? '再開' : '開始';
      elements.toggle.setAttribute('aria-pressed', String(isRunning(watch)));
    }
  };

  // Redraw just after each whole second of elapsed time, so the display never lags a second behind.
  let tick: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(tick);
    const elapsed = elapsedMs(watch, Date.now());
    tick = setTimeout(
      () => {
        draw();
        schedule();
      },
      1000 - (elapsed % 1000) + 5,
    );
  };
  const update = (next: Stopwatch) => {
    watch = next;
    save();
    draw();
    schedule();
  };

  elements.toggle?.addEventListener('click', () => {
    update(isRunning(watch) ? pauseStopwatch(watch, Date.now()) : startStopwatch(watch, Date.now()));
  });
  // Reset sits next to start/pause: a slip mid-talk would lose the time, so a running or used watch asks first.
  elements.reset?.addEventListener('click', () => {
    const used = isRunning(watch) || watch.accumulatedMs > 0;
    if (used && !window.confirm('経過時間を 00:00 に戻しますか？')) return;
    update({ accumulatedMs: 0 });
  });
  draw();
  schedule();

  return {
    startIfIdle() {
      if (isRunning(watch) || watch.accumulatedMs > 0) return;
      update(startStopwatch(watch, Date.now()));
    },
    setSlot(next) {
      slot = next;
      draw();
    },
  };
}
