import type { DiagramFigure, DiagramNode } from '@mamoru/content';
import { escapeMarkup } from './escape.ts';
import type { Drawing, ResolvedOptions } from './options.ts';
import { textWidth, wrapText } from './text-width.ts';
import { INK, PALETTE, RULE } from './theme.ts';

/** A box placed on the drawing, with its text already broken into lines. */
export interface PlacedBox {
  node: DiagramNode;
  /** 1-based step number (steps only). */
  step?: number;
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: string[];
  detailLines: string[];
  /** Compact steps: the detail follows the label on its one line, starting this far after the label's start. */
  detailInline?: number;
}

/** Boxes and arrows in drawing coordinates; shared by the SVG and the PPTX shapes. */
export interface DiagramLayout {
  width: number;
  height: number;
  fontSize: number;
  boxes: PlacedBox[];
  arrows: { points: [number, number][]; label?: string }[];
}

const PAD = 10;

/**
 * Lays a diagram out on a grid: steps one under the other; flow boxes by row and column (a box
 * without a column spans the row). Arrows between neighbouring rows run straight down; longer ones
 * run along the margin so they never cross a box.
 */
export function layoutDiagram(
  figure: DiagramFigure,
  width: number,
  fontSize: number,
  compact = false,
): DiagramLayout {
  const margin = fontSize * 1.6;
  const gap = fontSize * 2;
  const compactSteps = compact && figure.layout === 'steps';
  // A short arrow between steps still reads as "then"; a slide has no height to spare.
  const rowGap = fontSize * (compactSteps ? 1 : 2.6);
  const twoColumns = figure.nodes.some((node) => node.column === 2);
  const stepNumbers = figure.layout === 'steps';
  const cell = (node: DiagramNode, index: number) => ({
    row: figure.layout === 'steps' ? index + 1 : (node.row ?? index + 1),
    column: twoColumns ? node.column : undefined,
  });
  const inner = width - margin * 2;
  const columnWidth = twoColumns ? (inner - gap) / 2 : inner;
  const numberWidth = stepNumbers ? fontSize * 2.2 : 0;

  const sized = figure.nodes.map((node, index) => {
    const place = cell(node, index);
    const boxWidth = place.column === undefined ? inner : columnWidth;
    const room = boxWidth - PAD * 2 - numberWidth;
    const inlineAt = textWidth(node.label, fontSize) + fontSize * 0.6;
    if (compactSteps && node.detail && inlineAt + textWidth(node.detail, fontSize * 0.86) <= room) {
      const height = PAD * 2 + fontSize * 1.35;
      return {
        node,
        place,
        boxWidth,
        labelLines: [node.label],
        detailLines: [node.detail],
        height,
        inlineAt,
      };
    }
    const labelLines = wrapText(node.label, room, fontSize);
    const detailLines = node.detail ? wrapText(node.detail, room, fontSize * 0.86) : [];
    const height = PAD * 2 + labelLines.length * fontSize * 1.35 + detailLines.length * fontSize * 1.2;
    return { node, place, boxWidth, labelLines, detailLines, height, inlineAt: undefined };
  });
  const rows = [...new Set(sized.map((box) => box.place.row))].sort((a, b) => a - b);
  const rowTop = new Map<number, number>();
  const rowHeight = new Map<number, number>();
  let y = fontSize * 0.5;
  for (const row of rows) {
    const height = Math.max(...sized.filter((box) => box.place.row === row).map((box) => box.height));
    rowTop.set(row, y);
    rowHeight.set(row, height);
    y += height + rowGap;
  }
  const boxes: PlacedBox[] = sized.map((box, index) => ({
    node: box.node,
    ...(stepNumbers ? { step: index + 1 } : {}),
    x: box.place.column === 2 ? margin + columnWidth + gap : margin,
    y: rowTop.get(box.place.row) ?? 0,
    width: box.boxWidth,
    height: rowHeight.get(box.place.row) ?? box.height,
    labelLines: box.labelLines,
    detailLines: box.detailLines,
    ...(box.inlineAt === undefined ? {} : { detailInline: box.inlineAt }),
  }));
  const byId = new Map(boxes.map((box) => [box.node.id, box]));
  const rowOf = new Map(sized.map((box) => [box.node.id, box.place.row]));
  const edges =
    figure.layout === 'steps'
      ? figure.nodes.slice(1).map((node, index) => ({ from: figure.nodes[index]?.id ?? '', to: node.id }))
      : (figure.edges ?? []);
  const arrows = edges.flatMap((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) return [];
    const label = 'label' in edge && typeof edge.label === 'string' ? { label: edge.label } : {};
    return [
      { points: route(from, to, (rowOf.get(edge.to) ?? 0) - (rowOf.get(edge.from) ?? 0), margin), ...label },
    ];
  });
  return { width, height: Math.round(y - rowGap + fontSize * 0.5), fontSize, boxes, arrows };
}

