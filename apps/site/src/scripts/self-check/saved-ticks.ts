/** The self-check's ticks in this browser: the ids of the checked items. */
const KEY = 'mamoru.self-check.v1';

export function readTicks(): Set<string> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(saved) ? saved.filter((id) => typeof id === 'string') : []);
  } catch {
    // Storage blocked (private mode) or a damaged value: start with no ticks.
    return new Set();
  }
}

export function writeTicks(ids: readonly string[]): void {
  try {
    if (ids.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage blocked: the score still works for this visit.
  }
}
