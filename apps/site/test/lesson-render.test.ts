import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { GlossaryTerm } from '@mamoru/content';
import { renderLessonHtml } from '@mamoru/content/mdx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

const glossary = new Map<string, GlossaryTerm>(
  [
    { id: 'ipa', term: 'IPA', reading: 'あいぴーえー', plain: '国の機関です。' },
    { id: 'backup', term: 'バックアップ', reading: 'ばっくあっぷ', plain: '写しを取ることです。' },
  ].map((term) => [term.id, term as GlossaryTerm]),
);

/** A lesson body rendered as the site renders it (src/lib/lesson-loader.ts). */
const render = async (mdx: string, warn: (message: string) => void = () => {}) =>
  renderLessonHtml(mdx, { glossary, hastPlugins: [satteriHeadingIdsPlugin()], warn });

describe('the shared components (<Term>, <Callout>) in MDX lessons', () => {
  it('turns each <Term> into a button and a popover, numbered from 1 in every lesson', async () => {
    const lesson = '<Term id="ipa">IPA</Term>の<Term id="backup">**写し**</Term>です。';
    for (const html of [await render(lesson), await render(lesson)]) {
      expect(html).toContain('<button type="button" class="term" popovertarget="term-1">IPA</button>');
      expect(html).toContain(
        '<span class="term-popover" id="term-1" popover="auto" data-pagefind-ignore><strong class="term-popover__title">IPA（あいぴーえー）</strong><span class="term-popover__plain">国の機関です。</span><a href="/glossary/#ipa">用語集で見る</a><button type="button" class="button--quiet" popovertarget="term-1" popovertargetaction="hide">閉じる</button></span>',
      );
      expect(html).toContain('popovertarget="term-2"><strong>写し</strong></button>');
      expect(html).not.toContain('<term');
    }
  });

  it('leaves the word as plain text when the glossary has no such id', async () => {
    const warnings: string[] = [];
    const html = await render('<Term id="nothing">言葉</Term>です。', (message) => warnings.push(message));
    expect(html).toBe('<p>言葉です。</p>\n');
    expect(warnings).toEqual(['<Term id="nothing"> names no glossary entry']);
  });

  it('turns a one-line <Callout> into an aside of its own, not inside a paragraph', async () => {
    const html = await render(
      '前の段落。\n\n<Callout type="tip">**まず**、<Term id="ipa">IPA</Term>を見ます。</Callout>\n',
    );
    expect(html).toContain(
      '<aside class="callout callout--tip" aria-label="ヒント"><p class="callout__label">ヒント</p><div class="callout__body"><strong>まず</strong>、<button type="button" class="term" popovertarget="term-1">IPA</button>',
    );
    expect(html).not.toMatch(/<p>\s*<aside/);
  });

  it('renders the Markdown inside a block <Callout>, and a title replaces the label', async () => {
    const html = await render(
      '<Callout type="caution" title="止める前に">\n\n紙の見本です。\n\n- 社長へ伝えます。\n\n</Callout>\n',
    );
    expect(html).toContain(
      '<aside class="callout callout--caution" aria-label="止める前に"><p class="callout__label">止める前に</p><div class="callout__body"><p>紙の見本です。</p>\n<ul>',
    );
    expect(html).toContain('<li>社長へ伝えます。</li>');
    expect(html).not.toContain('<callout');
  });

  it('renders a block <Callout> without blank lines as Markdown too (MDX reads it)', async () => {
    const html = await render('<Callout type="note">\n- 社長へ伝えます。\n</Callout>\n');
    expect(html).toContain('<div class="callout__body"><ul>\n<li>社長へ伝えます。</li>\n</ul></div></aside>');
  });

  it('gives headings the ids Astro gives Markdown headings', async () => {
    const data = { astro: { headings: [] as { slug: string; text: string }[] } };
    const html = renderLessonHtml('## 今日やること\n\n## 今日やること\n', {
      glossary,
      hastPlugins: [satteriHeadingIdsPlugin()],
      data,
    });
    expect(html).toBe('<h2 id="今日やること">今日やること</h2>\n<h2 id="今日やること-1">今日やること</h2>\n');
    expect(data.astro.headings.map((heading) => heading.slug)).toEqual(['今日やること', '今日やること-1']);
  });

  it('throws on MDX that does not parse, with line and column', () => {
    expect(() => renderLessonHtml('一行目\n<Term id="ipa">閉じない', { glossary })).toThrow(
      /^2:1: Expected a closing tag/,
    );
  });
});

describe('a term in a built lesson', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('opens its plain explanation with a link to the glossary, and closes again', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/lessons/info-sharing/latest-methods/`);
    const popover = page.locator('#term-1');
    await expect(popover.isVisible()).resolves.toBe(false);
    await page.locator('button.term[popovertarget="term-1"]').click();
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.locator('a').getAttribute('href')).resolves.toMatch(/^\/glossary\/#/);
    await popover.getByRole('button', { name: '閉じる' }).click();
    await expect(popover.isVisible()).resolves.toBe(false);
    await expect(page.locator('aside.callout').getAttribute('aria-label')).resolves.toBe('ヒント');
  });
});
