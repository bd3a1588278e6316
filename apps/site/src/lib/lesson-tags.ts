import { type GlossaryTerm, glossaryTermPath } from '@mamoru/content';
import { defineHastPlugin, type HastContent, type HastNode, type HastPluginEntry } from 'satteri';

/**
 * The two tags lessons may use, turned into HTML when Astro renders a lesson's Markdown (once, at
 * content sync; not one JS module per lesson as MDX would need). With the `rawHtml` feature the
 * tags arrive as `term` and `callout` elements, the Markdown inside them already rendered. The
 * content checker allows no other tag in a lesson (content/src/check).
 *
 * - `<Term id="...">word</Term>`: the word opens a native popover with the glossary's plain
 *   explanation and a link to the glossary; no JavaScript.
 * - `<Callout type="note|tip|caution|danger" title="...">...</Callout>`: an aside with a visible
 *   label (not colour alone).
 */
const CALLOUT_LABELS = { note: 'メモ', tip: 'ヒント', caution: '注意', danger: '危険' } as const;

type Element = Extract<HastNode, { type: 'element' }>;

const element = (
  tagName: string,
  properties: Record<string, string | boolean | string[]>,
  children: HastContent[],
): HastContent => ({ type: 'element', tagName, properties, children }) as HastContent;
const text = (value: string): HastContent => ({ type: 'text', value }) as HastContent;

function termMarkup(term: GlossaryTerm, popoverId: string, word: HastContent[]): HastContent[] {
  return [
    element('button', { type: 'button', className: ['term'], popoverTarget: popoverId }, word),
    element(
      'span',
      { className: ['term-popover'], id: popoverId, popover: 'auto', dataPagefindIgnore: true },
      [
        element('strong', { className: ['term-popover__title'] }, [text(`${term.term}（${term.reading}）`)]),
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
}

function calloutMarkup(callout: Element): HastContent {
  const type = String(callout.properties?.type ?? 'note') as keyof typeof CALLOUT_LABELS;
  const label = String(callout.properties?.title ?? CALLOUT_LABELS[type] ?? CALLOUT_LABELS.note);
  return element('aside', { className: ['callout', `callout--${type}`], ariaLabel: label }, [
    element('p', { className: ['callout__label'] }, [text(label)]),
    element('div', { className: ['callout__body'] }, trimmed(callout.children as HastContent[])),
  ]);
}

/** Drops the line breaks a block callout leaves around its Markdown. */
function trimmed(children: HastContent[]): HastContent[] {
  const blank = (node: HastContent | undefined) => node?.type === 'text' && node.value.trim() === '';
  const out = [...children];
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  return out;
}

/** A paragraph that holds nothing but a one-line callout (the callout is a block, not a phrase). */
function onlyCallout(paragraph: Element): Element | undefined {
  const content = (paragraph.children as HastContent[]).filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const [first] = content;
  return content.length === 1 && first?.type === 'element' && first.tagName === 'callout'
    ? (first as Element)
    : undefined;
}

/**
 * The plugin, per document (popover ids count from 1 in each lesson). A term id the glossary does
 * not know leaves the word as plain text with a build warning; the checker reports it as an error.
 */
export function lessonTags(glossary: ReadonlyMap<string, GlossaryTerm>): HastPluginEntry {
  return () => {
    let terms = 0;
    return defineHastPlugin({
      name: 'mamoru-lesson-tags',
      element: [
        {
          filter: ['callout'],
          visit(node, ctx) {
            // A one-line callout arrives inside a paragraph of its own: the aside takes its place.
            const parent = ctx.parent(node);
            const standsAlone =
              parent?.type === 'element' &&
              parent.tagName === 'p' &&
              onlyCallout(parent as Element) !== undefined;
            ctx.replaceNode(standsAlone ? parent : node, calloutMarkup(node as Element));
          },
        },
        {
          filter: ['term'],
          visit(node, ctx) {
            const id = String((node as Element).properties?.id ?? '');
            const term = glossary.get(id);
            const word = (node as Element).children as HastContent[];
            if (!term) {
              console.warn(`[site] <Term id="${id}"> names no glossary entry`);
              ctx.replaceNode(node, word);
              return;
            }
            terms++;
            ctx.replaceNode(node, termMarkup(term, `term-${terms}`, word));
          },
        },
      ],
    });
  };
}
