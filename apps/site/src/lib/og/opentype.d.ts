// The part of @shuding/opentype.js (satori's fork of opentype.js, which ships no types) that the
// link cards and the figure-image test use.
declare module '@shuding/opentype.js' {
  export type PathCommand = {
    type: string;
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  };
  export interface Path {
    commands: PathCommand[];
    toPathData(decimalPlaces?: number): string;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    numGlyphs: number;
    ascender: number;
    descender: number;
    hasChar(char: string): boolean;
    charToGlyph(char: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
