import type { HastContent } from 'satteri';
import { glossaryTermPath } from '../../paths.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { CalloutType, LessonComponentName } from '../components.ts';

/**
 * The HTML of each component in the map (components.ts), as hast. Kept byte-for-byte what the site
 * made of the two tags before lessons were MDX again:
 *
 * - `<Term id="...">word</Term>`: the word opens a native popover with the glossary's plain
 *   explanation and a link to the glossary; no JavaScript.
 * - `<Callout type="note|tip|caution|danger" title="...">...</Callout>`: an aside with a visible
 *   label (not colour alone).
 * - `<Figure id="...">`: the figure's HTML (inline SVG, caption, data table), made by the caller at
 *   build time and inserted as it is; no JavaScript.
 */
const CALLOUT_LABELS: Record<CalloutType, string> = {
  note: 'メモ',
  tip: 'ヒント',
  caution: '注意',
  danger: '危険',
};

export interface RenderContext {
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** The next popover id in this document (term-1, term-2, ...). */
  nextPopoverId(): string;
  /** The HTML of a figure (the site passes @mamoru/figures' renderFigureHtml), or undefined if unknown. */
  figureHtml(id: string): string | undefined;
  /** A use the site cannot render as meant (the checker reports it as an error). */
  warn(message: string): void;
}

type Props = Record<string, string | true>;
type Renderer = (
  props: Props,
  children: HastContent[],
  context: RenderContext,
) => HastContent | HastContent[];

const element = (
  tagName: string,
  properties: Record<string, string | boolean | string[]>,
  children: HastContent[],
): HastContent => ({ type: 'element', tagName, properties, children }) as HastContent;
const text = (value: string): HastContent => ({ type: 'text', value }) as HastContent;

export const componentRenderers: Record<LessonComponentName, Renderer> = {
  Term(props, word, context) {
    const id = String(props.id ?? '');
    const term = context.glossary.get(id);
    if (!term) {
      context.warn(`<Term id="${id}"> names no glossary entry`);
      return word;
    }
    const popoverId = context.nextPopoverId();
    return [
      element('button', { type: 'button', className: ['term'], popoverTarget: popoverId }, word),
      element(
        'span',
        { className: ['term-popover'], id: popoverId, popover: 'auto', dataPagefindIgnore: true },
        [
          element('strong', { className: ['term-popover__title'] }, [
            text(`${term.term}（${term.reading}）`),
          ]),
          element('span', { className: ['term-popover__plain'] }, [text(term.plain)]),
          element('a', { href: glossaryTermPath(term.id) }, [text('用語集で見る')]),
          element(
            'button',
            {
              type: 'button',
              className: ['button--quiet'],
              popoverTarget: popoverId,
              popoverTargetAction: 'hide',
            },
            [text('閉じる')],
          ),
        ],
      ),
    ];
  },
  Callout(props, children) {
    const type = (String(props.type ?? 'note') in CALLOUT_LABELS ? props.type : 'note') as CalloutType;
    const label = typeof props.title === 'string' ? props.title : CALLOUT_LABELS[type];
    return element('aside', { className: ['callout', `callout--${type}`], ariaLabel: label }, [
      element('p', { className: ['callout__label'] }, [text(label)]),
      element('div', { className: ['callout__body'] }, separated(trimmed(children))),
    ]);
  },
  Figure(props, _children, context) {
    const id = String(props.id ?? '');
    const html = context.figureHtml(id);
    if (html === undefined) {
      context.warn(`<Figure id="${id}"> names no figure`);
      return [];
    }
    return { type: 'raw', value: html } as HastContent;
  },
};

const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'table', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6']);
const isBlock = (node: HastContent | undefined) => node?.type === 'element' && BLOCKS.has(node.tagName);

/** A line break between blocks, as Markdown writes them everywhere else (MDX's JSX children have none). */
function separated(children: HastContent[]): HastContent[] {
  const out: HastContent[] = [];
  for (const child of children) {
    if (isBlock(out.at(-1)) && isBlock(child)) out.push(text('\n'));
    out.push(child);
  }
  return out;
}

/** Drops the line breaks a block callout leaves around its Markdown. */
function trimmed(children: HastContent[]): HastContent[] {
  const blank = (node: HastContent | undefined) => node?.type === 'text' && node.value.trim() === '';
  const out = [...children];
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  return out;
}
