import { launchBrowser } from '@mamoru/browser-testing';
import { Resvg } from '@resvg/resvg-js';
import jsqr from 'jsqr';
import type { Browser } from 'playwright-core';
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

/**
 * Decodes a PNG screenshot the way a phone camera would see it: pixels in, text out (jsQR). resvg
 * (already the rich menu's renderer) turns the PNG into raw RGBA by drawing it as an SVG image.
 */
function readQr(png: Buffer): string | undefined {
  const width = png.readUInt32BE(16); // the IHDR chunk: width, then height
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg).render();
  // jsqr is CommonJS: under NodeNext its default export is the module, with the function on `.default`.
  return jsqr.default(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
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
    // Its line is at least 40 px high (body text is 17 px).
    expect((await codeText.boundingBox())?.height).toBeGreaterThanOrEqual(40);
    // One column on a phone: nothing wider than the screen.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);

    // The QR as a camera would read it from the screen.
    const shot = await page.getByRole('img', { name: 'LINEで参加するためのQRコード' }).screenshot();
    expect(await readQr(shot)).toBe(joinLink(FAKE_BASIC_ID, code));
    // On the phone itself, a link does the same.
    expect(await page.getByRole('link', { name: /LINEを開いて参加する/ }).getAttribute('href')).toBe(
      joinLink(FAKE_BASIC_ID, code),
    );

    // Printed: A4 (595 x 842 points), one sheet, and the QR still readable on paper.
    await page.emulateMedia({ media: 'print' });
    const printedShot = await page.getByRole('img', { name: 'LINEで参加するためのQRコード' }).screenshot();
    expect(await readQr(printedShot)).toBe(joinLink(FAKE_BASIC_ID, code));
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
