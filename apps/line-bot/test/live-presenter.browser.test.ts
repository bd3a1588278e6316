import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goToSlide,
  type LiveSite,
  OPERATOR,
  openDeckWindows,
  SITE_DIR,
  startLiveSite,
  startSession,
} from './helpers/live-site.ts';

const siteRequire = createRequire(join(SITE_DIR, 'package.json'));
/** The site's QR encoder (the one the presenter view bundles). */
const QRCode = siteRequire('qrcode') as { toString(text: string, options: object): Promise<string> };

let live: LiveSite;

beforeAll(async () => {
  live = await startLiveSite();
  expect(live.headers['content-security-policy']).toContain(
    `connect-src 'self' http://127.0.0.1:${live.botPort};`,
  );
}, 300_000);
afterAll(async () => {
  await live?.stop();
});

const DECK = 'owner-60';
const counts = (page: Page, questionId: string) =>
  page.locator(`.slide-unit[data-question-id="${questionId}"] .quiz-tally-count`).allTextContents();

describe('a live seminar from the presenter view', () => {
  it('starts, shows the join QR, counts the room in both windows, hides and reveals, ends with results and CSV', async () => {
    const { audience, presenter, errors } = await openDeckWindows(live, DECK);
    const { local, context, site } = live;
    const code = await startSession(live, presenter, audience);
    const qr = audience.locator('.live-join-qr');
    expect(code).toMatch(/^[0-9]{4,6}$/);
    const joinUrl = `https://line.me/R/oaMessage/%40000mamoru/?%E5%8F%82%E5%8A%A0%20${code}`;
    expect(await qr.getAttribute('data-live-join-qr')).toBe(joinUrl);
    // No QR decoder is installed: the image must be exactly the encoder's output for the link.
    const expected = await QRCode.toString(joinUrl, {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    });
    expect(decodeURIComponent((await qr.getAttribute('src'))?.split(',')[1] ?? '')).toBe(expected);
    // The key is kept in this browser.
    expect(await presenter.evaluate(() => localStorage.getItem('mamoru-live:instructor-key'))).toBe(
      local.liveKey,
    );

    // The first quiz slide opens its question.
    const quiz = presenter.locator('[data-presenter-current] .slide-unit[data-kind="quiz"]').first();
    const questionId = (await quiz.getAttribute('data-question-id')) ?? '';
    const slide = Number(await quiz.getAttribute('data-slide-number'));
    await goToSlide(presenter, slide);
    await expect.poll(() => audience.locator('.live-join').isVisible()).toBe(false);
    await expect.poll(() => presenter.locator('.live-summary').first().textContent()).toContain('受付中');

    // Five simulated participants: three pick the first choice, two the second.
    const picks = [0, 0, 0, 1, 1];
    const choiceData: string[][] = [];
    for (const [i, pick] of picks.entries()) {
      const user = `U${String(i).padStart(8, '0')}${'b'.repeat(24)}`;
      await local.fake.userDoes(user, { kind: 'text', text: `参加 ${code}` });
      await local.fake.waitFor(() => local.fake.botMessages(user).length >= 2);
      const card = local.fake.botMessages(user).at(-1)?.message as {
        contents: { footer: { contents: { action: { data: string } }[] } };
      };
      choiceData.push(card.contents.footer.contents.map((button) => button.action.data));
      const data = card.contents.footer.contents[pick]?.action.data ?? '';
      await local.fake.userDoes(user, { kind: 'postback', data });
    }
    await expect
      .poll(() => counts(presenter, questionId))
      .toEqual(expect.arrayContaining(['3人（60%）', '2人（40%）']));
    await expect
      .poll(() => counts(audience, questionId))
      .toEqual(expect.arrayContaining(['3人（60%）', '2人（40%）']));
    await expect
      .poll(() => audience.locator('.slide-unit[aria-current] .live-summary').textContent())
      .toBe('参加 5人・回答 5人（受付中）');

    // Hidden until the reveal on the projector; the presenter still sees them.
    await presenter.getByRole('button', { name: '集計を答えまで隠す' }).click();
    await expect
      .poll(() => audience.locator('.slide-unit[aria-current] [data-quiz-tally]').first().isVisible())
      .toBe(false);
    expect(
      await presenter
        .locator('[data-presenter-current] .slide-unit[aria-current] [data-quiz-tally]')
        .first()
        .isVisible(),
    ).toBe(true);
    await presenter.getByRole('button', { name: '次へ' }).click(); // the reveal step
    await expect
      .poll(() => audience.locator('.slide-unit[aria-current] [data-quiz-tally]').first().isVisible())
      .toBe(true);
    // The reveal closes the question: the bars stay, and an answer changed after seeing it counts for nothing.
    await expect.poll(() => presenter.locator('.live-summary').first().textContent()).toContain('締め切り');
    const late = `U${'0'.repeat(8)}${'b'.repeat(24)}`;
    const before = local.fake.botMessages(late).length;
    await local.fake.userDoes(late, {
      kind: 'postback',
      data: choiceData[0]?.[1] ?? '',
    });
    await local.fake.waitFor(() => local.fake.botMessages(late).length > before);
    expect(await counts(presenter, questionId)).toEqual(expect.arrayContaining(['3人（60%）', '2人（40%）']));

    await presenter.getByRole('button', { name: 'ライブを終える' }).click();
    const link = presenter.locator('[data-live-results]');
    await link.waitFor();
    const results = await context.newPage();
    await results.goto(`${site.url}${await link.getAttribute('href')}`);
    await expect
      .poll(() => results.locator('[data-live-results-summary]').textContent())
      .toContain('参加 5人');
    const row = results.locator(`tr[data-question-id="${questionId}"]`);
    expect(await row.locator('td').nth(1).textContent()).toBe('5人');
    const [download] = await Promise.all([
      results.waitForEvent('download'),
      results.locator('[data-live-csv]').click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    // The CSV agrees with the page: answered, correct rate, then the count of each choice.
    const rate = ((await row.locator('td').nth(2).textContent()) ?? '').replace('%', '');
    expect(lines[1]).toMatch(new RegExp(`^${questionId},.+,5,${rate},3,2(,0)*$`));
    expect(errors).toEqual([]);
  }, 120_000);

  it('the operator build of the site names the operator in its privacy notice', async () => {
    const page = await live.context.newPage();
    await page.goto(`${live.site.url}/privacy/`);
    const operator = page.locator('#operator');
    expect(await operator.textContent()).toContain(OPERATOR.OPERATOR_NAME);
    expect(await operator.textContent()).toContain(OPERATOR.OPERATOR_CONTACT);
    expect(await page.locator('.notice-missing').count()).toBe(0);
  });
});
