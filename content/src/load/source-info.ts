/** Where a loaded item came from, so later checks can point at the exact line. */
export interface SourceInfo {
  /** Display path (see displayPath). */
  file: string;
  absolutePath: string;
  /** Line and column of a key in the item's YAML (front matter for lessons and decks); nearest parent if missing. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Lessons and decks only: 1-based file line where the body starts. */
  bodyStartLine?: number;
  /** Lessons and decks only: the body text (decks keep no raw body of their own). */
  body?: string;
  /** Decks only: file line of each slide's opening tag. */
  slideLines?: number[];
}

/** Side table from loaded objects (lessons, questions, terms, decks) to their source. */
export type SourceMap = WeakMap<object, SourceInfo>;
