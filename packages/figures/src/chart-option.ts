import type { ChartFigure } from '@mamoru/content';
import type { EChartsCoreOption } from 'echarts/core';
import { formatValue } from './format.ts';
import { textWidth } from './text-width.ts';
import { colourAt, DECALS, INK, RULE } from './theme.ts';

/** Width of the category labels of a horizontal bar chart, as a share of the drawing. */
const LABEL_SHARE = 0.38;

/** The size a chart needs at `width`: horizontal bars grow with their number, lines do not. */
export function chartHeight(figure: ChartFigure, width: number, fontSize: number): number {
  const legend = figure.series.length > 1 ? legendHeight(figure, fontSize) : 0;
  if (figure.chart === 'line') return Math.round(width * 0.62) + legend;
  const barsPerCategory = figure.chart === 'grouped-bar' ? figure.series.length : 1;
  const labelLines = Math.max(
    ...figure.categories.map((category) => Math.ceil((category.length * fontSize) / (width * LABEL_SHARE))),
  );
  const band = Math.max(barsPerCategory * (fontSize * 2), labelLines * fontSize * 1.4) + fontSize * 1.4;
  return Math.round(legend + figure.categories.length * band + fontSize * 3);
}

/** Rows the legend takes: one series per row keeps long Japanese names readable on a phone. */
function legendHeight(figure: ChartFigure, fontSize: number): number {
  return figure.series.length * (fontSize + 10) + 8;
}

/**
 * The ECharts option for a chart figure. Bars run sideways so long Japanese category names wrap
 * on a phone; each value is printed on its bar or point; each series has its own fill pattern.
 */
export function chartOption(figure: ChartFigure, width: number, fontSize: number): EChartsCoreOption {
  const legend = figure.series.length > 1;
  const top = legend ? legendHeight(figure, fontSize) + 4 : fontSize;
  const text = { fontFamily: 'inherit', fontSize, color: INK };
  const valueLabel = (params: { value: unknown }) => formatValue(Number(params.value), figure.unit);
  const common = {
    animation: false,
    aria: { enabled: true, decal: { show: true } },
    textStyle: text,
    color: figure.series.map((_, index) => colourAt(index)),
    legend: legend
      ? {
          top: 0,
          left: 0,
          orient: 'vertical',
          itemWidth: 28,
          itemHeight: fontSize,
          itemGap: 10,
          textStyle: text,
        }
      : { show: false },
  };
  const seriesStyle = (index: number) => ({
    color: colourAt(index),
    decal: { ...DECALS[index % DECALS.length], color: 'rgba(255,255,255,0.55)' },
  });

  if (figure.chart === 'line') {
    return {
      ...common,
      grid: { left: fontSize * 4, right: fontSize * 2, top: top + fontSize * 2, bottom: fontSize * 2.5 },
      xAxis: {
        type: 'category',
        data: figure.categories,
        boundaryGap: true,
        axisLine: { lineStyle: { color: RULE } },
        axisLabel: { ...text, interval: 0 },
      },
      yAxis: {
        type: 'value',
        min: 0,
        name: figure.unit,
        nameTextStyle: text,
        splitLine: { lineStyle: { color: '#d0d0d0' } },
        axisLabel: text,
      },
      series: figure.series.map((series, index) => ({
        type: 'line',
        name: series.name,
        data: series.values,
        symbol: ['circle', 'rect', 'triangle', 'diamond'][index % 4],
        symbolSize: fontSize * 0.7,
        lineStyle: { width: 3, color: colourAt(index), type: index === 0 ? 'solid' : 'dashed' },
        itemStyle: { color: colourAt(index) },
        label: { show: true, position: 'top', formatter: valueLabel, ...text, fontWeight: 'bold' },
      })),
    };
  }

  const share = figure.chart === 'share';
  const labelWidth = Math.round(width * LABEL_SHARE);
  const right = share ? fontSize : fontSize * 4.5;
  const plotWidth = width - labelWidth - 8 - right;
  return {
    ...common,
    grid: { left: labelWidth + 8, right, top, bottom: fontSize * 2 },
    xAxis: {
      type: 'value',
      min: 0,
      ...(share ? { max: 100 } : {}),
      splitLine: { lineStyle: { color: '#d0d0d0' } },
      axisLabel: { ...text, formatter: (value: number) => formatValue(value, figure.unit) },
      splitNumber: 2,
    },
    yAxis: {
      type: 'category',
      data: figure.categories,
      inverse: true,
      axisLine: { lineStyle: { color: RULE } },
      axisTick: { show: false },
      axisLabel: { ...text, width: labelWidth, overflow: 'break', interval: 0, lineHeight: fontSize * 1.3 },
    },
    series: figure.series.map((series, index) => ({
      type: 'bar',
      name: series.name,
      data: share
        ? series.values.map((value) => shareItem(value, plotWidth, fontSize, figure.unit))
        : series.values,
      ...(share ? { stack: 'share' } : {}),
      barMaxWidth: fontSize * 2.2,
      itemStyle: seriesStyle(index),
      label: share
        ? {
            show: true,
            position: 'inside',
            formatter: valueLabel,
            ...text,
            fontSize: fontSize * 0.86,
            color: '#ffffff',
            fontWeight: 'bold',
            textBorderColor: colourAt(index),
            textBorderWidth: 3,
          }
        : { show: true, position: 'right', formatter: valueLabel, ...text, fontWeight: 'bold' },
    })),
  };
}

/** A share segment too narrow for its label gets the label under the bar, in ink. */
function shareItem(value: number, plotWidth: number, fontSize: number, unit: string) {
  const fits = (value / 100) * plotWidth >= textWidth(formatValue(value, unit), fontSize * 0.86) + 6;
  return fits
    ? { value }
    : { value, label: { position: 'bottom', color: INK, textBorderWidth: 0, distance: 2 } };
}
