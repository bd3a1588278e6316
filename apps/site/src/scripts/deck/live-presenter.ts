import {
  type LiveJoin,
  type LiveResults,
  type LiveState,
  type LiveTally,
  liveChannelName,
  parseLiveMessage,
  takeSseData,
} from './live-protocol.ts';
import { parsePushRefusal, pushedText, pushRefusedText } from './live-push.ts';
import { renderLive } from './live-view.ts';

// The presenter window's live seminar: starts and ends the session on the bot, opens the question
// of the quiz slide on screen (closes it at the reveal or when the slide is left), reads the tally
// stream and passes everything to the audience window.
const panel = document.querySelector<HTMLElement>('[data-live]');
const presenterRoot = document.querySelector<HTMLElement>('[data-presenter]');
if (panel && presenterRoot) startLive(panel, presenterRoot);

const KEY_STORE = 'mamoru-live:instructor-key';
interface Session extends LiveJoin {
  presenterToken: string;
}

function startLive(panel: HTMLElement, root: HTMLElement): void {
  const api = panel.dataset.liveApi ?? '';
  const deckId = root.dataset.deckId ?? '';
  const sessionStore = `mamoru-live:session:${deckId}`;
  const units = [...root.querySelectorAll<HTMLElement>('[data-presenter-current] .slide-unit')];
  const q = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector);
  const startButton = q<HTMLButtonElement>('[data-live-start]');
  const joinButton = q<HTMLButtonElement>('[data-live-join]');
  const hideButton = q<HTMLButtonElement>('[data-live-hide]');
  const pushButton = q<HTMLButtonElement>('[data-live-push]');
  const endButton = q<HTMLButtonElement>('[data-live-end]');
  const status = q<HTMLElement>('[data-live-status]');
  const keyForm = q<HTMLFormElement>('[data-live-key-form]');
  const keyInput = q<HTMLInputElement>('[data-live-key-input]');
  const resultsLink = q<HTMLAnchorElement>('[data-live-results]');
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(liveChannelName(deckId));

  let session: Session | undefined;
  let opened: string | undefined;
  let stream: AbortController | undefined;
  /** Push each opened question to the participants in LINE (off by default: replies are free). */
  let pushQuestions = false;
  const state: LiveState = { join: null, showJoin: false, hideBars: false, tally: null };

  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const publish = () => {
    renderLive(root, units, state, true);
    channel?.postMessage({ type: 'live-state', state });
    if (joinButton) joinButton.setAttribute('aria-pressed', String(state.showJoin));
    if (hideButton) hideButton.setAttribute('aria-pressed', String(state.hideBars));
    if (pushButton) pushButton.setAttribute('aria-pressed', String(pushQuestions));
    const on = session !== undefined;
    if (startButton) startButton.hidden = on;
    for (const button of [joinButton, hideButton, pushButton, endButton]) if (button) button.hidden = !on;
  };
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (parseLiveMessage(event.data)?.type === 'live-hello') publish();
  });

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${api}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${session?.presenterToken ?? ''}`,
        ...init.headers,
      },
    });

  async function readStream(current: Session, abort: AbortController): Promise<void> {
    while (!abort.signal.aborted && session === current) {
      try {
        const response = await call(`/live/sessions/${current.code}/stream`, { signal: abort.signal });
        if (response.status === 401) {
          say('ライブが終わっているか、期限が切れました。');
          forget();
          return;
        }
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        say(`ライブ中（参加コード ${current.code}）`);
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const taken = takeSseData(buffer + decoder.decode(value, { stream: true }));
          buffer = taken.rest;
          for (const data of taken.data) {
            state.tally = JSON.parse(data) as LiveTally;
            publish();
          }
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      // The bot restarted or the network dropped: reconnect by itself.
      say('接続が切れました。つなぎ直しています…');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  function connect(current: Session): void {
    stream?.abort();
    stream = new AbortController();
    void readStream(current, stream);
  }

  function forget(): void {
    stream?.abort();
    session = undefined;
    opened = undefined;
    state.join = null;
    state.showJoin = false;
    localStorage.removeItem(sessionStore);
    publish();
  }

  /** Opens the question of the quiz slide on screen; closes it at the reveal step or when the slide is left. */
  async function followSlide(): Promise<void> {
    if (!session) return;
    const unit = units.find((u) => u.getAttribute('aria-current') === 'step');
    // Once the answer is on screen nobody may change theirs, and closing is what tells each
    // participant in LINE whether they were right.
    const asking = unit !== undefined && Number(unit.dataset.step ?? 0) === 0;
    const questionId = asking ? unit.dataset.questionId : undefined;
    if (questionId === opened) return;
    opened = questionId;
    if (questionId) {
      state.showJoin = false;
      await openQuestion(session, questionId);
    } else {
      await call(`/live/sessions/${session.code}/close`, { method: 'POST' });
    }
    publish();
  }

  /** Opens the question, pushed when the instructor asked; a room too large for the month opens unpushed. */
  async function openQuestion(current: Session, questionId: string): Promise<void> {
    const open = (push: boolean) =>
      call(`/live/sessions/${current.code}/open`, {
        method: 'POST',
        body: JSON.stringify(push ? { questionId, push } : { questionId }),
      });
    if (!pushQuestions) {
      await open(false);
      return;
    }
    const response = await open(true);
    const body: unknown = await response.json().catch(() => undefined);
    const refusal = response.status === 409 ? parsePushRefusal(body) : undefined;
    if (refusal) {
      pushQuestions = false;
      await open(false);
      say(pushRefusedText(refusal));
    } else if (response.ok) say(pushedText(Number((body as { pushed?: unknown }).pushed) || 0));
  }

  async function start(): Promise<void> {
    const key = localStorage.getItem(KEY_STORE);
    if (!key) {
      if (keyForm) keyForm.hidden = false;
      keyInput?.focus();
      say('講師キーを入れてください（このブラウザに保存します）。');
      return;
    }
    say('ライブを準備しています…');
    const response = await fetch(`${api}/live/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ deckId }),
    }).catch(() => undefined);
    if (!response) return say('ボットのサーバーにつながりません。');
    if (response.status === 401) {
      localStorage.removeItem(KEY_STORE);
      if (keyForm) keyForm.hidden = false;
      return say('講師キーがちがいます。もう一度入れてください。');
    }
    if (response.status !== 201) return say(`ライブを始められませんでした（${response.status}）。`);
    const created = (await response.json()) as Omit<Session, 'webUrl'>;
    begin({ ...created, webUrl: `${api}/live/${created.code}` });
    state.showJoin = true;
    publish();
    await followSlide();
  }

  function begin(next: Session): void {
    session = next;
    opened = undefined;
    state.join = {
      code: next.code,
      joinUrl: next.joinUrl,
      addFriendUrl: next.addFriendUrl,
      webUrl: next.webUrl,
    };
    localStorage.setItem(sessionStore, JSON.stringify(next));
    connect(next);
    publish();
  }

  async function end(): Promise<void> {
    if (!session) return;
    const current = session;
    await call(`/live/sessions/${current.code}/end`, { method: 'POST' });
    const response = await call(`/live/sessions/${current.code}/results`);
    if (response.ok) {
      const results = (await response.json()) as LiveResults;
      localStorage.setItem(`mamoru-live:results:${current.code}`, JSON.stringify(results));
      if (resultsLink) {
        resultsLink.href = `/live/results/?code=${encodeURIComponent(current.code)}`;
        resultsLink.hidden = false;
      }
    }
    forget();
    say(`ライブを終えました（参加コード ${current.code}）。`);
  }

  keyForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = keyInput?.value.trim();
    if (!key) return;
    localStorage.setItem(KEY_STORE, key);
    if (keyInput) keyInput.value = '';
    keyForm.hidden = true;
    void start();
  });
  startButton?.addEventListener('click', () => void start());
  endButton?.addEventListener('click', () => void end());
  joinButton?.addEventListener('click', () => {
    state.showJoin = !state.showJoin;
    publish();
  });
  pushButton?.addEventListener('click', () => {
    pushQuestions = !pushQuestions;
    publish();
  });
  hideButton?.addEventListener('click', () => {
    state.hideBars = !state.hideBars;
    publish();
  });
  for (const unit of units)
    new MutationObserver(() => void followSlide()).observe(unit, {
      attributes: true,
      attributeFilter: ['aria-current', 'data-step'],
    });

  // `npm start` prints a presenter link with ?live-key=...: keep the key, drop it from the address.
  const url = new URL(location.href);
  const linkKey = url.searchParams.get('live-key');
  if (linkKey) {
    localStorage.setItem(KEY_STORE, linkKey);
    url.searchParams.delete('live-key');
    history.replaceState(history.state, '', url);
  }

  // A reload in mid-seminar picks the session up again.
  const saved = localStorage.getItem(sessionStore);
  if (saved) {
    try {
      begin(JSON.parse(saved) as Session);
      void followSlide();
    } catch {
      localStorage.removeItem(sessionStore);
    }
  }
  publish();
}
