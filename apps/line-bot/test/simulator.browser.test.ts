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

  it('/team plays an owner and two staff side by side: each sees their own chat, the owner sees who studied', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${h.simulatorUrl}/team`);
    await page.getByRole('button', { name: '場面を用意する' }).click();
    await expect.poll(() => page.locator('iframe').count()).toBe(3);
    const owner = page.frameLocator('iframe[title="社長（山田商店）のLINE"]');
    const sato = page.frameLocator('iframe[title="佐藤さんのLINE"]');
    const suzuki = page.frameLocator('iframe[title="鈴木さんのLINE"]');
    // Each chat shows its own story: the owner's invite, the staff's consent and joining.
    await expect.poll(() => owner.getByText('チームを作りました', { exact: false }).count()).toBe(1);
    for (const [staff, name] of [
      [sato, '佐藤'],
      [suzuki, '鈴木'],
    ] as const) {
      // The consent card, before joining: what the person running the team never sees.
      await expect.poll(() => staff.getByText('・どの答えを選んだか').count()).toBe(1);
      await expect
        .poll(() => staff.getByText(`「${name}」として参加します`, { exact: false }).count())
        .toBe(1);
      await expect
        .poll(() => staff.getByText('「山田商店」に参加しました', { exact: false }).count())
        .toBe(1);
      expect(await staff.getByText('チームを作りました', { exact: false }).count()).toBe(0);
    }
    // The owner's guide links to the printable invite.
    const invite = owner.getByRole('link', { name: /\/teams\/invite\// });
    expect(await invite.getAttribute('href')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/teams\/invite\/[0-9A-Z]{10}$/,
    );

    // 佐藤 answers one question; the owner then sees that 佐藤 studied and 鈴木 not yet.
    await sato.getByLabel('メッセージ').fill('経営者の役割'); // a topic's name starts its questions
    await sato.getByRole('button', { name: '送信' }).click();
    await sato.getByRole('button', { name: /^ア / }).first().click();
    await expect.poll(() => sato.getByText(/正解です|不正解/).count()).toBeGreaterThan(0);
    await owner.getByLabel('メッセージ').fill('チームの様子');
    await owner.getByRole('button', { name: '送信' }).click();
    await expect.poll(() => owner.getByText('月に学んだ人: 1 / 2人', { exact: false }).count()).toBe(1);
    await expect.poll(() => owner.getByText('1問・1日').count()).toBe(1);
    expect(await owner.getByText('まだ', { exact: true }).count()).toBe(1);
    // A staff member asking for the team's view is refused politely.
    await suzuki.getByLabel('メッセージ').fill('チームの様子');
    await suzuki.getByRole('button', { name: '送信' }).click();
    await expect.poll(() => suzuki.getByText('が決めた人だけが見られます', { exact: false }).count()).toBe(1);
    await context.close();
  });
});
