import { findMdxProblems } from '../mdx/lesson-mdx-problems.ts';
import { parseMdx } from '../mdx/parse-mdx.ts';
import type { CheckContext } from './context.ts';

/** A deck's own components; everything else in a deck is a shared lesson component (src/mdx/). */
const DECK_COMPONENTS = ['Slide', 'QuizSlide', 'Notes'];

/**
 * mdx-component, mdx-prop in decks: the shared components (<Term>, <Callout>) inside slides follow
 * the same map as in lessons. A deck that does not parse is reported by textlint (mdx-syntax).
 */
export function checkDeckComponents(context: CheckContext): void {
  for (const deck of context.content.decks) {
    const info = context.sources.get(deck);
    if (info?.body === undefined) continue;
    const { tree } = parseMdx(info.body);
    if (!tree) continue;
    const startLine = info.bodyStartLine ?? 1;
    for (const { line, column, rule, message } of findMdxProblems(tree, {
      hostComponents: DECK_COMPONENTS,
    })) {
      context.report({ file: deck.file, line: line + startLine - 1, column, rule, message });
    }
  }
}
