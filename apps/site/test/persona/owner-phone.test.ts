/**
 * Persona 1 of the usability report (田中さん, 64, owner of a 12-person print shop) on a phone,
 * 390 x 844, at the normal text size and with the browser's text doubled: the paths he took.
 */

import { AxeBuilder } from '@axe-core/playwright';
import {
  PHONE,
  scrollsSideways,
  setTextSize,
  smallTapTargets,
  TEXT_SIZES,
  type TextSize,
} from '@mamoru/browser-testing';
import { loadContent, trackLessons } from '@mamoru/content';
import { TOPICS } from '@mamoru/content/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../support/axe-tags.ts';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';

const PAGES = [
  '/',
  '/help/',
  '/tracks/owner/',
  '/lessons/external-threats/malware-ransomware/',
  '/self-check/',
  '/search/?q=%E8%BA%AB%E4%BB%A3%E9%87%91',
  '/glossary/',
];
/** Targets that stand on their own (not links inside a sentence, which WCAG 2.5.8 exempts). */
const TAP_TARGETS = [
  '.site-header a',
  '.site-menu > summary',
  '.site-footer a',
  '.breadcrumb a',
  '.track-nav a',
  '.card',
  '.link-list a',
  '.tel-link',
  // Term buttons are words inside a sentence, which WCAG 2.5.8 exempts like links.
  'main button:not(.term)',
  'main select',
  'main input:not([type="checkbox"])',
].join(', ');

