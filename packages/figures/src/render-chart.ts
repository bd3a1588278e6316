// Consumers of this package (decks) get the bundle's types through this reference.
/// <reference path="./echarts-bundle.d.ts" />
import type { ChartFigure } from '@mamoru/content';
// The prebuilt bundle, not the tree-shakable lib/ tree: Node loads its one file in about 0.6 s
// against about 10 s for lib/'s hundreds of modules (bench/render-cost.ts), and a server-side build
// gains nothing from tree shaking.
import { init } from 'echarts/dist/echarts.esm.min';
import { chartHeight, chartOption } from './chart-option.ts';
import type { Drawing, ResolvedOptions } from './options.ts';
import { styleToAttributes } from './style-attributes.ts';

/** Draws a chart with ECharts' server-side SVG renderer (no DOM, no canvas) and trims its output. */
export function drawChart(figure: ChartFigure, options: ResolvedOptions): Drawing {
  const width = options.width;
  const height = chartHeight(figure, width, options.fontSize);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(figure, width, options.fontSize));
    return { width, height, body: trimEchartsSvg(chart.renderToSVGString(), options.idPrefix) };
  } finally {
    chart.dispose();
  }
}

/**
 * Keeps the drawing and drops what a static page does not need: the outer <svg> (the caller
 * writes its own, with role and title), hover styles, ECharts' metadata attributes; its inline
 * styles become attributes (a site's CSP may refuse inline styles). Ids get the figure's prefix so
 * two charts on one page never share a pattern.
 */
export function trimEchartsSvg(svg: string, idPrefix: string): string {
  return styleToAttributes(svg)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    .replace(/<rect width="\d+" height="\d+" x="0" y="0" fill="none"><\/rect>/, '')
    .replace(/zr\d+-/g, `${idPrefix}-`)
    .replace(/\n+/g, '\n')
    .trim();
}
