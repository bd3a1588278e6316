/**
 * Persona 2 of the usability report (佐藤さん, 28, a part-time clerk) in LINE on a phone, 390 x 844,
 * at the normal text size and with the browser's text doubled: what she typed and tapped, in the
 * simulator page, against the real content, the real SDK and the fake LINE platform.
 *
 * The simulator draws LINE's Flex buttons and quick replies with its own CSS (LINE does not publish
 * its pixel sizes), so the 44 px check is on the simulator's drawing of them: Flex buttons, quick
 * replies, the rich menu and 送信. The simulator's own tools (友だち追加, 時間を進める …) are not LINE's
 * and are left out.
 */

import {
  launchBrowser,
  PHONE,
  scrollsSideways,
  setTextSize,
  smallTapTargets,
  TEXT_SIZES,
  type TextSize,
} from '@mamoru/browser-testing';
import type { QuizQuestion } from '@mamoru/quiz';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHOICE_MARKS } from '../../src/messages/question.ts';
import { realCatalog, SITE_URL } from '../helpers/catalog.ts';
import { type Harness, startHarness, userId } from '../helpers/harness.ts';

/** What LINE draws and she taps. */
const LINE_TARGETS = ['.fx-button', '#quick button', '#richmenu button', '#composer button'].join(', ');
/** A lesson whose set has a multiple-answer question (all its questions fit in one set). */
const MULTIPLE_LESSON = 'basic-measures/desk-and-room';

let h: Harness;
let browser: Browser;
const catalog = realCatalog();
beforeAll(async () => {
  h = await startHarness({ catalog });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  expect(h.fake.rejected).toEqual([]); // every reply passed the fake platform's LINE schema check
  await h?.stop();
});

