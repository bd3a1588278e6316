import { describe, expect, test } from 'vitest';
import { formatValue, renderFigureHtml, renderFigureSvg, titleWithYear } from '../src/index.ts';
import { charts, diagrams, figures, groupedBar } from './content-figures.ts';

describe('renderFigureSvg', () => {
  test('there are at least 14 content figures, charts and diagrams', () => {
    expect(figures.length).toBeGreaterThanOrEqual(14);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(diagrams.length).toBeGreaterThanOrEqual(7);
  });

  test.each(figures.map((figure) => [figure.id, figure] as const))(
    '%s: an image with a title and a description',
    (_id, figure) => {
      const svg = renderFigureSvg(figure);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
      expect(svg).toContain(`aria-labelledby="fig-${figure.id}-title"`);
      expect(svg).toContain(`<title id="fig-${figure.id}-title">${figure.title}</title>`);
      expect(svg).toContain(`<desc id="fig-${figure.id}-desc">${figure.takeaway}</desc>`);
      expect(svg).toMatch(/^<svg [^>]*font-family="inherit"/);
      expect(svg).toMatch(/<\/svg>$/);
      // No inline style attribute either: the site's CSP (style-src 'self') refuses them.
      expect(svg).not.toMatch(/<style|\sstyle=|<script|ecmeta_|zr\d+-|@font-face|<image/);
      expect(svg.match(/<svg/g)).toHaveLength(1);
    },
  );

  test.each(charts.map((figure) => [figure.id, figure] as const))(
    '%s: every value is written on the chart, with its unit',
    (_id, figure) => {
      const svg = renderFigureSvg(figure);
      for (const series of figure.series) {
        for (const value of series.values)
          expect(svg).toContain(`>${formatValue(value, figure.unit)}</text>`);
      }
      for (const category of figure.categories) expect(svg).toContain(category.slice(0, 3));
    },
  );

  test.each(diagrams.map((figure) => [figure.id, figure] as const))(
    '%s: one box per node, one arrowhead per arrow, all inside the drawing',
    (_id, figure) => {
      const svg = renderFigureSvg(figure);
      const arrows = figure.layout === 'steps' ? figure.nodes.length - 1 : (figure.edges ?? []).length;
      expect(svg.match(/<rect /g)).toHaveLength(figure.nodes.length);
      expect(svg.match(/marker-end=/g)).toHaveLength(arrows);
      const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) ?? [];
      for (const [, x, y] of svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"/g)) {
        expect(Number(x)).toBeLessThan(Number(width));
        expect(Number(y)).toBeLessThan(Number(height));
      }
    },
  );

  test('a phone-sized drawing by default; larger on request', () => {
    const figure = charts[0]!;
    expect(renderFigureSvg(figure)).toContain('width="360"');
    expect(renderFigureSvg(figure, { width: 960, fontSize: 28 })).toContain('width="960"');
  });

  test('two copies on one page can get ids of their own', () => {
    const a = renderFigureSvg(groupedBar, { idPrefix: 'a' });
    const b = renderFigureSvg(groupedBar, { idPrefix: 'b' });
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(a).length).toBeGreaterThan(2);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });

  test('grouped bars: a legend and a different fill pattern for each series', () => {
    const svg = renderFigureSvg(groupedBar);
    expect(svg).toContain(
      '<title id="fig-grouped-sample-title">見本 &lt;グラフ&gt; &amp; &quot;引用&quot;</title>',
    );
    expect(svg).toContain('>2020年</text>');
    expect(svg).toContain('>1,500.5件</text>');
    const escaped = renderFigureSvg({ ...groupedBar, categories: ['<A&B>', 'C'] });
    expect(escaped).toContain('>&lt;A&amp;B&gt;</text>');
    expect(escaped).not.toContain('<A&B>');
    const patterns = new Set([...svg.matchAll(/fill="url\(#([^)]+)\)"/g)].map((match) => match[1]));
    expect(patterns.size).toBeGreaterThanOrEqual(2);
  });

  test('the same figure always gives the same SVG', () => {
    for (const figure of figures) expect(renderFigureSvg(figure)).toBe(renderFigureSvg(figure));
  });

  test('renderFigureHtml: the SVG, a caption with year and source, and the table on request', () => {
    const html = renderFigureHtml(charts.find((figure) => figure.id === 'tokyo-cybercrime-arrests')!);
    expect(html).toMatch(/^<figure class="figure" id="fig-tokyo-cybercrime-arrests">\n<svg /);
    expect(html).toContain('<title id="fig-tokyo-cybercrime-arrests-svg-title">');
    expect(html).toContain('東京都内のサイバー犯罪の検挙数（2014年）</span>');
    expect(html).toContain('出典：警視庁の発表（東京商工会議所「');
    expect(html).toContain(
      '<details class="figure-table"><summary>数字を表で見る</summary><table class="figure-data">',
    );
    expect(html).toContain('<td>1,180件</td>');
    expect(html).toMatch(/<\/figure>$/);
  });

  test('a caption names the year once, even when the title already has it', () => {
    for (const figure of figures) {
      const title = /<span class="figure-title">([^<]*)<\/span>/.exec(renderFigureHtml(figure))?.[1] ?? '';
      if (figure.asOf !== undefined) expect(title, figure.id).toContain(`${figure.asOf}年`);
      expect(title.split(`${figure.asOf}年`).length, figure.id).toBeLessThanOrEqual(2);
    }
    expect(titleWithYear({ title: '調査（2015年）', asOf: 2015 })).toBe('調査（2015年）');
    expect(titleWithYear({ title: '検挙数', asOf: 2014 })).toBe('検挙数（2014年）');
    expect(titleWithYear({ title: '相談先' })).toBe('相談先');
  });

  test('renderFigureHtml on a slide: the table stays for screen readers, without a button', () => {
    const html = renderFigureHtml(charts.find((figure) => figure.id === 'tokyo-cybercrime-arrests')!, {
      dataTable: 'visually-hidden',
    });
    expect(html).not.toContain('<details');
    expect(html).toContain('<div class="figure-table visually-hidden"><table class="figure-data">');
    expect(html).toContain('<td>1,180件</td>');
  });

  test('a title that already names its year does not get the year again in the caption', () => {
    const whereToAsk = diagrams.find((figure) => figure.id === 'where-to-ask')!;
    expect(whereToAsk.title).toContain(`${whereToAsk.asOf}年`);
    const caption = /<figcaption>(.*)<\/figcaption>/.exec(renderFigureHtml(whereToAsk))?.[1] ?? '';
    expect(caption).toContain(`<span class="figure-title">${whereToAsk.title}</span>`);
    expect(caption.split(`${whereToAsk.asOf}年`)).toHaveLength(3); // the title's, and the note's date
  });

  test('compact steps (slides): each step on one line where it fits, closer together, so the drawing is shorter', () => {
    const firstHour = diagrams.find((figure) => figure.id === 'first-hour')!;
    const height = (svg: string) => Number(/ height="([\d.]+)"/.exec(svg)?.[1]);
    const page = renderFigureSvg(firstHour, { width: 640, fontSize: 24 });
    const slide = renderFigureSvg(firstHour, { width: 640, fontSize: 24, compact: true });
    expect(height(slide)).toBeLessThan(height(page) * 0.7);
    // Label and detail of a step share one baseline.
    const ys = [...slide.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-weight="bold" fill/g)].map(
      (m) => m[1],
    );
    for (const node of firstHour.nodes) expect(slide).toContain(`>${node.detail}</text>`);
    expect(ys).toHaveLength(firstHour.nodes.length * 2); // the step number and the label, per step
    expect(new Set(ys).size).toBe(firstHour.nodes.length);
    // A chart ignores it.
    const chart = charts[0]!;
    expect(renderFigureSvg(chart, { compact: true })).toBe(renderFigureSvg(chart));
  });
});
