/**
 * Colours, patterns and sizes shared by every renderer. Colours are dark enough for white text and
 * for 3:1 against a white page (WCAG non-text contrast); the patterns and direct labels carry the
 * meaning, so a reader who cannot tell the colours apart loses nothing.
 */
export const PALETTE = ['#1f4e79', '#a34700', '#2d6a2d', '#6b2d87', '#5c5c5c'] as const;

/** Text colour on a white page (contrast 16:1). */
export const INK = '#1a1a1a';
/** Grid lines and box borders. */
export const RULE = '#767676';

/** One ECharts decal (fill pattern) per series, drawn in translucent white over the colour. */
export const DECALS = [
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
  { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[8, 8]], dashArrayY: [6, 0] },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4 },
  { symbol: 'rect', symbolSize: 0.6, dashArrayX: [[6, 6]], dashArrayY: [6, 0] },
  { symbol: 'triangle', symbolSize: 0.7, dashArrayX: [[8, 8]], dashArrayY: [8, 0] },
] as const;

/** The palette as PowerPoint wants it (hex without #). */
export const PPTX_COLOURS = PALETTE.map((colour) => colour.slice(1).toUpperCase());

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length] ?? PALETTE[0];
}