describe.each(TEXT_SIZES)('佐藤さん in LINE on a phone, %s text', (size: TextSize) => {
  async function open(): Promise<{ page: Page; user: string; errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await setTextSize(context, page, size);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const user = userId();
    await page.goto(`${h.simulatorUrl}/?user=${user}`);
    await page.getByRole('button', { name: '友だち追加' }).click();
    await expect.poll(() => page.getByText('まもるへようこそ', { exact: false }).count()).toBe(1);
    return { page, user, errors };
  }

  async function send(page: Page, text: string) {
    await page.getByLabel('メッセージ').fill(text);
    await page.getByRole('button', { name: '送信' }).click();
  }

  /** The bot's last bubble on the page. */
  const lastBubble = (page: Page) => page.locator('#chat li.bot .bubble').last();

  /** Nothing scrolls sideways and every LINE button on screen is at least 44 px. */
  async function checkLayout(page: Page) {
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page, LINE_TARGETS)).toEqual([]);
  }

  it('「ウイルスに感染したかも」 gets the first steps and a button that opens 困ったときは', async () => {
    const { page, errors } = await open();
    await checkLayout(page);
    await send(page, 'ウイルスに感染したかも');
    const steps = lastBubble(page);
    await expect
      .poll(() => steps.getByText('ネットから外します', { exact: false }).count())
      .toBeGreaterThan(0);
    expect(await steps.textContent()).toContain('困ったときは');
    await page
      .context()
      .route(`${SITE_URL}/**`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>困ったときは</title>' }),
      );
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      steps.getByRole('button', { name: /困ったときは/ }).click(),
    ]);
    expect(popup.url()).toBe(`${SITE_URL}/help/`);
    await checkLayout(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('「テーマを選ぶ」 shows the topics as cards to swipe, each with what it is about', async () => {
    const { page, errors } = await open();
    await send(page, 'テーマを選ぶ');
    const carousel = page.locator('#chat li.bot .carousel').last();
    await carousel.waitFor();
    const topics = catalog.quizTopics;
    expect(await carousel.locator('.bubble').count()).toBe(Math.ceil(topics.length / 5));
    expect(await carousel.textContent()).toContain(topics[0]?.description);
    // The row scrolls inside the chat; the page does not scroll sideways.
    await checkLayout(page);
    const last = topics.at(-1);
    if (!last) throw new Error('no topics');
    const button = carousel.getByRole('button', { name: last.title, exact: true });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect
      .poll(() => page.locator('#chat li.bot').last().textContent())
      .toContain(`「${last.title}」のどの問題にしますか`);
    await checkLayout(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('「パスワード」 gets the lesson and its quiz', async () => {
    const { page, errors } = await open();
    await send(page, 'パスワード');
    const match = lastBubble(page);
    await expect.poll(() => match.getByText('このレッスンが近そうです').count()).toBe(1);
    expect(await match.textContent()).toContain(
      catalog.lessons.get('basic-measures/passwords-and-access')?.title,
    );
    await checkLayout(page);
    await match.getByRole('button', { name: 'クイズ' }).first().click();
    await expect.poll(() => lastBubble(page).getAttribute('aria-label')).toMatch(/^パスワード.*・1 \/ \d/);
    await checkLayout(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts a set, double-taps the right choices of a multiple answer, and is graded right', async () => {
    const { page, user, errors } = await open();
    const lesson = catalog.lessons.get(MULTIPLE_LESSON);
    const multiple = catalog.bank.questions.filter(
      (q) => q.lesson === MULTIPLE_LESSON && q.type === 'multiple',
    );
    if (!lesson || multiple.length === 0)
      throw new Error(
        `${MULTIPLE_LESSON} has no multiple-answer question; point this test at a lesson that has one`,
      );
    const shown = lesson.title.replace(/（[^）]*）/gu, '').trim();
    await send(page, `${shown}のクイズ`);

    const acts: string[] = [];
    // Answered acts: the fake platform has handed the event to the bot's webhook by then.
    page.on('response', (response) => {
      if (response.url().endsWith('/sim/act')) acts.push(response.request().postData() ?? '');
    });
    const botMessages = () => h.fake.botMessages(user).length;
    /** Waits until the bot is done and the page shows everything it sent. */
    const settled = async () => {
      await h.bot.worker.drain();
      await expect.poll(() => page.locator('#chat li.bot').count()).toBe(botMessages());
    };

    for (let asked = 0; asked < 10; asked++) {
      await settled();
      await expect.poll(() => lastBubble(page).getAttribute('aria-label')).toContain(shown);
      const question = await currentQuestion(h, user);
      const right = question.answer.map((i) => `${CHOICE_MARKS[i]} ${question.choices[i]?.label}`);
      const first = right[0] ?? '';
      if (question.type !== 'multiple') {
        await lastBubble(page).getByRole('button', { name: first, exact: true }).click();
        await expect.poll(() => lastBubble(page).getAttribute('aria-label')).toContain('正解です');
        await lastBubble(page).getByRole('button', { name: '次の問題へ' }).click();
        continue;
      }
      await checkLayout(page);
      for (const [n, choice] of right.entries()) {
        await settled();
        const before = botMessages();
        const sentBefore = acts.length;
        // The first tap is on the question card; the next ones on the selection under it.
        const target = lastBubble(page).getByRole('button', {
          name: n === 0 ? choice : `☐ ${choice}`,
          exact: true,
        });
        await target.dblclick();
        await expect.poll(() => acts.length).toBe(sentBefore + 2); // both taps reached the bot
        await settled();
        expect(botMessages()).toBe(before + 1); // one selection bubble, no copy for the second tap
        await checkLayout(page);
      }
      const marks = question.answer.map((i) => CHOICE_MARKS[i]).join('・');
      const graded = page.locator('#chat li.bot .bubble[aria-label*="⭕ 正解です"]');
      const gradedBefore = await graded.count();
      const answersBefore = acts.length;
      await lastBubble(page)
        .getByRole('button', { name: `これで答える（${marks}）` })
        .click();
      // The tap must reach the bot before waiting for it: draining an empty inbox returns at once.
      await expect.poll(() => acts.length).toBe(answersBefore + 1);
      await settled(); // the result, and the summary when it was the set's last question
      await expect.poll(() => graded.count()).toBe(gradedBefore + 1);
      await checkLayout(page);
      const rows = await h.bot.store.db.query(
        'SELECT correct, choices FROM answers WHERE user_key = $1 AND question_id = $2',
        [user, question.id],
      );
      expect(rows.rows).toHaveLength(1);
      expect(Boolean(rows.rows[0]?.correct)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
      return;
    }
    throw new Error(`the ${MULTIPLE_LESSON} set showed no multiple-answer question in 10 questions`);
  });
});

/** The question the user's session shows now (the next unanswered one). */
async function currentQuestion(h: Harness, user: string): Promise<QuizQuestion> {
  const { rows } = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [user]);
  const { session } = JSON.parse(String(rows[0]?.state));
  const id = session.questionIds[session.answers.length];
  const question = realCatalog().bank.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no current question for ${user}`);
  return question;
}
