import markdownPluginModule from '@textlint/textlint-plugin-markdown';

/** The parts of a textlint AST node the checker reads. */
export interface MarkdownNode {
  type: string;
  /** Offsets into the parsed text, end exclusive. */
  range: [number, number];
  children?: MarkdownNode[];
}

interface MarkdownPlugin {
  Processor: new (
    options: object,
  ) => {
    processor(ext: string): { preProcess(text: string): MarkdownNode | { ast: MarkdownNode } };
  };
}

/** The plugin is CommonJS compiled from ESM, so Node puts its export under `default`. */
export const markdownPlugin = ((markdownPluginModule as { default?: unknown }).default ??
  markdownPluginModule) as MarkdownPlugin;

/**
 * Parses Markdown exactly as textlint sees a lesson (CommonMark + GFM): raw HTML such as <Term> and
 * <Callout> becomes `Html` nodes, code becomes `Code` / `CodeBlock`.
 */
export function parseMarkdown(text: string): MarkdownNode {
  const result = new markdownPlugin.Processor({}).processor('.md').preProcess(text);
  return 'ast' in result ? result.ast : result;
}
