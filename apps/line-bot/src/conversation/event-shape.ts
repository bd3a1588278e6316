import { z } from 'zod';

/**
 * The parts of an event the handlers read. The webhook checks only the envelope (type, id, time,
 * source), and a signed body can still carry a damaged event: these are checked before any handler
 * touches them, so a malformed event is ignored instead of throwing inside a handler.
 */
const messageDetail = z.union([
  z.looseObject({ type: z.literal('text'), text: z.string() }),
  z.looseObject({ type: z.string().refine((type) => type !== 'text') }),
]);

export const messageEventShape = z.looseObject({ message: messageDetail });
export const postbackEventShape = z.looseObject({ postback: z.looseObject({ data: z.string() }) });
/** LINE always sends `follow.isUnblocked`; without it the follow still counts, as a first one. */
export const followEventShape = z.looseObject({
  follow: z.looseObject({ isUnblocked: z.boolean() }).optional(),
});
