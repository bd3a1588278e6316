import {
  createMdxHastHandle,
  dropHandle,
  type HastContent,
  type HastPluginEntry,
  normalizePlugins,
  renderHandle,
  resolveHastSubscriptions,
  visitHastHandle,
} from 'satteri';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { isLessonComponent } from '../components.ts';
import { componentRenderers, type RenderContext } from './components-to-hast.ts';

export interface RenderLessonOptions {
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** More hast plugins, run after the components are HTML (the site adds Astro's heading ids). */
  hastPlugins?: HastPluginEntry[];
  /** The document's data bag, shared with the plugins (Astro's heading plugin writes `astro.headings`). */
  data?: Record<string, unknown>;
  /** A figure's HTML by id (the site passes renderFigureHtml); without it, <Figure> is left out with a warning. */
  figureHtml?: (id: string) => string | undefined;
  /** Told about a use the site cannot render as meant; the checker reports these as errors. */
  warn?: (message: string) => void;
}

/** Parser features: as Astro's Markdown and MDX defaults (GFM, smart punctuation). */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false };

/**
 * Renders a lesson body (MDX without front matter) to HTML with the shared components, through the
 * same Sätteri MDX parser the checker uses, without compiling it to a JavaScript module: lessons
 * are text with components, and the components' HTML is known at build time. Throws on MDX that
 * does not parse (`line:column: reason`); the checker reports it first.
 */
export function renderLessonHtml(body: string, options: RenderLessonOptions): string {
  let popovers = 0;
  const context: RenderContext = {
    glossary: options.glossary,
    nextPopoverId: () => `term-${++popovers}`,
    figureHtml: options.figureHtml ?? (() => undefined),
    warn: options.warn ?? ((message) => console.warn(`[mamoru] ${message}`)),
  };
  const visit = {
    filter: [],
    visit(node: unknown, ctx: { replaceNode(node: never, replacement: HastContent | HastContent[]): void }) {
      const jsx = node as {
        name?: string | null;
        attributes?: { name?: string; value?: unknown }[];
        children: HastContent[];
      };
      const name = jsx.name ?? '';
      if (!isLessonComponent(name)) {
        context.warn(`<${name}> is not a lesson component: left out`);
        ctx.replaceNode(node as never, []);
        return;
      }
      const props: Record<string, string | true> = {};
      for (const { name: key, value } of jsx.attributes ?? []) {
        if (key !== undefined && (typeof value === 'string' || value === null)) props[key] = value ?? true;
      }
      ctx.replaceNode(node as never, componentRenderers[name](props, jsx.children, context));
    },
  };
  const components: HastPluginEntry = {
    name: 'mamoru-lesson-components',
    mdxJsxFlowElement: visit,
    mdxJsxTextElement: visit,
  } as HastPluginEntry;

  const data = options.data ?? {};
  const handle = createMdxHastHandle(body, FEATURES);
  try {
    const plugins = normalizePlugins(
      [components, ...(options.hastPlugins ?? [])],
      'hastPlugins',
      body,
      undefined,
      'mdx',
      data,
    );
    for (const plugin of plugins) {
      const done = visitHastHandle(
        handle,
        plugin,
        resolveHastSubscriptions(plugin),
        body,
        undefined,
        data,
        'mdx',
        [],
      );
      if (done instanceof Promise)
        throw new Error(`hast plugin ${plugin.name} is async; lessons render synchronously`);
    }
    return renderHandle(handle);
  } finally {
    dropHandle(handle);
  }
}
