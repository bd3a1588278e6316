import pptxgenjsModule from 'pptxgenjs';
import { describe, expect, test } from 'vitest';
import { figureToPptxChart, figureToPptxShapes } from '../src/index.ts';
import { charts, diagrams, groupedBar } from './content-figures.ts';

// Node loads pptxgenjs' ES build (default = the class); its types read as CommonJS (class under .default).
const PptxGenJS = ((pptxgenjsModule as unknown as { default?: unknown }).default ??
  pptxgenjsModule) as unknown as typeof pptxgenjsModule.default;

describe('figureToPptxChart', () => {
  test.each(charts.map((figure) => [figure.id, figure] as const))(
    '%s: the chart data are the figure numbers',
    (_id, figure) => {
      const args = figureToPptxChart(figure);
      expect(args.data).toEqual(
        figure.series.map((series) => ({
          name: series.name,
          labels: figure.categories,
          values: series.values,
        })),
      );
      expect(args.options.altText).toBe(figure.takeaway);
      expect(args.options.title).toBe(figure.title);
      expect(args.options.showValue).toBe(true);
      expect(args.options.dataLabelFormatCode).toContain(`"${figure.unit}"`);
      expect(args.sourceText).toContain(figure.source!.publisher);
      expect(args.type).toBe(figure.chart === 'line' ? 'line' : 'bar');
    },
  );

  test('share charts stack to 100%, grouped bars stand side by side', () => {
    const share = charts.find((figure) => figure.chart === 'share')!;
    const shareOptions = figureToPptxChart(share).options;
    expect(shareOptions.barGrouping).toBe('percentStacked');
    // A percent-stacked axis runs 0..1: a max of 100 would squash the bars to nothing.
    expect(shareOptions.valAxisMaxVal).toBeUndefined();
    expect(shareOptions.valAxisLabelFormatCode).toBe('0%');
    const grouped = figureToPptxChart(groupedBar);
    expect(grouped.options.barGrouping).toBe('clustered');
    expect(grouped.options.showLegend).toBe(true);
    expect(grouped.options.dataLabelFormatCode).toBe('#,##0.0"件"');
  });

  test('pptxgenjs accepts the arguments and writes a native chart part for each chart', async () => {
    const pptx = new PptxGenJS();
    for (const figure of charts) {
      const { type, data, options, sourceText } = figureToPptxChart(figure);
      const slide = pptx.addSlide();
      slide.addChart(type, data, { ...options, x: 0.5, y: 0.5, w: 9, h: 4.2 });
      slide.addText(sourceText, { x: 0.5, y: 4.8, w: 9, h: 0.4, fontSize: 12 });
    }
    const buffer = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    const names = buffer.toString('latin1');
    for (let index = 1; index <= charts.length; index += 1)
      expect(names).toContain(`ppt/charts/chart${index}.xml`);
  });
});

describe('figureToPptxShapes', () => {
  const frame = { x: 0.5, y: 1, w: 9, h: 4.3 };

  test.each(diagrams.map((figure) => [figure.id, figure] as const))(
    '%s: one box per node with its label, arrows ending in a head, all inside the frame',
    (_id, figure) => {
      const items = figureToPptxShapes(figure, frame);
      const boxes = items.filter((item) => item.kind === 'box');
      expect(boxes.map((box) => box.text.replace(/^\d+\. /, '').split('\n')[0])).toEqual(
        figure.nodes.map((node) => node.label),
      );
      const arrows = figure.layout === 'steps' ? figure.nodes.length - 1 : (figure.edges ?? []).length;
      const heads = items.filter(
        (item) => item.kind === 'line' && item.options.line?.endArrowType === 'triangle',
      );
      expect(heads).toHaveLength(arrows);
      for (const item of items.filter((entry) => entry.kind !== 'label')) {
        const { x, y, w, h } = item.options as { x: number; y: number; w: number; h: number };
        expect(x).toBeGreaterThanOrEqual(frame.x - 0.001);
        expect(y).toBeGreaterThanOrEqual(frame.y - 0.001);
        expect(x + w).toBeLessThanOrEqual(frame.x + frame.w + 0.001);
        expect(y + h).toBeLessThanOrEqual(frame.y + frame.h + 0.001);
      }
    },
  );

  test('pptxgenjs draws the shapes', async () => {
    const pptx = new PptxGenJS();
    const slide = pptx.addSlide();
    for (const item of figureToPptxShapes(diagrams[0]!, frame)) {
      if (item.kind === 'line') slide.addShape('line', item.options);
      else slide.addText(item.text, item.options);
    }
    const buffer = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('compact steps (slides): each box one line, and larger text in the same frame', () => {
    const firstHour = diagrams.find((figure) => figure.id === 'first-hour')!;
    const size = (items: ReturnType<typeof figureToPptxShapes>) =>
      items.find((item) => item.kind === 'box')?.options.fontSize ?? 0;
    const compact = figureToPptxShapes(firstHour, frame, { compact: true });
    const boxes = compact.filter((item) => item.kind === 'box');
    expect(boxes.map((box) => box.text)).toEqual(
      firstHour.nodes.map((node, index) => `${index + 1}. ${node.label}　${node.detail}`),
    );
    expect(size(compact)).toBeGreaterThan(size(figureToPptxShapes(firstHour, frame)));
  });
});
