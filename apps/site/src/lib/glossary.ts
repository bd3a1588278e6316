import type { GlossaryTerm } from '@mamoru/content';
import { siteContent } from './content.ts';

const collator = new Intl.Collator('ja');

/** Glossary terms in 五十音順 (by reading). */
export async function glossaryInKanaOrder(): Promise<GlossaryTerm[]> {
  const { glossary } = await siteContent();
  return [...glossary].sort((a, b) => collator.compare(toHiragana(a.reading), toHiragana(b.reading)));
}

// Every lesson page looks its key terms up: index the glossary once per build.
let byId: Promise<ReadonlyMap<string, GlossaryTerm>> | undefined;

/** The glossary entries by id. */
export function glossaryById(): Promise<ReadonlyMap<string, GlossaryTerm>> {
  byId ??= siteContent().then(({ glossary }) => new Map(glossary.map((term) => [term.id, term])));
  return byId;
}

/** Katakana readings sort with hiragana ones. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

const TERM_TAG = /<Term\s+id="([a-z0-9-]+)"/g;

/**
 * Ids of the glossary terms a lesson body explains with <Term>. A pattern, not the MDX parser: this
 * runs while pages render, where the parser's native binding is not bundled; the checker has
 * already held every <Term> to the component map (content/src/mdx/).
 */
export function termIdsIn(body: string): string[] {
  return [...new Set([...body.matchAll(TERM_TAG)].map((match) => match[1] ?? ''))];
}
