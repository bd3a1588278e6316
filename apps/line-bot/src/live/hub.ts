/**
 * Wakes presenter streams when a session changes. A change made here wakes this instance's
 * streams and is passed on through the relay (PostgreSQL NOTIFY, src/live/postgres-relay.ts); a
 * change heard from another instance wakes the streams here. Without a relay (SQLite) or while it
 * cannot hear (connection lost), streams also look at the rows on a short timer.
 */
export function createLiveHub() {
  const listeners = new Map<string, Set<() => void>>();
  const all = new Set<() => void>();
  let publish: ((sessionId: string) => void) | undefined;
  let hearing = false;
  const wake = (sessionId: string) => {
    for (const listener of listeners.get(sessionId) ?? []) listener();
  };
  const wakeAll = () => {
    for (const set of listeners.values()) for (const listener of set) listener();
  };
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
    /** A change made by this instance. */
    changed(sessionId: string): void {
      wake(sessionId);
      publish?.(sessionId);
    },
    /** A change another instance made (heard through the relay). */
    heard(sessionId: string): void {
      wake(sessionId);
    },
    /** Connects the relay that tells other instances of changes made here. */
    relayTo(send: (sessionId: string) => void): void {
      publish = send;
    },
    /**
     * Whether the relay hears other instances. Every stream wakes on a switch: after a loss it
     * starts polling, after a reconnection it reads what it may have missed meanwhile.
     */
    setHearing(value: boolean): void {
      hearing = value;
      wakeAll();
    },
    /** Streams poll the rows unless the relay hears every other instance's changes. */
    mustPoll(): boolean {
      return !hearing;
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