function route(from: PlacedBox, to: PlacedBox, rowsDown: number, margin: number): [number, number][] {
  const centre = (box: PlacedBox) => box.x + box.width / 2;
  const within = (x: number, box: PlacedBox) => x > box.x + 4 && x < box.x + box.width - 4;
  if (rowsDown === 0) {
    const leftToRight = from.x < to.x;
    const y = from.y + from.height / 2;
    return leftToRight
      ? [
          [from.x + from.width, y],
          [to.x, y],
        ]
      : [
          [from.x, y],
          [to.x + to.width, y],
        ];
  }
  if (rowsDown === 1) {
    const x = within(centre(to), from) ? centre(to) : within(centre(from), to) ? centre(from) : centre(to);
    return [
      [x, from.y + from.height],
      [x, to.y],
    ];
  }
  // Longer arrows run down the margin on the source's side (the target's, for a full-width source)
  // and enter the target from that side, so they never cross a box.
  const right = from.node.column === 2 || (from.node.column === undefined && to.node.column === 2);
  const side = right ? Math.max(from.x + from.width, to.x + to.width) + margin / 2 : margin / 2;
  const exitX = right ? from.x + from.width : from.x;
  const entryX = right ? to.x + to.width : to.x;
  return [
    [exitX, from.y + from.height / 2],
    [side, from.y + from.height / 2],
    [side, to.y + to.height / 2],
    [entryX, to.y + to.height / 2],
  ];
}

/** Draws a diagram as plain SVG boxes, text and arrows (no library: there are no axes to draw). */
export function drawDiagram(figure: DiagramFigure, options: ResolvedOptions): Drawing {
  const layout = layoutDiagram(figure, options.width, options.fontSize, options.compact);
  const { fontSize } = layout;
  const marker = `${options.idPrefix}-arrow`;
  const parts: string[] = [
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${INK}"/></marker></defs>`,
  ];
  for (const box of layout.boxes) parts.push(drawBox(box, fontSize));
  for (const arrow of layout.arrows) {
    const points = arrow.points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${INK}" stroke-width="2" marker-end="url(#${marker})"/>`,
    );
    const [start, end] = [arrow.points[0], arrow.points[arrow.points.length - 1]];
    if (arrow.label && start && end) {
      const x = (start[0] + end[0]) / 2 + fontSize * 0.6;
      const y = (start[1] + end[1]) / 2;
      parts.push(
        `<text x="${round(x)}" y="${round(y)}" dominant-baseline="central" font-size="${round(fontSize * 0.86)}" fill="${INK}">${escapeMarkup(arrow.label)}</text>`,
      );
    }
  }
  return { width: layout.width, height: layout.height, body: parts.join('\n') };
}

function drawBox(box: PlacedBox, fontSize: number): string {
  const fill = box.node.column === 2 ? '#f3ece6' : '#eaf0f6';
  const parts = [
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="6" fill="${fill}" stroke="${RULE}" stroke-width="1.5"/>`,
  ];
  let textX = box.x + PAD;
  if (box.step !== undefined) {
    const cx = box.x + PAD + fontSize * 0.9;
    const cy = box.y + box.height / 2;
    parts.push(
      `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(fontSize * 0.9)}" fill="${PALETTE[0]}"/>`,
      `<text x="${round(cx)}" y="${round(cy)}" text-anchor="middle" dominant-baseline="central" font-size="${fontSize}" font-weight="bold" fill="#ffffff">${box.step}</text>`,
    );
    textX += fontSize * 2.2;
  }
  if (box.detailInline !== undefined) {
    const y = box.y + box.height / 2;
    const [label = '', detail = ''] = [box.labelLines[0], box.detailLines[0]];
    parts.push(
      `<text x="${round(textX)}" y="${round(y)}" dominant-baseline="central" font-size="${fontSize}" font-weight="bold" fill="${INK}">${escapeMarkup(label)}</text>`,
      `<text x="${round(textX + box.detailInline)}" y="${round(y)}" dominant-baseline="central" font-size="${round(fontSize * 0.86)}" fill="${INK}">${escapeMarkup(detail)}</text>`,
    );
    return parts.join('\n');
  }
  const textHeight = box.labelLines.length * fontSize * 1.35 + box.detailLines.length * fontSize * 1.2;
  let y = box.y + (box.height - textHeight) / 2 + fontSize * 0.675;
  for (const line of box.labelLines) {
    parts.push(
      `<text x="${round(textX)}" y="${round(y)}" dominant-baseline="central" font-size="${fontSize}" font-weight="bold" fill="${INK}">${escapeMarkup(line)}</text>`,
    );
    y += fontSize * 1.35;
  }
  y += fontSize * -0.075;
  for (const line of box.detailLines) {
    parts.push(
      `<text x="${round(textX)}" y="${round(y)}" dominant-baseline="central" font-size="${round(fontSize * 0.86)}" fill="${INK}">${escapeMarkup(line)}</text>`,
    );
    y += fontSize * 1.2;
  }
  return parts.join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
