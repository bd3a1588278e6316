import type { ChartFigure, DiagramFigure } from '@mamoru/content';
// pptxgenjs ships CommonJS types: under NodeNext its namespace sits under `default`.
import type * as Pptx from 'pptxgenjs';
import { sourceLine } from './format.ts';
import { layoutDiagram } from './render-diagram.ts';
import { INK, PALETTE, PPTX_COLOURS, RULE } from './theme.ts';

type ChartName = 'bar' | 'line';

/** Arguments for pptxgenjs `slide.addChart(type, data, options)`, plus the source line to put under it. */
export interface PptxChartArgs {
  type: ChartName;
  data: Pptx.default.OptsChartData[];
  /** Everything but the position: spread it with `{ x, y, w, h }` of the slide's frame. */
  options: Pptx.default.IChartOpts;
  /** 「出典：…」, for a text box under the chart. */
  sourceText: string;
}

/**
 * A chart figure as a native PowerPoint chart: the numbers go into the chart's own data sheet, so
 * an instructor can edit them (or add their region's) in PowerPoint or LibreOffice. Bars stand
 * upright on a wide slide; every value is printed on its bar; the takeaway is the alt text.
 */
export function figureToPptxChart(figure: ChartFigure): PptxChartArgs {
  const data = figure.series.map((series) => ({
    name: series.name,
    labels: [...figure.categories],
    values: [...series.values],
  }));
  const decimals = Math.max(
    0,
    ...figure.series.flatMap((series) =>
      series.values.map((value) => (String(value).split('.')[1] ?? '').length),
    ),
  );
  const unit = figure.unit.replaceAll('"', '');
  const formatCode = `#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}"${unit}"`;
  const options: Pptx.default.IChartOpts = {
    altText: figure.takeaway,
    showTitle: true,
    title: figure.title,
    titleFontSize: 18,
    titleColor: INK.slice(1),
    chartColors: PPTX_COLOURS.slice(0, Math.max(figure.series.length, 1)),
    showLegend: figure.series.length > 1,
    legendPos: 'b',
    legendFontSize: 14,
    showValue: true,
    dataLabelFormatCode: formatCode,
    dataLabelFontSize: 14,
    dataLabelColor: INK.slice(1),
    catAxisLabelFontSize: 14,
    valAxisLabelFontSize: 12,
    valAxisLabelFormatCode: `#,##0"${unit}"`,
    valAxisMinVal: 0,
    showValAxisTitle: true,
    valAxisTitle: figure.unit,
    ...(figure.categoryTitle ? { showCatAxisTitle: true, catAxisTitle: figure.categoryTitle } : {}),
  };
  if (figure.chart === 'line') {
    return {
      type: 'line',
      data,
      options: {
        ...options,
        lineSize: 3,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 10,
        dataLabelPosition: 't',
      },
      sourceText: sourceLine(figure) ?? '',
    };
  }
  const share = figure.chart === 'share';
  return {
    type: 'bar',
    data,
    options: {
      ...options,
      barDir: 'col',
      barGrouping: share ? 'percentStacked' : 'clustered',
      dataLabelPosition: share ? 'ctr' : 'outEnd',
      // A percent-stacked axis runs from 0 to 1 whatever the values; only the labels show the numbers.
      ...(share ? { dataLabelColor: 'FFFFFF', valAxisLabelFormatCode: '0%' } : {}),
    },
    sourceText: sourceLine(figure) ?? '',
  };
}

/** Where on the slide a diagram goes, in inches. */
export interface PptxFrame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One native PowerPoint object: a box with text (`slide.addText`) or an arrow segment (`slide.addShape('line')`). */
export type PptxDiagramItem =
  | { kind: 'box'; text: string; options: Pptx.default.TextPropsOptions }
  | { kind: 'line'; options: Pptx.default.ShapeProps }
  | { kind: 'label'; text: string; options: Pptx.default.TextPropsOptions };

/**
 * A diagram as native shapes: rounded boxes with their text, and arrows as line segments (pptxgenjs
 * has no connectors; the last segment carries the arrowhead). Laid out by the same code as the SVG,
 * scaled to fit `frame` (`compact`: steps on one line each, closer, as on a slide). Each box's alt text is its label; the caller sets the takeaway as the
 * slide's notes or a caption.
 */
export function figureToPptxShapes(
  figure: DiagramFigure,
  frame: PptxFrame,
  options: { compact?: boolean } = {},
): PptxDiagramItem[] {
  const layout = layoutDiagram(figure, 720, 18, options.compact);
  const scale = Math.min(frame.w / layout.width, frame.h / layout.height);
  const offsetX = frame.x + (frame.w - layout.width * scale) / 2;
  const at = (x: number, y: number) => ({ x: round(offsetX + x * scale), y: round(frame.y + y * scale) });
  const fontSize = Math.max(10, Math.round(layout.fontSize * scale * 72 * 0.9));
  const items: PptxDiagramItem[] = layout.boxes.map((box) => ({
    kind: 'box',
    text: [box.step === undefined ? box.node.label : `${box.step}. ${box.node.label}`, box.node.detail]
      .filter((line) => line !== undefined)
      // Compact steps keep the detail on the label's line, as the layout measured them.
      .join(box.detailInline === undefined ? '\n' : '　'),
    options: {
      shape: 'roundRect',
      rectRadius: 0.08,
      ...at(box.x, box.y),
      w: round(box.width * scale),
      h: round(box.height * scale),
      fill: { color: box.node.column === 2 ? 'F3ECE6' : 'EAF0F6' },
      line: { color: RULE.slice(1), width: 1 },
      color: INK.slice(1),
      fontSize,
      align: 'center',
      valign: 'middle',
      altText: box.node.label,
    },
  }));
  for (const arrow of layout.arrows) {
    arrow.points.slice(1).forEach((end, index) => {
      const start = arrow.points[index];
      if (!start) return;
      const last = index === arrow.points.length - 2;
      const from = at(start[0], start[1]);
      const to = at(end[0], end[1]);
      items.push({
        kind: 'line',
        options: {
          x: Math.min(from.x, to.x),
          y: Math.min(from.y, to.y),
          w: round(Math.abs(to.x - from.x)),
          h: round(Math.abs(to.y - from.y)),
          flipH: to.x < from.x,
          flipV: to.y < from.y,
          line: {
            color: PALETTE[0].slice(1),
            width: 2,
            ...(last ? { endArrowType: 'triangle' as const } : {}),
          },
        },
      });
    });
    const [first, end] = [arrow.points[0], arrow.points[arrow.points.length - 1]];
    if (arrow.label && first && end) {
      const middle = at((first[0] + end[0]) / 2 + 12, (first[1] + end[1]) / 2 - 12);
      items.push({
        kind: 'label',
        text: arrow.label,
        options: { ...middle, w: 2.4, h: 0.3, fontSize: Math.max(9, fontSize - 2), color: INK.slice(1) },
      });
    }
  }
  return items;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
