import { z } from 'zod';

/**
 * The components a lesson may use: one map for the checker (which validates every use against it),
 * the site (which renders them, src/mdx/render/) and the deck viewer (which gives them its own
 * slide look). Adding a component is one more entry here, one renderer in
 * `render/components-to-hast.ts` and a line in content/README.md.
 */
export interface LessonComponent {
  /** Props as an author writes them: strings in quotes, nothing else; unknown props are errors. */
  props: z.ZodObject;
  /**
   * `inline`: inside a sentence (or alone in a list item); `block`: on lines of its own, never in
   * the middle of a paragraph, because its HTML is a block (an aside cannot sit inside a <p>).
   */
  placement: 'inline' | 'block';
  /** Which components may sit inside: none (only text) or only inline ones. */
  allowsInside: 'text' | 'inline';
  /** How an author writes it, for error messages. */
  example: string;
}

export const CALLOUT_TYPES = ['note', 'tip', 'caution', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const lessonComponents = {
  /** A technical word's first appearance: the site opens the glossary's plain explanation. */
  Term: {
    props: z.strictObject({
      /** The glossary entry's id. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    }),
    placement: 'inline',
    allowsInside: 'text',
    example: '<Term id="用語集の id">語</Term>',
  },
  /** A short aside with a visible label (not colour alone). */
  Callout: {
    props: z.strictObject({
      type: z.enum(CALLOUT_TYPES),
      /** Replaces the label (メモ, ヒント, 注意, 危険). */
      title: z.string().min(1).optional(),
    }),
    placement: 'block',
    allowsInside: 'inline',
    example: '<Callout type="tip" title="任意の見出し">…</Callout>',
  },
  /** A chart or diagram from content/figures/<id>.yaml, on a line of its own. */
  Figure: {
    props: z.strictObject({
      /** The figure's id: its file name under content/figures/. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    }),
    placement: 'block',
    allowsInside: 'text',
    example: '<Figure id="図の id" />',
  },
} as const satisfies Record<string, LessonComponent>;

export type LessonComponentName = keyof typeof lessonComponents;
export type LessonComponentProps<Name extends LessonComponentName> = z.output<
  (typeof lessonComponents)[Name]['props']
>;

export const LESSON_COMPONENT_NAMES = Object.keys(lessonComponents) as LessonComponentName[];

export function isLessonComponent(name: string): name is LessonComponentName {
  return Object.hasOwn(lessonComponents, name);
}
