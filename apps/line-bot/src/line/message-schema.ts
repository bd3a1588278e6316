import { z } from 'zod';

/**
 * LINE's message schema and limits for the kinds of messages this bot sends (text and Flex
 * bubbles, a figure's picture as a hero image), from LINE's OpenAPI file (messaging-api.yml) and the Messaging API reference.
 * The fake platform rejects what LINE would reject, and the tests check every message against it.
 */
/** LINE counts text lengths in UTF-16 code units (an emoji counts 2); zod counts differently. */
const units = (max: number) =>
  z
    .string()
    .min(1)
    .refine((s) => s.length <= max, { error: `longer than ${max} UTF-16 units` });

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
const graphemeLength = (s: string) => [...graphemes.segment(s)].length;
const labelOf = (max: number) =>
  z
    .string()
    .min(1)
    .refine((s) => graphemeLength(s) <= max, { error: `label longer than ${max}` });

const uri = z
  .string()
  .max(1000)
  .refine((s) => /^(https?|line|tel):/.test(s), { error: 'uri must be http(s), line or tel' });

const actionSchema = (labelMax: number) =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('postback'),
      label: labelOf(labelMax),
      data: z.string().refine((s) => s.length <= 300),
      displayText: units(300).optional(),
      inputOption: z.enum(['closeRichMenu', 'openRichMenu', 'openKeyboard', 'openVoice']).optional(),
    }),
    z.strictObject({
      type: z.literal('message'),
      label: labelOf(labelMax),
      text: units(300),
    }),
    z.strictObject({ type: z.literal('uri'), label: labelOf(labelMax), uri }),
  ]);

const quickReplySchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        type: z.literal('action'),
        action: actionSchema(20),
        imageUrl: z.string().max(2000).optional(),
      }),
    )
    .min(1)
    .max(13),
});

const spacing = z.enum(['none', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl']);
const size = z.union([
  z.enum(['xxs', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl', '3xl', '4xl', '5xl']),
  z.string().regex(/^\d+px$/),
]);
const color = z.string().regex(/^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/);

const flexText = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1),
  wrap: z.boolean().optional(),
  size: size.optional(),
  weight: z.enum(['regular', 'bold']).optional(),
  color: color.optional(),
  align: z.enum(['start', 'end', 'center']).optional(),
  margin: spacing.optional(),
  flex: z.number().int().min(0).optional(),
});
const flexButton = z.strictObject({
  type: z.literal('button'),
  action: actionSchema(40),
  style: z.enum(['primary', 'secondary', 'link']).optional(),
  height: z.enum(['sm', 'md']).optional(),
  color: color.optional(),
  margin: spacing.optional(),
  flex: z.number().int().min(0).optional(),
});
const flexSeparator = z.strictObject({
  type: z.literal('separator'),
  margin: spacing.optional(),
  color: color.optional(),
});

/** A Flex image (the bot uses one as a bubble's hero): an HTTPS PNG or JPEG, at most 1024x1024. */
const flexImage = z.strictObject({
  type: z.literal('image'),
  url: z
    .string()
    .max(2000)
    .refine((s) => s.startsWith('https://'), { error: 'image url must be https' }),
  size: z.union([size, z.literal('full'), z.string().regex(/^\d+%$/)]).optional(),
  aspectRatio: z
    .string()
    .regex(/^\d{1,6}:\d{1,6}$/)
    .refine(
      (s) => {
        const [width = 0, height = 0] = s.split(':').map(Number);
        return width >= 1 && height >= 1 && width <= 100000 && height <= 100000 && height <= 3 * width;
      },
      { error: 'aspectRatio {width}:{height}, 1-100000 each, height at most 3 x width' },
    )
    .optional(),
  aspectMode: z.enum(['cover', 'fit']).optional(),
  backgroundColor: color.optional(),
  action: actionSchema(40).optional(),
  margin: spacing.optional(),
  align: z.enum(['start', 'end', 'center']).optional(),
  gravity: z.enum(['top', 'bottom', 'center']).optional(),
  flex: z.number().int().min(0).optional(),
});

type FlexBoxShape = { type: 'box'; layout: 'horizontal' | 'vertical' | 'baseline'; contents: unknown[] };
const flexBox: z.ZodType<FlexBoxShape> = z.lazy(() =>
  z.strictObject({
    type: z.literal('box'),
    layout: z.enum(['horizontal', 'vertical', 'baseline']),
    contents: z.array(
      z.discriminatedUnion('type', [flexText, flexButton, flexSeparator, flexImage, flexBox as never]),
    ),
    spacing: spacing.optional(),
    margin: spacing.optional(),
    backgroundColor: color.optional(),
    paddingAll: z.string().optional(),
    flex: z.number().int().min(0).optional(),
  }),
);

const bubbleSchema = z.strictObject({
  type: z.literal('bubble'),
  size: z.enum(['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga']).optional(),
  header: flexBox.optional(),
  hero: z.union([flexImage, flexBox]).optional(),
  body: flexBox.optional(),
  footer: flexBox.optional(),
});

const textMessage = z.strictObject({
  type: z.literal('text'),
  text: units(5000),
  quickReply: quickReplySchema.optional(),
});
const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const sizedBubble = bubbleSchema.refine((b) => jsonBytes(b) <= 30 * 1024, { error: 'bubble over 30 KB' });
/** A row of bubbles to swipe (FlexCarousel): at most 12 bubbles and 50 KB (LINE's reference). */
const carouselSchema = z
  .strictObject({
    type: z.literal('carousel'),
    contents: z.array(sizedBubble).min(1).max(12),
  })
  .refine((c) => jsonBytes(c) <= 50 * 1024, { error: 'carousel over 50 KB' });
const flexMessage = z.strictObject({
  type: z.literal('flex'),
  altText: units(1500),
  contents: z.union([sizedBubble, carouselSchema]),
  quickReply: quickReplySchema.optional(),
});

export const messageSchema = z.discriminatedUnion('type', [textMessage, flexMessage]);
export const messagesSchema = z.array(messageSchema).min(1).max(5);

/** Problems with a list of messages as LINE would report them; empty when all is fine. */
export function checkMessages(messages: unknown): string[] {
  const result = messagesSchema.safeParse(messages);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
