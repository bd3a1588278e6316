import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser } from '@mamoru/browser-testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, userId } from './helpers/harness.ts';
import { createTeam, joinTeam } from './helpers/teams.ts';

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it, spaces removed (it splits CJK lines). */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'record-')), 'record.pdf');
  writeFileSync(file, pdf);
  const { stdout } = await run('pdftotext', [file, '-']);
  return stdout.replace(/\s+/g, '');
}

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

describe('the training record page in a browser', () => {
  it('prints on A4 with one table of the members, their names, and no download button', async () => {
    const owner = userId();
    const code = await createTeam(h, owner, '山田商店');
    await h.say(owner, '今月のテーマ お金をかけない対策');
    const names = ['佐藤花子', '鈴木一郎', '高橋'];
    for (const name of names) {
      const u = userId();
      await joinTeam(h, u, code, name);
      const question = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' });
      await h.tap(u, h.button(question, /^ア /));
    }
    const reply = await h.say(owner, '受講記録');
    const url = h.button(reply, '受講記録を開く').uri as string;

    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text()); // a CSP refusal of the style would show here
    });
    await page.goto(url);
    expect(await page.locator('table').count()).toBe(1);
    expect(await page.locator('tbody tr').count()).toBe(3);
    // The style applied (its hash is in the CSP): the table's header cells are grey.
    const grey = 'getComputedStyle(document.querySelector("thead th")).backgroundColor';
    expect(await page.evaluate(grey)).toBe('rgb(238, 238, 238)');
    // On a phone the page itself does not scroll sideways (only the table's box may).
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // A4 portrait: 210 x 297 mm is 595 x 842 points.
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    const text = await pdfText(pdf);
    expect(text).toContain('「山田商店」情報セキュリティ学習の受講記録');
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('一人ひとりの正解率は載せていません');
    expect(text).toContain('お金をかけない対策:100%');
    expect(text).toContain('2026年4月「お金をかけない対策」2026年4月1日'); // a completed theme and its date
    expect(text).not.toContain('CSVで保存する'); // a button is no use on paper
    expect(errors).toEqual([]);
    await context.close();
  });
});
