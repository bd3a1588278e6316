export { figureDataTable } from './data-table.ts';
export { type FigureHtmlOptions, renderFigureHtml } from './figure-html.ts';
export { formatValue, sourceLine, titleWithYear } from './format.ts';
export type { RenderOptions } from './options.ts';
export {
  figureToPptxChart,
  figureToPptxShapes,
  type PptxChartArgs,
  type PptxDiagramItem,
  type PptxFrame,
} from './pptx.ts';
export { type DiagramLayout, layoutDiagram } from './render-diagram.ts';
export { renderFigureSvg } from './render-svg.ts';
