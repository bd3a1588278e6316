import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PUSH_RESERVE } from '../src/push-budget/push-budget.ts';
import {
  goToSlide,
  type LiveSite,
  openDeckWindows,
  startLiveSite,
  startSession,
} from './helpers/live-site.ts';

let live: LiveSite;

beforeAll(async () => {
  live = await startLiveSite();
}, 300_000);
afterAll(async () => {
  await live?.stop();
});

describe('the presenter view pushes opened questions only when asked, within the month', () => {
  it('pushes the first question to the room, then refuses the second with the numbers and opens it without push', async () => {
    const { audience, presenter, errors } = await openDeckWindows(live, 'owner-60');
    const { local } = live;
    const code = await startSession(live, presenter, audience);
    const users = [0, 1, 2].map((i) => `U${String(i).padStart(8, '0')}${'e'.repeat(24)}`);
    for (const user of users) {
      await local.fake.userDoes(user, { kind: 'text', text: `参加 ${code}` });
      await local.fake.waitFor(() => local.fake.botMessages(user).length >= 1);
    }
    // Room for exactly three pushes this month, beyond what the bot keeps back for late replies.
    local.fake.setQuota(DEFAULT_PUSH_RESERVE + 3);
    const pushes = () => local.fake.transcript.filter((e) => e.via === 'push');
    const toggle = presenter.getByRole('button', { name: '問題を LINE でも送る（月の無料通数を使う）' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    const quizzes = presenter.locator('[data-presenter-current] .slide-unit[data-kind="quiz"]');
    const first = quizzes.nth(0);
    await goToSlide(presenter, Number(await first.getAttribute('data-slide-number')));
    await local.fake.waitFor(() => pushes().length === 3);
    expect(new Set(pushes().map((e) => e.chatId))).toEqual(new Set(users));
    const status = presenter.locator('[data-live-status]');
    await expect.poll(() => status.textContent()).toBe('問題を LINE で 3人に送りました。');

    // The month is used up now: the next question is not pushed; the numbers say why.
    const second = quizzes.nth(1);
    const secondId = (await second.getAttribute('data-question-id')) ?? '';
    await goToSlide(presenter, Number(await second.getAttribute('data-slide-number')));
    await expect
      .poll(() => status.textContent())
      .toContain('参加者 3人に送るには 3通いりますが、今月の残りは 0通です（今月の上限 23通、使用 3通）');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // It was opened anyway (replies cost nothing), and nobody got a push for it.
    await expect
      .poll(() =>
        presenter.locator(`.slide-unit[data-question-id="${secondId}"] .live-summary`).first().textContent(),
      )
      .toContain('受付中');
    expect(pushes()).toHaveLength(3);
    // A participant's next tap gets the open question by reply.
    await local.fake.userDoes(users[0] as string, { kind: 'text', text: '次の問題' });
    const last = () => local.fake.botMessages(users[0] as string).at(-1);
    await local.fake.waitFor(() => JSON.stringify(last()?.message).includes(`q=${secondId}&`));
    expect(last()?.via).toBe('reply');
    expect(errors).toEqual([]);
  }, 120_000);
});
