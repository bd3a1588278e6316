import { type MdxNode, parseMdx } from './parse-mdx.ts';

/** Glossary ids a lesson body explains with <Term>, in order of first use, read from its MDX tree. */
export function termIdsIn(body: string): string[] {
  const ids = new Set<string>();
  const visit = (node: MdxNode) => {
    const jsx = node as {
      type: string;
      name?: string | null;
      attributes?: { name?: string; value?: unknown }[];
    };
    if ((jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') && jsx.name === 'Term') {
      const id = jsx.attributes?.find((attribute) => attribute.name === 'id')?.value;
      if (typeof id === 'string') ids.add(id);
    }
    for (const child of (node as { children?: MdxNode[] }).children ?? []) visit(child);
  };
  const { tree } = parseMdx(body);
  if (tree) visit(tree);
  return [...ids];
}