describe.each(TEXT_SIZES)('田中さん on a phone, %s text', (size: TextSize) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  const open = async (path: string) => {
    const opened = await site.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await setTextSize(opened.context, opened.page, size);
    await opened.page.goto(`${site.url}${path}`);
    return opened;
  };

  it.each(PAGES)(
    '%s: title on the first screen, no sideways scroll, 44 px targets, no axe violations',
    async (path) => {
      const { page, errors } = await open(path);
      if (path.startsWith('/search/')) {
        await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/件見つかりました/);
      }
      // The title's first line is on the first screen: the header no longer fills it.
      const title = await page.locator('h1').boundingBox();
      const lineHeight = await page
        .locator('h1')
        .evaluate((h1) => Number.parseFloat(getComputedStyle(h1).lineHeight));
      expect((title?.y ?? Infinity) + lineHeight).toBeLessThanOrEqual(PHONE.height);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await smallTapTargets(page, TAP_TARGETS)).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('/help/: the menu is folded, 困ったときは and the page title are on the first screen', async () => {
    const { page, errors } = await open('/help/');
    const nav = page.getByRole('navigation', { name: 'サイト内' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('.site-header__help').isVisible()).toBe(true);
    const title = await page.locator('h1').boundingBox();
    expect(title).not.toBeNull();
    expect((title?.y ?? Infinity) + (title?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    // The first step is on the first screen too, at normal size.
    if (size === 'normal') {
      const firstStep = await page.locator('.steps li').first().boundingBox();
      expect((firstStep?.y ?? Infinity) + (firstStep?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    }
    // The menu opens without JavaScript and holds the navigation and the search box.
    await page.locator('.site-menu > summary').click();
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'サイト内を検索' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('/help/ links every official desk by its checked address, and #9110 dials', async () => {
    const { page } = await open('/help/');
    const hrefs = await page
      .locator('main a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://www.ipa.go.jp/security/support/soudan.html',
        'https://www.ipa.go.jp/security/anshin/',
        'https://www.npa.go.jp/bureau/cyber/soudan.html',
        'https://www.ppc.go.jp/personalinfo/legal/leakAction/',
      ]),
    );
    const tel = page.getByRole('link', { name: '#9110' });
    expect(decodeURIComponent((await tel.getAttribute('href')) ?? '')).toBe('tel:#9110');
    expect(await page.locator('main').textContent()).toContain('2026年12月4日に確かめました');
    const ownerBox = page.getByRole('region', { name: '社長・担当者の方へ' });
    expect(await ownerBox.locator('li').count()).toBe(3);
  });
});

describe('田中さん: the first ten minutes and the owner track', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  const phone = () => site.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });

  it('home and the owner track start with 「まずこの3本」: the 5 rules, what only the owner decides, 困ったときは', async () => {
    const { page, errors } = await phone();
    for (const path of ['/', '/tracks/owner/']) {
      await page.goto(`${site.url}${path}`);
      const block = page.getByRole('region', { name: /まずこの3本（約\d+分）/ });
      const hrefs = await block
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual([
        '/lessons/guidelines/five-rules/#from-owner',
        '/lessons/management/owner-decides/#from-owner',
        '/help/',
      ]);
    }
    expect(errors).toEqual([]);
  });

  it('groups the owner lessons by theme, numbered through, with reading time as 「約N分」', async () => {
    const lessons = trackLessons(await loadContent(), 'owner');
    const topics = [...new Set(lessons.map((lesson) => lesson.topic))];
    const { page } = await phone();
    await page.goto(`${site.url}/tracks/owner/`);
    const headings = await page.locator('.track-groups h2').allTextContents();
    expect(headings).toEqual(
      topics.map((id) => {
        const count = lessons.filter((lesson) => lesson.topic === id).length;
        return `${TOPICS.find((topic) => topic.id === id)?.title}（${count}本）`;
      }),
    );
    const cards = page.locator('.track-groups .card');
    expect(await cards.count()).toBe(lessons.length);
    // One counter for the whole track (1 to 42, not 1 to 3 under each theme): the groups' wrapper
    // starts it and no list inside starts it again. (Computed styles do not resolve counter().)
    expect(
      await page.locator('.track-groups').evaluate((groups) => getComputedStyle(groups).counterReset),
    ).toBe('step 0');
    const resets = await page
      .locator('.track-groups ol')
      .evaluateAll((lists) => lists.map((list) => getComputedStyle(list).counterReset));
    expect(resets.length).toBe(topics.length);
    expect(resets.every((reset) => reset === 'none')).toBe(true);
    const metas = await cards.locator('.card__meta').allTextContents();
    expect(metas.every((meta) => /^約\d+分・/.test(meta.trim()))).toBe(true);
  });

  it('under a lesson shows only the track the reader came from, with no JavaScript', async () => {
    const staff = new Set(trackLessons(await loadContent(), 'staff').map((lesson) => lesson.id));
    const owner = trackLessons(await loadContent(), 'owner');
    const shared = owner.find((lesson) => staff.has(lesson.id));
    if (!shared) throw new Error('no lesson is in both tracks');
    const { page } = await phone();
    const trackVisible = (track: string) =>
      page.locator(`.track-nav__track[data-track="${track}"]`).isVisible();

    await page.goto(`${site.url}${shared.path}`);
    expect([await trackVisible('owner'), await trackVisible('staff')]).toEqual([true, true]);
    expect(await page.locator('script').count()).toBe(0);

    await page.goto(`${site.url}/tracks/owner/`);
    await page.locator(`.track-groups a[data-lesson-id="${shared.id}"]`).click();
    await page.waitForURL(`**${shared.path}#from-owner`);
    expect([await trackVisible('owner'), await trackVisible('staff')]).toEqual([true, false]);
    // The fragment does not scroll the page down to the navigation.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const next = page.locator('.track-nav__track[data-track="owner"] a[rel="next"]');
    expect(await next.getAttribute('href')).toMatch(/#from-owner$/);
  });

  it('remembers lessons opened from the track and offers 「続きから読む」', async () => {
    const owner = trackLessons(await loadContent(), 'owner');
    const [, second, third] = owner;
    if (!second || !third) throw new Error('the owner track is too short');
    const { page, errors } = await phone();
    await page.goto(`${site.url}/tracks/owner/`);
    expect(await page.locator('#track-resume').isVisible()).toBe(false);

    await page.locator(`.track-groups a[data-lesson-id="${second.id}"]`).click();
    await page.waitForURL(`**${second.path}#from-owner`);
    await page.goBack();
    await page.waitForURL('**/tracks/owner/');
    const resume = page.locator('#track-resume a');
    await expect.poll(() => resume.isVisible()).toBe(true);
    expect(await resume.textContent()).toBe(`続きから読む：${third.title}`);
    expect(await resume.getAttribute('href')).toBe(`${third.path}#from-owner`);
    const readMark = page.locator(`.track-groups a[data-lesson-id="${second.id}"] .card__read`);
    expect(await readMark.isVisible()).toBe(true);

    // A fresh visit (reload) still remembers.
    await page.reload();
    await expect.poll(() => resume.textContent()).toBe(`続きから読む：${third.title}`);
    expect(errors).toEqual([]);
  });

  it('shows no 「準備ができしだい」 placeholder when the LINE link is not configured', async () => {
    const { page } = await phone();
    await page.goto(`${site.url}/lessons/external-threats/malware-ransomware/`);
    expect(await page.locator('main').textContent()).not.toContain('準備ができしだい');
    expect(await page.locator('.line-bot').count()).toBe(0);
  });
});

describe('田中さん: the かんたん点検 (self-check)', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  const scoreOf = (page: Page) => page.locator('#self-check-score').textContent();

  it("is named so nobody takes it for IPA's 25-item 自社診断, and says how it differs", async () => {
    const { page } = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/self-check/`);
    const total = await page.locator('input[name="done"]').count();
    expect(await page.locator('h1').textContent()).toBe(`かんたん点検（${total}項目）`);
    const about = await page.locator('.self-check__about').textContent();
    expect(about).toContain('5分でできる！情報セキュリティ自社診断');
    expect(about).toContain('25項目');
    expect(about).toContain('★★');
    // Where to get IPA's sheet (an appendix of its SME guideline) and how to declare ★★.
    const links = await page
      .locator('.self-check__about a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      'https://www.ipa.go.jp/security/guide/sme/about.html',
      'https://www.ipa.go.jp/security/security-action/',
    ]);
    expect(about).toContain('2026年12月5日に確かめました');
    expect(await page.locator('.site-header').textContent()).not.toContain('自社診断');
  });

  it('keeps the score equal to the ticks after a reload and after Back, and 「消す」 clears them', async () => {
    const { page, errors } = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/self-check/`);
    const boxes = page.locator('input[name="done"]');
    const total = await boxes.count();
    for (const index of [0, 1, 2, 3]) await boxes.nth(index).check();
    const expected = `${total}項目中4項目できています。${Math.round((4 / total) * 100)}点`;
    await expect.poll(() => scoreOf(page)).toContain(expected);

    await page.reload();
    await expect.poll(() => scoreOf(page)).toContain(expected);
    expect(await boxes.nth(3).isChecked()).toBe(true);

    // 「学ぶ：…」 and Back, as in the report (finding 1.8).
    await page.locator('.self-check__lesson').nth(5).click();
    await page.waitForURL('**/lessons/**');
    await page.goBack();
    await page.waitForURL('**/self-check/');
    await expect.poll(() => scoreOf(page)).toContain(expected);
    expect(await page.locator('#self-check-sticky').textContent()).toContain(
      `${Math.round((4 / total) * 100)}点`,
    );

    await page.getByRole('button', { name: 'チェックを消す' }).click();
    await expect.poll(() => scoreOf(page)).toContain(`${total}項目中0項目できています。0点`);
    await page.reload();
    await expect.poll(() => scoreOf(page)).toContain(`${total}項目中0項目できています。0点`);
    expect(errors).toEqual([]);
  });

  it('prints the result without the buttons and the sticky score', async () => {
    const { page } = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/self-check/`);
    await page.locator('input[name="done"]').first().check();
    expect(await page.getByRole('button', { name: '結果を印刷する' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#self-check-score').isVisible()).toBe(true);
    expect(await page.locator('.self-check__actions').isVisible()).toBe(false);
    expect(await page.locator('#self-check-sticky').isVisible()).toBe(false);
  });
});
