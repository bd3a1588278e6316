import type { CheckContext } from './context.ts';

export interface MdxBody {
  file: string;
  absolutePath: string;
  body: string;
  /** File line where the body starts. */
  startLine: number;
}

/** The MDX bodies of all lessons and decks, with where they sit in their files. */
export function mdxBodies(context: CheckContext): MdxBody[] {
  return [...context.content.lessons, ...context.content.decks].flatMap((item) => {
    const info = context.sources.get(item);
    if (!info || info.body === undefined) return [];
    return [
      {
        file: info.file,
        absolutePath: info.absolutePath,
        body: info.body,
        startLine: info.bodyStartLine ?? 1,
      },
    ];
  });
}
