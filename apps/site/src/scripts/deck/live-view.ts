import { tallyPercents } from '@mamoru/decks/runtime';
import type { LiveState } from './live-protocol.ts';
import { qrImageUrl } from './live-qr.ts';
import { showTally } from './quiz-tally.ts';
import '../../styles/deck-live.css';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The join slide: shown over the deck when the presenter asks for it. */
async function renderJoin(host: HTMLElement, state: LiveState): Promise<void> {
  let overlay = host.querySelector<HTMLElement>(':scope > .live-join');
  const join = state.join;
  if (!join || !state.showJoin) {
    if (overlay) overlay.hidden = true;
    return;
  }
  if (!overlay || overlay.dataset.code !== join.code) {
    overlay?.remove();
    overlay = element('section', 'live-join');
    overlay.dataset.code = join.code;
    overlay.setAttribute('aria-label', '参加の案内');
    const qr = element('img', 'live-join-qr');
    qr.alt = `LINE で「参加 ${join.code}」を送る QR コード`;
    qr.dataset.liveJoinQr = join.joinUrl;
    qr.src = await qrImageUrl(join.joinUrl);
    const friend = element('img', 'live-join-friend');
    friend.alt = 'まもるを友だちに追加する QR コード';
    friend.src = await qrImageUrl(join.addFriendUrl);
    const steps = element('div', 'live-join-text');
    steps.append(
      element('h2', 'live-join-title', 'LINE でクイズに参加'),
      element('p', 'live-join-step', 'QR コードを読んで、そのまま送信してください。'),
      element('p', 'live-join-code-label', '参加コード'),
      element('p', 'live-join-code', join.code),
      element('p', 'live-join-step', `または LINE で「参加 ${join.code}」と送ってください。`),
      element('p', 'live-join-web', `LINE を使わない方: ${join.webUrl.replace(/^https?:\/\//, '')}`),
    );
    const friendBox = element('figure', 'live-join-friend-box');
    friendBox.append(friend, element('figcaption', '', 'まだ友だちでない方はこちらから'));
    overlay.append(qr, steps, friendBox);
    host.append(overlay);
  }
  overlay.hidden = false;
}

/** Counts, percents and bars on the quiz slide of the tally's question, plus joined/answered. */
function renderTally(units: readonly HTMLElement[], state: LiveState, presenter: boolean): void {
  const tally = state.tally;
  for (const unit of units) {
    const summary = unit.querySelector<HTMLElement>('.live-summary');
    if (!tally || unit.dataset.questionId !== tally.questionId) {
      if (summary) summary.hidden = true;
      continue;
    }
    const box = summary ?? element('p', 'live-summary');
    if (!summary) unit.querySelector('.quiz-choices')?.after(box);
    box.hidden = false;
    box.textContent = `参加 ${tally.participants}人・回答 ${tally.answered}人${tally.open ? '（受付中）' : '（締め切り）'}`;
  }
  if (!tally?.questionId) return;
  const root = units[0]?.parentElement ?? document;
  showTally(root, tally.questionId, tally.counts);
  const percents = tallyPercents(tally.counts);
  for (const unit of units) {
    if (unit.dataset.questionId !== tally.questionId) continue;
    const revealed = Number(unit.dataset.step ?? 0) > 0;
    for (const choice of unit.querySelectorAll<HTMLElement>('.quiz-choice')) {
      const index = Number(choice.dataset.choiceIndex);
      const count = choice.querySelector<HTMLElement>('.quiz-tally-count');
      if (count) count.textContent = `${tally.counts[index] ?? 0}人（${percents[index] ?? 0}%）`;
      const slot = choice.querySelector<HTMLElement>('[data-quiz-tally]');
      // Early answers must not sway later ones: the projector hides the bars until the reveal.
      if (slot) slot.hidden = !presenter && state.hideBars && !revealed;
    }
  }
}

/** Shows the live state in this window (audience or presenter). */
export function renderLive(
  host: HTMLElement,
  units: readonly HTMLElement[],
  state: LiveState,
  presenter: boolean,
): void {
  renderTally(units, state, presenter);
  if (!presenter) void renderJoin(host, state);
}
