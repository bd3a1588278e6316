/**
 * The presenter's tally stream as the bench reads it: when did it first show n answers? A stream
 * that closes before everything is shown is recorded (when, after how many answers, why) and opened
 * again at once, as the presenter view does, so one close does not end the run.
 */
export interface StreamWatch {
  /** Resolves with the first tally (rejects if the stream never opens).  */
  first: Promise<void>;
  /** Resolves once `expected` answers were shown. */
  done: Promise<void>;
  /** performance.now() when the stream first showed n + 1 answers. */
  shownAt: number[];
  last: { participants: number; answered: number };
  closes: { atMs: number; answeredShown: number; how: string }[];
  stop(): void;
}

export function watchStream(url: string, token: string, expected: number): StreamWatch {
  const abort = new AbortController();
  const shownAt: number[] = [];
  const closes: StreamWatch['closes'] = [];
  const last = { participants: 0, answered: 0 };
  const started = performance.now();
  let firstSeen: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    firstSeen = resolve;
  });

  const readOnce = async (): Promise<string> => {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: abort.signal,
    });
    if (!response.ok || !response.body) return `answered ${response.status}`;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended by the server';
      buffer += decoder.decode(value, { stream: true });
      const at = performance.now();
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((l) => l.startsWith('data:'));
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        const tally = JSON.parse(data.slice(5)) as { participants: number; answered: number; event?: string };
        last.participants = tally.participants;
        last.answered = tally.answered;
        while (shownAt.length < tally.answered) shownAt.push(at);
        firstSeen();
        if (shownAt.length >= expected) {
          await reader.cancel();
          return 'done';
        }
      }
    }
  };

  const done = (async () => {
    for (let attempt = 0; shownAt.length < expected; attempt++) {
      let how: string;
      try {
        how = await readOnce();
      } catch (error) {
        if (abort.signal.aborted) throw new Error('the stream watch was stopped before every answer showed');
        how = `failed: ${error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error)}`;
      }
      if (how === 'done') return;
      closes.push({ atMs: Math.round(performance.now() - started), answeredShown: shownAt.length, how });
      if (attempt >= 20) throw new Error(`the stream kept closing: ${JSON.stringify(closes)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  done.catch(() => undefined); // awaited by the caller; never an unhandled rejection meanwhile
  return {
    first: Promise.race([first, done]),
    done,
    shownAt,
    last,
    closes,
    stop: () => abort.abort(),
  };
}
