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
});
