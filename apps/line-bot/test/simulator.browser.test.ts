import { launchBrowser } from '@mamoru/browser-testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, userId } from './helpers/harness.ts';

let h: Harness;
let browser: Browser;
beforeAll(async () => {
  h = await startHarness();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the simulator page', () => {
  it('takes a user through one question: follow, topic, answer, explanation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const u = userId();
    await page.goto(`${h.simulatorUrl}/?user=${u}`);
    await page.getByRole('button', { name: '友だち追加' }).click();
    await expect.poll(() => page.getByText('まもるへようこそ', { exact: false }).count()).toBe(1);
    await page.locator('#quick').getByRole('button', { name: '経営者の役割' }).click();
    await expect.poll(() => page.getByText('1 / 3', { exact: false }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^ア / }).first().click();
    await expect.poll(() => page.getByText('正解です', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('右が正しい理由です。').count()).toBe(1);
    expect(await page.getByRole('button', { name: '次の問題へ' }).count()).toBe(1);
    // Typed text goes through the same path.
    await page.getByLabel('メッセージ').fill('成績');
    await page.getByRole('button', { name: '送信' }).click();
    await expect.poll(() => page.getByText('成績（正解 / 回答）').count()).toBe(1);
    const answers = await h.bot.store.db.query('SELECT question_id FROM answers WHERE user_key = $1', [u]);
    expect(answers.rows).toHaveLength(1);
    await context.close();
  });

  it('「時間を進める」 brings a missed question back for review, and quick replies scroll in their row at 390 px', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const u = userId();
    await page.goto(`${h.simulatorUrl}/?user=${u}`);
    await page.getByRole('button', { name: '友だち追加' }).click();
    await page.locator('#quick').getByRole('button', { name: 'お金をかけない対策' }).click();
    await page.getByRole('button', { name: /^イ / }).first().click();
    await expect.poll(() => page.getByText('不正解', { exact: false }).count()).toBeGreaterThan(0);
    const send = async (text: string) => {
      await page.getByLabel('メッセージ').fill(text);
      await page.getByRole('button', { name: '送信' }).click();
    };
    await send('復習');
    await expect.poll(() => page.getByText('いま復習する問題はありません', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: '時間を進める' }).click();
    await expect.poll(() => page.getByText('に進めました', { exact: false }).count()).toBe(1);
    await send('復習');
    await expect.poll(() => page.getByText('復習する問題が 1問 あります', { exact: false }).count()).toBe(1);

    await send('ヘルプ'); // 8 quick replies: wider than the screen
    await expect.poll(() => page.locator('#quick button').count()).toBe(8);
    const widths = {
      page: await page.locator('html').evaluate((html) => html.scrollWidth),
      row: await page.locator('#quick').evaluate((quick) => quick.scrollWidth),
      shown: await page.locator('#quick').evaluate((quick) => quick.clientWidth),
    };
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.row).toBeGreaterThan(widths.shown); // the row scrolls inside itself
    await context.close();
  });
});
