import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problem.ts';

/** A parsed YAML text that can map a data path back to a line and column. */
export interface YamlSource {
  data: unknown;
  /** Problems from YAML syntax (empty when the text parsed). */
  syntaxProblems: Problem[];
  /** Position of the key (or item) at `path`; falls back to the nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses YAML text. `lineOffset` shifts lines for YAML embedded in another file (the front matter
 * starts on line 2, so its offset is 1). Lines are counted only when a problem needs one: the site
 * build reads every lesson's front matter, nearly always without a problem to place.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return withSyntaxProblems(text, file, lineOffset);
  let lineCounter: LineCounter | undefined;
  return {
    data: doc.toJS(),
    syntaxProblems: [],
    locate: (path) => {
      // The lexer records line starts as it reads: read the text again, once, to get them.
      if (!lineCounter) {
        lineCounter = new LineCounter();
        parseDocument(text, { lineCounter });
      }
      return linePosition(lineCounter, offsetOf(doc, path), lineOffset);
    },
  };
}

/** Text that does not parse, read again with line counting and pretty errors to say where. */
function withSyntaxProblems(text: string, file: string, lineOffset: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const syntaxProblems: Problem[] = doc.errors.map((error) => {
    const at = error.linePos?.[0];
    return {
      file,
      line: (at?.line ?? 1) + lineOffset,
      column: at?.col ?? 1,
      rule: 'yaml-syntax',
      message: error.message.split('\n')[0] ?? error.message,
      severity: 'error',
    };
  });
  return {
    data: undefined,
    syntaxProblems,
    locate: (path) => linePosition(lineCounter, offsetOf(doc, path), lineOffset),
  };
}

function linePosition(lineCounter: LineCounter, offset: number, lineOffset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1) + lineOffset, column: Math.max(col, 1) };
}

/** Start offset of the key or item at `path`, or of the deepest existing parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return offset;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

/**
 * Turns zod issues into located problems. `basePath` prefixes issue paths (the index of an item
 * in a YAML list). Unknown keys are reported at each key.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  file: string,
  basePath: readonly PropertyKey[] = [],
): Problem[] {
  return issues.flatMap((issue) => {
    const where = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        ...source.locate([...where, key]),
        rule: 'schema',
        message: `未知のキー "${key}" があります (unknown key)`,
        severity: 'error' as const,
      }));
    }
    const label = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return [
      {
        file,
        ...source.locate(where),
        rule: 'schema',
        message: `${label}${issue.message}`,
        severity: 'error',
      },
    ];
  });
}
