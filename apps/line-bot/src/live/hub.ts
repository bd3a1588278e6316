/**
 * Wakes this instance's presenter streams right away after a change made here. Streams also look
 * at the rows on a short timer, which is how they see answers taken by another instance.
 */
export function createLiveHub() {
  const listeners = new Map<string, Set<() => void>>();
  const all = new Set<() => void>();
  return {
    subscribe(sessionId: string, listener: () => void): () => void {
      const set = listeners.get(sessionId) ?? new Set();
      set.add(listener);
      listeners.set(sessionId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(sessionId);
      };
    },
    changed(sessionId: string): void {
      for (const listener of listeners.get(sessionId) ?? []) listener();
    },
    /** Called at stop: streams end so the server can close. */
    onStop(listener: () => void): () => void {
      all.add(listener);
      return () => all.delete(listener);
    },
    stop(): void {
      for (const listener of all) listener();
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
