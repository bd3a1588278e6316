import type { CheckContext } from './context.ts';

export interface BodyText {
  file: string;
  absolutePath: string;
  body: string;
  /** File line where the body starts. */
  startLine: number;
}

/** The bodies of all lessons (Markdown) and decks (MDX), with where they sit in their files. */
export function lessonAndDeckBodies(context: CheckContext): BodyText[] {
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
