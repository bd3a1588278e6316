/**
 * The track page: records a lesson when its link is followed, marks lessons already read and
 * offers 「続きから読む」. Progress lives in localStorage, one key per track; nothing is sent.
 */
import { nextToRead, type TrackProgress, withOpened } from './progress.ts';

function storageKey(track: string): string {
  return `mamoru.track.${track}.v1`;
}

function readProgress(track: string): TrackProgress {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(track)) ?? '{}');
    const read = (saved as { read?: unknown }).read;
    return { read: Array.isArray(read) ? read.filter((id): id is string => typeof id === 'string') : [] };
  } catch {
    return { read: [] };
  }
}

function saveProgress(track: string, progress: TrackProgress): void {
  try {
    localStorage.setItem(storageKey(track), JSON.stringify(progress));
  } catch {
    // Storage blocked (private mode): the track page works without progress.
  }
}

export function startTrackPage(): void {
  const root = document.querySelector<HTMLElement>('[data-track-progress]');
  const track = root?.dataset.trackProgress;
  if (!root || !track) return;
  // The track's own list, in track order (not the 「まずこの3本」 links or the resume link).
  const cards = [...root.querySelectorAll<HTMLAnchorElement>('a[data-lesson-id]')];
  const order = cards.map((link) => link.dataset.lessonId ?? '');

  const show = () => {
    const progress = readProgress(track);
    const read = new Set(progress.read);
    for (const link of cards) {
      const mark = link.querySelector<HTMLElement>('.card__read');
      if (mark) mark.hidden = !read.has(link.dataset.lessonId ?? '');
    }
    const next = nextToRead(order, progress);
    const resume = document.getElementById('track-resume');
    const resumeLink = resume?.querySelector('a');
    const target = cards.find((link) => link.dataset.lessonId === next);
    if (!resume || !resumeLink) return;
    resume.hidden = !target;
    if (target) {
      resumeLink.setAttribute('href', target.getAttribute('href') ?? target.href);
      resumeLink.dataset.lessonId = next;
      const title = target.querySelector('.card__title')?.textContent ?? '';
      resumeLink.textContent = `続きから読む：${title}`;
    }
  };

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lesson-id]');
    const id = link?.dataset.lessonId;
    if (id) saveProgress(track, withOpened(readProgress(track), id));
  });
  window.addEventListener('pageshow', show);
  show();
}
