import { type LiveState, liveChannelName, parseLiveMessage } from './live-protocol.ts';
import { renderLive } from './live-view.ts';

// The audience window follows the presenter's live seminar (join slide, counts, bars) over a
// BroadcastChannel; it never talks to the bot itself.
const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck && typeof BroadcastChannel !== 'undefined') {
  const units = [...deck.querySelectorAll<HTMLElement>('.slide-unit')];
  const channel = new BroadcastChannel(liveChannelName(deck.dataset.deckId ?? ''));
  let state: LiveState | undefined;
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseLiveMessage(event.data);
    if (message?.type !== 'live-state') return;
    state = message.state;
    renderLive(document.body, units, state, false);
  });
  // The reveal step shows hidden bars: follow this window's own step changes.
  new MutationObserver(() => {
    if (state) renderLive(document.body, units, state, false);
  }).observe(deck, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
  channel.postMessage({ type: 'live-hello' });
}
