import { launchBrowser } from '@mamoru/browser-testing';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BASIC_ID } from '../src/local/fake-line.ts';
import { joinLink } from '../src/messages/team.ts';
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

/** Decodes a PNG screenshot the way a phone camera would see it: pixels in, text out (jsQR). */
async function readQr(page: Page, png: Buffer): Promise<string | undefined> {
  const pixels = await page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, rgba: Array.from(data.data) };
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  return jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data;
}

describe('the printable team invite in chromium', () => {
  it('shows a QR code that opens LINE with the join message, and prints on one A4 page', async () => {
    const owner = userId();
    await h.act(owner, { kind: 'follow' });
    await h.say(owner, 'チームを作る');
    const made = await h.say(owner, '山田商店');
    const guide = String((made[1] as { text?: string }).text);
    const url = /https?:\/\/\S+\/teams\/invite\/[0-9A-Z]{10}/.exec(guide)?.[0];
    if (!url) throw new Error(`no invite page link in ${guide}`);
    const code = url.slice(-10);

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('山田商店');

    // The code in large type, readable from a few steps away, and copied back as one code.
    const codeText = page.locator('.code');
    expect((await codeText.textContent())?.trim()).toBe(code);
    const fontPx = await codeText.evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(36);
    // One column on a phone: nothing wider than the screen.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);

    // The QR as a camera would read it from the screen.
    const shot = await page.getByRole('img', { name: 'LINEで参加するためのQRコード' }).screenshot();
    expect(await readQr(page, shot)).toBe(joinLink(FAKE_BASIC_ID, code));
    // On the phone itself, a link does the same.
    expect(await page.getByRole('link', { name: /LINEを開いて参加する/ }).getAttribute('href')).toBe(
      joinLink(FAKE_BASIC_ID, code),
    );

    // Printed: A4 (595 x 842 points), one sheet, and the QR still readable on paper.
    await page.emulateMedia({ media: 'print' });
    const printedShot = await page.screenshot({ fullPage: true });
    expect(await readQr(page, printedShot)).toBe(joinLink(FAKE_BASIC_ID, code));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const raw = pdf.toString('latin1');
    const sizes = [...raw.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
    );
    expect(sizes).toEqual(['595x842']);
    expect(refused).toEqual([]); // the CSP refused nothing
    await context.close();
  });
});
