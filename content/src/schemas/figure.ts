import { z } from 'zod';
import { sourceSchema } from './source.ts';

/** Text a reader sees: not empty, not only spaces. */
const label = z.string().regex(/\S/, '空にしないでください (must not be blank)');

/** The kinds of chart a figure can be; each maps to one native PowerPoint chart. */
export const CHART_TYPES = ['bar', 'grouped-bar', 'line', 'share'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** One named row of numbers, one number per category. */
export const chartSeriesSchema = z.strictObject({
  /** What the numbers count, in plain words (shown in the legend and the data table). */
  name: label,
  /** One number per category, in the same order; plain numbers, without the unit. */
  values: z.array(z.number()).min(1),
});

export type ChartSeries = z.output<typeof chartSeriesSchema>;

/** Fields every figure has, chart or diagram. */
const figureBase = {
  /** Heading of the figure, in plain Japanese. */
  title: label,
  /** The one sentence the reader should take away; also the text alternative (SVG <desc>, PPTX alt text). */
  takeaway: label,
  /** Year the data or the idea describes, so nobody reads a 2014 count as today's. */
  asOf: z.number().int().min(1990).max(2100).optional(),
  /** A short note printed under the figure (e.g. what a share's rest contains). */
  note: label.optional(),
};

/** A chart: numbers over categories, with units and a source. */
export const chartFigureSchema = z.strictObject({
  ...figureBase,
  /** Chart or diagram. */
  kind: z.literal('chart'),
  /** bar: one series; grouped-bar: several series side by side; line: a change over time; share: parts of 100%. */
  chart: z.enum(CHART_TYPES),
  /** Unit of every value (e.g. %, 件, 万人). A share chart uses %. */
  unit: label,
  /** Labels along the category axis (groups, or years for a line). */
  categories: z.array(label).min(1),
  /** Optional title of the category axis (e.g. 年). */
  categoryTitle: label.optional(),
  /** The numbers: one series for bar and line, two or more for grouped-bar and share. */
  series: z.array(chartSeriesSchema).min(1),
  /** Where the numbers come from; the checker requires it for every chart. */
  source: sourceSchema.optional(),
  /** Who first published the numbers when `source` quotes them (e.g. 警視庁の発表, IPAの調査). */
  origin: label.optional(),
});

/** One box of a diagram. */
export const diagramNodeSchema = z.strictObject({
  /** Short id used by edges (letters, digits, hyphens). */
  id: z.string().regex(/^[a-z0-9-]+$/, 'id は英小文字・数字・ハイフンで書いてください'),
  /** Text in the box (short: it must fit a phone screen). */
  label: label.max(40),
  /** A second, smaller line in the box. */
  detail: label.max(60).optional(),
  /** flow only: 1-based row in the grid (default: one row per node, in order). */
  row: z.number().int().min(1).max(12).optional(),
  /** flow only: 1 or 2, the column in the grid (two columns still fit 360 px). */
  column: z.number().int().min(1).max(2).optional(),
});

export type DiagramNode = z.output<typeof diagramNodeSchema>;

/** An arrow between two boxes of a flow diagram. */
export const diagramEdgeSchema = z.strictObject({
  /** Id of the box the arrow starts at. */
  from: z.string().min(1),
  /** Id of the box the arrow points to. */
  to: z.string().min(1),
  /** Optional words on the arrow. */
  label: label.max(20).optional(),
});

export type DiagramEdge = z.output<typeof diagramEdgeSchema>;

/** A diagram: numbered steps, or boxes joined by arrows. */
export const diagramFigureSchema = z.strictObject({
  ...figureBase,
  /** Chart or diagram. */
  kind: z.literal('diagram'),
  /** steps: numbered boxes top to bottom; flow: boxes on a grid joined by `edges`. */
  layout: z.enum(['steps', 'flow']),
  /** The boxes, in reading order. */
  nodes: z.array(diagramNodeSchema).min(2),
  /** flow only: the arrows. */
  edges: z.array(diagramEdgeSchema).optional(),
  /** Optional: where the facts in the boxes come from. */
  source: sourceSchema.optional(),
  /** Who first published the facts when `source` quotes them. */
  origin: label.optional(),
});

/** A figure file, content/figures/<id>.yaml (the id is the file name). */
export const figureFileSchema = z.discriminatedUnion('kind', [chartFigureSchema, diagramFigureSchema]);

export type ChartFigure = z.output<typeof chartFigureSchema> & { id: string };
export type DiagramFigure = z.output<typeof diagramFigureSchema> & { id: string };
/** A loaded figure: the file's fields plus its id. */
export type Figure = ChartFigure | DiagramFigure;
