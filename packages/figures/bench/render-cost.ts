/**
 * `pnpm --filter @mamoru/figures bench`: what the chart library costs the build. Measures the
 * first import (ECharts core, two charts, the SVG renderer), then per figure the render time (CPU
 * time, median of 20 renders: steadier than wall time on a busy machine), the SVG size raw and
 * gzipped, and the gzipped size of the whole <figure> a page gets (SVG, caption, table). Prints a
 * table and a JSON summary; writes nothing.
 */
import { gzipSync } from 'node:zlib';

// The package imports @mamoru/content for types only, so this is the cost of ECharts itself.
const importStart = performance.now();
const { renderFigureSvg, renderFigureHtml } = await import('../src/index.ts');
const importMs = performance.now() - importStart;
const { loadFigureFiles } = await import('@mamoru/content');

const RUNS = 20;
const figures = await loadFigureFiles();
const rows = figures.map((figure) => {
  renderFigureSvg(figure); // warm up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const before = process.cpuUsage();
    renderFigureSvg(figure);
    const cpu = process.cpuUsage(before);
    times.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const svg = renderFigureSvg(figure);
  const html = renderFigureHtml(figure);
  return {
    id: figure.id,
    kind: figure.kind === 'chart' ? figure.chart : figure.layout,
    renderMs: Number((times[Math.floor(RUNS / 2)] ?? 0).toFixed(2)),
    svgBytes: Buffer.byteLength(svg),
    svgGzipBytes: gzipSync(svg).length,
    htmlGzipBytes: gzipSync(html).length,
  };
});

console.table(rows);
const total = (key: 'renderMs' | 'svgBytes' | 'svgGzipBytes' | 'htmlGzipBytes') =>
  rows.reduce((sum, row) => sum + row[key], 0);
console.log(
  JSON.stringify(
    {
      figures: rows.length,
      importMs: Math.round(importMs),
      renderMsTotal: Number(total('renderMs').toFixed(1)),
      svgBytesMax: Math.max(...rows.map((row) => row.svgBytes)),
      svgGzipBytesMax: Math.max(...rows.map((row) => row.svgGzipBytes)),
      svgGzipBytesTotal: total('svgGzipBytes'),
      htmlGzipBytesMax: Math.max(...rows.map((row) => row.htmlGzipBytes)),
    },
    null,
    2,
  ),
);
