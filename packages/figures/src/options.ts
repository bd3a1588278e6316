/** How large to draw a figure. Sizes are CSS pixels; the SVG scales down with max-width:100%. */
export interface RenderOptions {
  /** Drawing width; 360 (a phone) by default, so text is true to size on the smallest screen. */
  width?: number;
  /** Text size in px; 14 by default (slides pass more). */
  fontSize?: number;
  /** Prefix of the ids inside the SVG; give each copy on one page its own (default fig-<id>). */
  idPrefix?: string;
  /**
   * Steps sit closer, each on one line (its label, then its detail) where that fits: for a slide,
   * whose figure box is wide and short, so the text stays large once the drawing is scaled into it.
   */
  compact?: boolean;
}

export interface ResolvedOptions {
  width: number;
  fontSize: number;
  idPrefix: string;
  compact: boolean;
}

export function resolveOptions(figureId: string, options: RenderOptions = {}): ResolvedOptions {
  return {
    width: options.width ?? 360,
    fontSize: options.fontSize ?? 14,
    idPrefix: options.idPrefix ?? `fig-${figureId}`,
    compact: options.compact ?? false,
  };
}

/** A drawing: the inner SVG markup and the size it needs. */
export interface Drawing {
  width: number;
  height: number;
  body: string;
}
