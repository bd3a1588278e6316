import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from './support/axe-tags.ts';
import { type BuiltSite, DIST, openBuiltSite, requireBuiltSite } from './support/built-site.ts';
import { builtHtmlFiles, sitemapPaths } from './support/pages.ts';

const DARK_MODE_SAMPLES = [
  '/',
  '/lessons/external-threats/malware-ransomware/',
  '/glossary/',
  '/quiz/management/',
  '/search/',
  '/self-check/',
  '/help/',
];

describe('accessibility (axe on every sitemap URL)', () => {
  let site: BuiltSite;
  let light: Page;
  let dark: Page;
  beforeAll(async () => {
    site = await openBuiltSite();
    light = (await site.newPage({ colorScheme: 'light' })).page;
    dark = (await site.newPage({ colorScheme: 'dark' })).page;
  });
  afterAll(() => site?.close());

  const violationsOn = async (page: Page, sitePath: string, prepare?: (page: Page) => Promise<void>) => {
    await page.goto(`${site.url}${sitePath}`);
    await prepare?.(page);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    return violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  };

  it.each(builtHtmlFiles().map(([sitePath]) => sitePath))('%s has no violations', async (sitePath) => {
    expect(await violationsOn(light, sitePath)).toEqual([]);
  });

  // Dark mode changes only colours: one page of each kind is enough to check contrast.
  it.each(DARK_MODE_SAMPLES)('%s has no violations in dark mode', async (sitePath) => {
    expect(await violationsOn(dark, sitePath)).toEqual([]);
  });

  // A figure's data table is closed until a reader opens it, and axe skips what is hidden: open
  // every table and check again, in both colour schemes (the SVG keeps its white ground in dark).
  it.each(lessonsWithFigures())('%s has no violations with its figure tables open', async (sitePath) => {
    for (const page of [light, dark]) {
      expect(await violationsOn(page, sitePath, openFigureTables)).toEqual([]);
    }
  });
});

/** Built lessons that hold a figure (`<figure class="figure">`, from <Figure id>). */
function lessonsWithFigures(): string[] {
  return builtHtmlFiles()
    .filter(
      ([sitePath, file]) =>
        sitePath.startsWith('/lessons/') && readFileSync(file, 'utf8').includes('<figure class="figure"'),
    )
    .map(([sitePath]) => sitePath);
}

async function openFigureTables(page: Page): Promise<void> {
  const tables = page.locator('.figure-table');
  expect(await tables.count()).toBeGreaterThan(0);
  await tables.evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  expect(await page.locator('.figure-table table').first().isVisible()).toBe(true);
}

/** Internal href/src values of a page, without the query. */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((match) => (match[1] ?? '').replaceAll('&amp;', '&'))
    .filter((value) => value.startsWith('/') && !value.startsWith('//'))
    .map((value) => value.split('?')[0] ?? value);
}

function fileFor(sitePath: string): string {
  const decoded = decodeURIComponent(sitePath);
  return path.join(DIST, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

describe('the built HTML', () => {
  beforeAll(() => requireBuiltSite());

  it('lists exactly the pages that may be indexed in the sitemap', () => {
    const indexable = builtHtmlFiles()
      .filter(([, file]) => !readFileSync(file, 'utf8').includes('<meta name="robots" content="noindex"'))
      .map(([sitePath]) => sitePath);
    expect(sitemapPaths().sort()).toEqual(indexable.sort());
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const [pagePath, file] of builtHtmlFiles()) {
      for (const link of internalLinks(readFileSync(file, 'utf8'))) {
        const [target = '', fragment] = link.split('#');
        const targetFile = fileFor(target);
        if (!existsSync(targetFile)) {
          broken.push(`${pagePath} -> ${link}`);
        } else if (fragment && targetFile.endsWith('.html')) {
          const html = readFileSync(targetFile, 'utf8');
          if (!html.includes(`id="${decodeURIComponent(fragment)}"`))
            broken.push(`${pagePath} -> ${link} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('is valid HTML (html-validate, standard rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const [pagePath, file] of builtHtmlFiles()) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${pagePath}:${message.line}: ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
